// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <functional>

namespace desk {

class Database;

struct RunnerReport
{
    int done = 0;
    int retrying = 0;
    int failed = 0;
};

/**
 * Sends the due publication jobs (issue 6; the Help Center target so far): renders the site from
 * the database, uploads what changed over WebDAV, stores what the server now holds, and marks the
 * job done with the page's address. A server that fails or does not answer puts the job back
 * with exponential backoff and jitter; after `kMaxAttempts`, or on an answer that retrying cannot
 * change, the job fails with the server's message for a lead to retry or cancel.
 */
class PublicationRunner final
{
public:
    static constexpr int kMaxAttempts = 8;

    PublicationRunner(Database &db, User actor);
    /** Credentials of a target; by default none (the keychain lookup is plugged in by the app). */
    void setPasswordLookup(std::function<QString(Id targetId)> lookup) { m_password = std::move(lookup); }
    Result<RunnerReport> runDue();

    /** The wait before attempt `attempt` (1-based): 2^attempt seconds, at most an hour, ± 25 %. */
    static qint64 backoffMs(int attempt);

private:
    Status publishHelpCenter(const PublicationJob &job, const PublicationTarget &target, QString *remoteUrl,
                             qint64 *retryAfterMs);

    Database &m_db;
    User m_actor;
    std::function<QString(Id)> m_password;
};

} // namespace desk
