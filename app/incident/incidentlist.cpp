// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlist.h"

#include "store/dbworker.h"
#include "store/reportrepository.h"

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
