// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "domain/updateworkflow.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

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
    Q_DECLARE_TR_FUNCTIONS(desk::UpdateRepository)

public:
    UpdateRepository(Database &db, User actor);

    Result<qint64> count() const;
    Result<UpdateWithBodies> createDraft(Id incidentId, UpdateKind kind, const UpdateBodies &bodies);
    Result<UpdateWithBodies> get(Id id) const;
    Result<QList<Update>> forIncident(Id incidentId) const;
    Result<QList<Update>> pendingApproval() const;
    /** Updates in any of the statuses, oldest first (the approvals view, the notifier). */
    Result<QList<Update>> withStatus(const QList<UpdateStatus> &statuses) const;
    /** The newest published update of the incident, for comparing a new text with it. */
    Result<std::optional<UpdateWithBodies>> lastPublished(Id incidentId, Id excluding = 0) const;

    Result<UpdateWithBodies> edit(Id id, const UpdateBodies &bodies, int expectedVersion);
    Result<UpdateWithBodies> submit(Id id, int expectedVersion);
    Result<UpdateWithBodies> withdraw(Id id, int expectedVersion);
    Result<UpdateWithBodies> approve(Id id, int expectedVersion);
    Result<UpdateWithBodies> requestChanges(Id id, const QString &comment, int expectedVersion);
    /**
     * Marks the update published, moves the incident's cadence clock and writes one durable
     * publication job per enabled target, all in one transaction.
     */
    Result<UpdateWithBodies> publish(Id id, int expectedVersion);
    /** Deletes a draft that will not be used. */
    Status discard(Id id, int expectedVersion);

private:
    Result<UpdateWithBodies> step(Id id, int expectedVersion, UpdateWorkflow::Action action,
                                  const QString &comment = {});
    Status writeBodies(Id id, const UpdateBodies &bodies);

    Database &m_db;
    User m_actor;
};

} // namespace desk
