// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlist.h"

#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"

#include <algorithm>

namespace desk {

IncidentList::IncidentList(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

void IncidentList::load(QObject *context, Reply<QList<IncidentListing>> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<QList<IncidentListing>>>(
        context,
        [user](Database &db) -> Result<QList<IncidentListing>> {
            IncidentRepository incidents(db, user);
            auto list = incidents.list();
            if (!list.ok())
                return list.error();
            auto scopes = incidents.scopes();
            if (!scopes.ok())
                return scopes.error();
            QList<IncidentListing> out;
            out.reserve(list->size());
            for (const Incident &i : list.value())
                out.append({i, scopes->value(i.id)});
            return out;
        },
        std::move(reply), std::move(offline));
}

void IncidentList::helpCenterConfirms(QObject *context, Reply<bool> reply) const
{
    const User user = m_user;
    m_worker->call<Result<bool>>(
        context,
        [user](Database &db) -> Result<bool> {
            auto targets = PublicationRepository(db, user).targets(true);
            if (!targets.ok())
                return targets.error();
            const QList<PublicationTarget> list = targets.value();
            return std::any_of(list.begin(), list.end(),
                               [](const PublicationTarget &t) { return t.kind == PublicationKind::HelpCenter; });
        },
        std::move(reply));
}

void IncidentList::linkedReports(QObject *context, Id incidentId, int offset, int limit, Reply<QList<Report>> reply,
                                 Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<QList<Report>>>(
        context,
        [user, incidentId, offset, limit](Database &db) { return ReportRepository(db, user).forIncident(incidentId, limit, offset); },
        std::move(reply), std::move(offline));
}

} // namespace desk
