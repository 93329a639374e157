// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationspage.h"

#include "core/clock.h"
#include "labels.h"
#include "store/dbworker.h"

#include <QLocale>
#include <QSqlQuery>

namespace desk::ui {

namespace {
struct Published
{
    Id id;
    QDateTime at;
    QString incident;
    UpdateKind kind;
    QString approver;
};
} // namespace

PublicationsPage::PublicationsPage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Publications"), parent)
{
    setObjectName(QStringLiteral("publicationsPage"));
    setHeaders({tr("Published"), tr("Incident"), tr("Kind"), tr("Approved by")});
    setEmptyText(tr("Nothing has been published yet. Approved updates appear here once a lead publishes them."));
}

void PublicationsPage::refresh()
{
    session().worker->call<Result<QList<Published>>>(
        this,
        [](Database &db) -> Result<QList<Published>> {
            auto q = db.exec(QStringLiteral("SELECT u.id, u.published_at, i.reference || ' ' || i.title, u.kind, u.approver "
                                            "FROM updates u JOIN incidents i ON i.id = u.incident_id "
                                            "WHERE u.status = 'published' ORDER BY u.published_at DESC LIMIT 500"));
            if (!q.ok())
                return q.error();
            QList<Published> out;
            while (q.value().next()) {
                out.append({q.value().value(0).toLongLong(), fromMs(q.value().value(1).toLongLong()),
                            q.value().value(2).toString(),
                            fromKey<UpdateKind>(q.value().value(3).toString()).value_or(UpdateKind::Progress),
                            q.value().value(4).toString()});
            }
            return out;
        },
        [this](Result<QList<Published>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            const QLocale locale;
            QList<QList<QVariant>> rows;
            QList<QVariant> keys;
            for (const Published &p : result.value()) {
                rows.append({locale.toString(p.at.toLocalTime(), QLocale::ShortFormat), p.incident, label(p.kind), p.approver});
                keys.append(p.id);
            }
            setSummary(tr("%n published update(s)", nullptr, int(rows.size())));
            setRows(rows, keys);
        });
}

} // namespace desk::ui
