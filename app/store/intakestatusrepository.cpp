// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakestatusrepository.h"

#include "core/clock.h"
#include "database.h"

namespace desk {

namespace {
QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromMs(v.toLongLong());
}
} // namespace

Status IntakeStatusRepository::publish(const IntakeInstance &i)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO intake_status (instance, started_at, updated_at, endpoint, received, rejected, "
                                      "spool_depth, last_report_at, mailbox, mailbox_up, mailbox_last_pass, mailbox_reports, "
                                      "mailbox_refused, mailbox_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (instance) DO UPDATE SET started_at = excluded.started_at, "
                                      "updated_at = excluded.updated_at, endpoint = excluded.endpoint, received = excluded.received, "
                                      "rejected = excluded.rejected, spool_depth = excluded.spool_depth, "
                                      "last_report_at = excluded.last_report_at, mailbox = excluded.mailbox, "
                                      "mailbox_up = excluded.mailbox_up, mailbox_last_pass = excluded.mailbox_last_pass, "
                                      "mailbox_reports = excluded.mailbox_reports, mailbox_refused = excluded.mailbox_refused, "
                                      "mailbox_error = excluded.mailbox_error"),
                       {i.instance.left(300), i.startedAt.toMSecsSinceEpoch(), Clock::nowMs(), i.endpoint.left(300), i.received,
                        i.rejected, i.spoolDepth, msOrNull(i.lastReportAt), i.mailbox.left(300), i.mailboxUp,
                        msOrNull(i.mailboxLastPass), i.mailboxReports, i.mailboxRefused, i.mailboxError.left(2000)});
    return q.ok() ? Status() : Status(q.error());
}

Result<QList<IntakeInstance>> IntakeStatusRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT instance, started_at, updated_at, endpoint, received, rejected, spool_depth, "
                                      "last_report_at, mailbox, mailbox_up, mailbox_last_pass, mailbox_reports, mailbox_refused, "
                                      "mailbox_error FROM intake_status ORDER BY updated_at DESC"));
    if (!q.ok())
        return q.error();
    QList<IntakeInstance> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        IntakeInstance i;
        i.instance = r.value(0).toString();
        i.startedAt = timeOf(r.value(1));
        i.updatedAt = timeOf(r.value(2));
        i.endpoint = r.value(3).toString();
        i.received = r.value(4).toLongLong();
        i.rejected = r.value(5).toLongLong();
        i.spoolDepth = r.value(6).toLongLong();
        i.lastReportAt = timeOf(r.value(7));
        i.mailbox = r.value(8).toString();
        i.mailboxUp = r.value(9).toBool();
        i.mailboxLastPass = timeOf(r.value(10));
        i.mailboxReports = r.value(11).toLongLong();
        i.mailboxRefused = r.value(12).toLongLong();
        i.mailboxError = r.value(13).toString();
        out.append(i);
    }
    return out;
}

} // namespace desk
