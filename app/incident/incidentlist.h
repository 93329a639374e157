// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/incidentrepository.h"
#include "store/reply.h"

class QObject;

namespace desk {

class DbWorker;

/** One incident as the list shows it, with how many reports and customers it has. */
struct IncidentListing
{
    Incident incident;
    IncidentScope scope;
};

/** The incidents a window lists, and an incident's linked reports page by page, on the worker. */
class IncidentList final
{
public:
    IncidentList(DbWorker *worker, User user);

    void load(QObject *context, Reply<QList<IncidentListing>> reply, Offline offline = {}) const;
    /** Whether an enabled Help Center target confirms deliveries (else the click on Publish counts). */
    void helpCenterConfirms(QObject *context, Reply<bool> reply) const;
    /** The reports linked to `incidentId`, newest first, `limit` from `offset`. */
    void linkedReports(QObject *context, Id incidentId, int offset, int limit, Reply<QList<Report>> reply,
                       Offline offline = {}) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
