// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentspage.h"

#include "core/clock.h"
#include "domain/cadence.h"
#include "domain/lifecycle.h"
#include "labels.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

namespace {
struct Row
{
    Incident incident;
    IncidentScope scope;
};
} // namespace

IncidentsPage::IncidentsPage(const Session &session, QWidget *parent) : ListPage(session, tr("Incidents"), parent)
{
    setObjectName(QStringLiteral("incidentsPage"));
    setHeaders({tr("Reference"), tr("Title"), tr("State"), tr("Impact"), tr("Services"), tr("Reports"), tr("Customers"),
                tr("Next update due")});
    setEmptyText(tr("No incidents. Create one from reports in Triage."));
}

void IncidentsPage::refresh()
{
    const User user = session().user;
    session().worker->call<Result<QList<Row>>>(
        this,
        [user](Database &db) -> Result<QList<Row>> {
            IncidentRepository incidents(db, user);
            auto list = incidents.list();
            if (!list.ok())
                return list.error();
            auto scopes = incidents.scopes();
            if (!scopes.ok())
                return scopes.error();
            QList<Row> rows;
            for (const Incident &i : list.value())
                rows.append({i, scopes->value(i.id)});
            return rows;
        },
        [this](Result<QList<Row>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            const QLocale locale;
            const QDateTime now = Clock::now();
            QList<QList<QVariant>> rows;
            QList<QVariant> keys;
            int open = 0;
            int overdue = 0;
            for (const Row &row : result.value()) {
                const Incident &i = row.incident;
                const QDateTime due = Cadence::nextDue(i.state, i.lastPublishedAt, i.acknowledgedAt, i.cadenceMinutes);
                const Cadence::Standing standing = Cadence::standing(i.state, due, now);
                QVariantMap dueCell{{QStringLiteral("text"),
                                     due.isValid() ? tr("%1 — %2").arg(locale.toString(due.toLocalTime(), QLocale::ShortFormat),
                                                                        label(standing))
                                                   : QString()}};
                if (standing == Cadence::Standing::Overdue)
                    dueCell.insert(QStringLiteral("color"), QColor(0xb3, 0x26, 0x1e));
                else if (standing == Cadence::Standing::DueSoon)
                    dueCell.insert(QStringLiteral("color"), QColor(0x9a, 0x67, 0x00));
                if (Lifecycle::isOpen(i.state))
                    ++open;
                if (standing == Cadence::Standing::Overdue)
                    ++overdue;
                rows.append({i.reference, i.title, label(i.state), label(i.impact), i.serviceKeys.join(QStringLiteral(", ")),
                             row.scope.reports, row.scope.customers, dueCell});
                keys.append(i.id);
            }
            setSummary(tr("%n open incident(s)", nullptr, open)
                       + (overdue > 0 ? QStringLiteral("  ·  ") + tr("%n update(s) overdue", nullptr, overdue) : QString()));
            setRows(rows, keys);
            emit badgeChanged(overdue > 0 ? overdue : -1);
        });
}

} // namespace desk::ui
