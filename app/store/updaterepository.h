// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "domain/updateworkflow.h"

#include <QMap>

namespace desk {

class Database;

using UpdateBodies = QMap<Language, QString>;

struct UpdateWithBodies
{
    Update update;
    UpdateBodies bodies;
};

/**
 * Public updates and their four-eyes workflow. The domain rules are checked here for every
 * engine; on PostgreSQL triggers check them again against the login role.
 */
class UpdateRepository final
{
public:
    UpdateRepository(Database &db, User actor);

    Result<UpdateWithBodies> createDraft(Id incidentId, UpdateKind kind, const UpdateBodies &bodies);
    Result<UpdateWithBodies> get(Id id) const;
    Result<QList<Update>> forIncident(Id incidentId) const;
    Result<QList<Update>> pendingApproval() const;

    Result<UpdateWithBodies> edit(Id id, const UpdateBodies &bodies, int expectedVersion);
    Result<UpdateWithBodies> submit(Id id, int expectedVersion);
    Result<UpdateWithBodies> withdraw(Id id, int expectedVersion);
    Result<UpdateWithBodies> approve(Id id, int expectedVersion);
    Result<UpdateWithBodies> requestChanges(Id id, const QString &comment, int expectedVersion);
    /** Marks the update published and moves the incident's cadence clock. */
    Result<UpdateWithBodies> publish(Id id, int expectedVersion);

private:
    Result<UpdateWithBodies> step(Id id, int expectedVersion, UpdateWorkflow::Action action,
                                  const QString &comment = {});
    Status writeBodies(Id id, const UpdateBodies &bodies);

    Database &m_db;
    User m_actor;
};

} // namespace desk
