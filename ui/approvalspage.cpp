// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalspage.h"

#include "core/clock.h"
#include "labels.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/updaterepository.h"

#include <QLocale>

namespace desk::ui {

namespace {
struct Pending
{
    UpdateWithBodies update;
    QString incident;
};
} // namespace

ApprovalsPage::ApprovalsPage(const Session &session, QWidget *parent) : ListPage(session, tr("Approvals"), parent)
{
    setObjectName(QStringLiteral("approvalsPage"));
    setHeaders({tr("Waiting since"), tr("Incident"), tr("Kind"), tr("Author"), tr("Languages")});
    setEmptyText(tr("Nothing is waiting for approval."));
}

void ApprovalsPage::refresh()
{
    const User user = session().user;
    session().worker->call<Result<QList<Pending>>>(
        this,
        [user](Database &db) -> Result<QList<Pending>> {
            UpdateRepository updates(db, user);
            auto pending = updates.pendingApproval();
            if (!pending.ok())
                return pending.error();
            QList<Pending> out;
            for (const Update &u : pending.value()) {
                auto full = updates.get(u.id);
                auto incident = IncidentRepository(db, user).get(u.incidentId);
                if (full.ok())
                    out.append({full.value(), incident.ok() ? incident->reference + QStringLiteral(" ") + incident->title
                                                            : QString()});
            }
            return out;
        },
        [this, user](Result<QList<Pending>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            const QLocale locale;
            QList<QList<QVariant>> rows;
            QList<QVariant> keys;
            for (const Pending &p : result.value()) {
                QStringList languages;
                for (auto it = p.update.bodies.cbegin(); it != p.update.bodies.cend(); ++it)
                    languages << toKey(it.key()).toUpper();
                rows.append({locale.toString(p.update.update.submittedAt.toLocalTime(), QLocale::ShortFormat), p.incident,
                             label(p.update.update.kind), p.update.update.author, languages.join(QStringLiteral(" "))});
                keys.append(p.update.update.id);
            }
            setSummary(user.isLead() ? tr("%n update(s) waiting for your decision", nullptr, int(rows.size()))
                                     : tr("Only team leads approve updates; you can follow them here."));
            setRows(rows, keys);
            emit badgeChanged(user.isLead() ? int(rows.size()) : -1);
        });
}

} // namespace desk::ui
