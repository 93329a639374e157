// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <optional>

namespace desk {

class Database;

/** A reviewed incident's Help Center pages to publish again on one target (its actions or root cause changed). */
struct SiteRefresh
{
    Id incidentId = 0;
    QString incidentReference;
    Id targetId = 0;
    qint64 requestedAtMs = 0; // which change it answers: removed only if nothing changed since
    int attempts = 0;
    QString lastError;
};

/**
 * The refreshes the database asks for (016_site_refresh.sql): the publication runner claims one
 * for a while, publishes the incident's pages, and removes it — or notes why it failed and when
 * to try again. Several runners share them like publication jobs.
 */
class SiteRefreshRepository final
{
public:
    SiteRefreshRepository(Database &db, User actor);

    /** The refreshes due at `nowMs` and claimed by nobody (or whose claim ran out). */
    Result<QList<SiteRefresh>> due(qint64 nowMs) const;
    /** Claims it for `forMs`; false when another runner holds it. */
    Result<bool> claim(const SiteRefresh &refresh, qint64 forMs);
    /** Done: removed, unless a newer change asked again meanwhile (then released for it). */
    Status done(const SiteRefresh &refresh);
    /** Failed: released with the reason; tried again at `retryAtMs`, or never again without one. */
    Status failed(const SiteRefresh &refresh, const QString &error, std::optional<qint64> retryAtMs);
    /** When the next refresh is due (now when one is waiting), or nothing. */
    Result<std::optional<qint64>> nextDueAt() const;

private:
    Database &m_db;
    User m_actor;
};

} // namespace desk
