// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(desk::PublicationRepository)

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

    // The job's state machine, as the sender (the runner, later the service) drives it:
    // pending → sending (taken by one sender) → done, or back to pending with a next attempt, or failed.

    /** Jobs left 'sending' since before `olderThanMs` (their sender stopped answering) go back to pending. */
    Result<int> takeBackStale(qint64 olderThanMs, const QString &reason);
    /**
     * When something next needs a sender: the earliest retry time of a pending job (now, for one
     * due already), or when a job being sent becomes stale after `staleAfterMs`; nullopt when
     * nothing waits.
     */
    Result<std::optional<qint64>> nextDueAt(qint64 staleAfterMs) const;
    /** An unsent job and the incident its update belongs to. */
    struct OpenJob
    {
        Id id = 0;
        Id targetId = 0;
        Id incidentId = 0;
    };
    /** Every job still to be sent (pending, sending, failed), oldest first. */
    Result<QList<OpenJob>> unfinishedJobs() const;
    /** Says why a pending job waits (no address, no credentials, an earlier update first). */
    Status noteWaiting(Id jobId, const QString &reason);
    /** Takes a due job for sending; false when another sender took it first. */
    Result<bool> take(Id jobId);
    Status markDone(Id jobId, const QString &remoteId, const QString &remoteUrl);
    /** Sending failed: back to pending for another attempt at `retryAtMs`, or failed without one. */
    Status markFailed(Id jobId, const QString &error, std::optional<qint64> retryAtMs);

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
