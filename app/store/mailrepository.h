// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <optional>

namespace desk {

class Database;

/** A claimed job with what its message needs: the reporter's report and the incident. */
struct OutgoingMail
{
    MailJob job;
    Report report;
    Incident incident;
};

/**
 * The messages to reporters. The database makes the jobs (when a notice is published, when a
 * report is linked); this class moves them along for the sender and for the leads. Every state
 * change names the state it leaves, so two senders, or a sender and a lead, never both win.
 */
class MailRepository final
{
    Q_DECLARE_TR_FUNCTIONS(desk::MailRepository)

public:
    MailRepository(Database &db, User actor);

    // The sender's side (the service's mail sender; `sender` names it, stable across restarts).

    /**
     * After a restart of `sender`: what it had claimed goes back to the queue; what it was in the
     * middle of sending is marked in doubt, for a person to decide. Returns {taken back, in doubt}.
     */
    Result<std::pair<int, int>> recover(const QString &sender);
    /** The same for any sender that has not moved a job since `olderThanMs` (it stopped answering). */
    Result<std::pair<int, int>> recoverStale(qint64 olderThanMs);
    /** Takes up to `limit` due jobs of incidents not on hold, oldest first, for `sender`. */
    Result<QList<OutgoingMail>> claim(const QString &sender, int limit, qint64 nowMs);
    /** Gives back claimed jobs not begun (on shutdown). */
    Status unclaim(const QList<Id> &jobIds, const QString &sender);
    /** The SMTP transaction for this job begins; false when the job is no longer this sender's. */
    Result<bool> begin(Id jobId, const QString &sender);
    Status markSent(Id jobId, qint64 atMs);
    /** A temporary failure: back to the queue for another attempt at `retryAtMs`. */
    Status markRetry(Id jobId, const QString &error, qint64 retryAtMs);
    /** Refused for good (a 5xx, an address that cannot be written to). */
    Status markFailed(Id jobId, const QString &error);
    /** Nothing to send any more (the reporter was confirmed another way meanwhile). */
    Status markCancelled(Id jobId, const QString &reason);
    /** The message may have reached the server: nobody resends it without a person deciding. */
    Status markInDoubt(Id jobId, const QString &error);
    /** When the earliest pending job falls due (now for one due already); nullopt when none waits. */
    Result<std::optional<qint64>> nextDueAt() const;

    // What people see and decide.

    /** Jobs, newest first; `incidentId` 0 for every incident, `states` empty for every state. */
    Result<QList<MailJob>> jobs(Id incidentId = 0, const QList<MailState> &states = {}, int limit = 1000) const;
    Result<MailJob> job(Id jobId) const;
    Result<QMap<MailState, int>> countByState() const;
    /** Sends a refused, cancelled or in-doubt message (again). Leads only. */
    Result<MailJob> retry(Id jobId, int expectedVersion);
    /** Stops a message not sent yet. Leads only. */
    Result<MailJob> cancel(Id jobId, int expectedVersion);
    /** A message in doubt did arrive (the mail server's log, the customer): it counts as sent. Leads only. */
    Result<MailJob> settleSent(Id jobId, int expectedVersion);
    /** Holds or releases every message of an incident. Leads only. */
    Status hold(Id incidentId, bool held);
    Result<QSet<Id>> heldIncidents() const;

private:
    Result<MailJob> changeState(Id jobId, int expectedVersion, MailState to, const QList<MailState> &from,
                                const QString &action);
    Status move(Id jobId, const QString &sql, const QVariantList &values);

    Database &m_db;
    User m_actor;
};

} // namespace desk
