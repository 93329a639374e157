// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QUrl>

#include <optional>

namespace desk {

class Database;

/**
 * Publication targets (configured by an admin) and the durable jobs that carry each published
 * update to each of them. A job is written once per update and target, in the transaction that
 * publishes the update, so nothing is ever sent twice and nothing is forgotten.
 */
class PublicationRepository final
{
public:
    PublicationRepository(Database &db, User actor);

    Result<QList<PublicationTarget>> targets(bool enabledOnly = false) const;
    Result<PublicationTarget> addTarget(PublicationKind kind, const QString &name, const QString &config = {});
    Result<PublicationTarget> setTargetEnabled(Id id, bool enabled, int expectedVersion);
    /** Renames a target and replaces its settings; secrets are refused here (they go to the keychain). */
    Result<PublicationTarget> updateTarget(Id id, const QString &name, const QString &config, int expectedVersion);
    /**
     * A Help Center on this computer, for a team without a web server yet: points the Help Center
     * target that has no address yet (the demo's) at `folder`, or adds one. Leaves alone a Help
     * Center that has an address. Returns the target that publishes into the folder, if any.
     */
    Result<std::optional<PublicationTarget>> useLocalHelpCenter(const QString &folder);
    /** The page customers start from: the index of the first enabled Help Center with an address. */
    Result<QUrl> helpCenterIndex() const;
    /** Why `config` cannot be a target's settings (not a JSON object, or holding a secret), or empty. */
    static QString configProblem(const QString &config);

    /** One pending job per enabled target; must run inside the publishing transaction. */
    Result<QList<Id>> createJobs(Id updateId);

    Result<QList<PublicationJob>> jobs(int limit = 1000) const;
    Result<QList<PublicationJob>> jobsForUpdate(Id updateId) const;
    Result<QList<PublicationJob>> jobsForIncident(Id incidentId) const;
    /** Pending jobs whose next attempt is due at `nowMs`, oldest first. */
    Result<QList<PublicationJob>> dueJobs(qint64 nowMs) const;

    /** Puts a failed or cancelled job back in the queue. */
    Result<PublicationJob> retry(Id jobId, int expectedVersion);
    /** Stops a job that has not been sent yet. */
    Result<PublicationJob> cancel(Id jobId, int expectedVersion);

private:
    Result<QList<PublicationJob>> jobsWhere(const QString &where, const QVariantList &values, int limit) const;
    Result<PublicationJob> job(Id id) const;
    Result<PublicationJob> changeState(Id jobId, int expectedVersion, JobState to, const QList<JobState> &from,
                                       const QString &action);

    Database &m_db;
    User m_actor;
};

} // namespace desk
