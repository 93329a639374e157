// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonereport.h"

#include "core/clock.h"
#include "intake/submission.h"
#include "store/auditlog.h"
#include "store/bulkreportwriter.h"
#include "store/database.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"

#include <QUuid>

namespace desk {

namespace {
QHash<QString, QString> fieldsOf(const Report &r)
{
    return {{QStringLiteral("customer_ref"), r.customerRef},     {QStringLiteral("customer_name"), r.customerName},
            {QStringLiteral("customer_email"), r.customerEmail}, {QStringLiteral("language"), toKey(r.language)},
            {QStringLiteral("subject"), r.subject},               {QStringLiteral("body"), r.body},
            {QStringLiteral("channel"), toKey(Channel::Phone)}};
}
} // namespace

QStringList PhoneReport::problems(const Report &report)
{
    ReportRow row;
    Submission::CheckOptions options;
    options.defaultChannel = Channel::Phone;
    QStringList out;
    for (const FieldProblem &p : Submission::check(fieldsOf(report), {}, &row, options))
        out << p.message;
    return out;
}

void PhoneReport::add(QObject *context, const Report &report, Reply<Id> reply, Offline offline) const
{
    Report r = report;
    r.channel = Channel::Phone;
    r.externalRef = QStringLiteral("PHONE-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.receivedAt = Clock::now();
    r.status = ReportStatus::New;
    const User actor = m_actor;
    m_worker->call<Result<Id>>(
        context,
        [r, actor](Database &db) -> Result<Id> {
            if (const QStringList wrong = problems(r); !wrong.isEmpty())
                return Error::invalid(wrong.join(u' '));
            Result<Id> id = Error::invalid(QString());
            const Status stored = db.transaction([&]() -> Status {
                id = ReportRepository(db, actor).insert(r);
                if (!id.ok())
                    return id.error();
                // On PostgreSQL the database writes this entry itself.
                return AuditLog(db).append(actor.name, QStringLiteral("report.create"), QStringLiteral("report"), id.value(),
                                           {}, {{QStringLiteral("channel"), toKey(Channel::Phone)}});
            });
            if (!stored.ok())
                return stored.error();
            return id;
        },
        std::move(reply), std::move(offline));
}

} // namespace desk
