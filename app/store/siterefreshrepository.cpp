// SPDX-License-Identifier: GPL-3.0-or-later
#include "siterefreshrepository.h"

#include "core/clock.h"
#include "database.h"

#include <QSqlQuery>

namespace desk {

namespace {
// The next attempt of a refresh that failed for good: never, until the next change asks again.
constexpr qint64 kNeverAgain = std::numeric_limits<qint64>::max();

Result<QList<SiteRefresh>> refreshesFrom(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    QList<SiteRefresh> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                    r.value(4).toInt(), r.value(5).toString()});
    }
    return out;
}

const QString kSelect = QStringLiteral("SELECT s.incident_id, i.reference, s.target_id, s.requested_at, s.attempts, "
                                       "s.last_error FROM site_refreshes s JOIN incidents i ON i.id = s.incident_id ");
} // namespace

SiteRefreshRepository::SiteRefreshRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QList<SiteRefresh>> SiteRefreshRepository::due(qint64 nowMs) const
{
    return refreshesFrom(m_db.exec(kSelect + QStringLiteral("WHERE (s.next_attempt_at IS NULL OR s.next_attempt_at <= ?) "
                                                            "AND (s.claim_until IS NULL OR s.claim_until < ?) "
                                                            "ORDER BY s.requested_at LIMIT 1000"),
                                   {nowMs, nowMs}));
}

Result<bool> SiteRefreshRepository::claim(const SiteRefresh &refresh, qint64 forMs)
{
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(QStringLiteral("UPDATE site_refreshes SET claimed_by = ?, claim_until = ?, attempts = attempts + 1 "
                                      "WHERE incident_id = ? AND target_id = ? "
                                      "AND (claim_until IS NULL OR claim_until < ?)"),
                       {m_actor.name, now + forMs, refresh.incidentId, refresh.targetId, now});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status SiteRefreshRepository::done(const SiteRefresh &refresh)
{
    auto removed = m_db.exec(QStringLiteral("DELETE FROM site_refreshes WHERE incident_id = ? AND target_id = ? "
                                            "AND requested_at = ?"),
                             {refresh.incidentId, refresh.targetId, refresh.requestedAtMs});
    if (!removed.ok())
        return removed.error();
    if (removed.value().numRowsAffected() == 0) {
        // Asked again while the pages were being written: the newer change goes out next.
        auto released = m_db.exec(QStringLiteral("UPDATE site_refreshes SET claimed_by = NULL, claim_until = NULL "
                                                 "WHERE incident_id = ? AND target_id = ?"),
                                  {refresh.incidentId, refresh.targetId});
        if (!released.ok())
            return released.error();
    }
    return {};
}

Status SiteRefreshRepository::failed(const SiteRefresh &refresh, const QString &error, std::optional<qint64> retryAtMs)
{
    auto q = m_db.exec(QStringLiteral("UPDATE site_refreshes SET claimed_by = NULL, claim_until = NULL, last_error = ?, "
                                      "next_attempt_at = ? WHERE incident_id = ? AND target_id = ? AND requested_at = ?"),
                       {error, retryAtMs.value_or(kNeverAgain), refresh.incidentId, refresh.targetId,
                        refresh.requestedAtMs});
    if (!q.ok())
        return q.error();
    return {};
}

Result<std::optional<qint64>> SiteRefreshRepository::nextDueAt() const
{
    auto q = m_db.exec(QStringLiteral("SELECT min(CASE WHEN claim_until IS NOT NULL THEN claim_until "
                                      "ELSE coalesce(next_attempt_at, 0) END) FROM site_refreshes "
                                      "WHERE coalesce(next_attempt_at, 0) < ?"),
                       {kNeverAgain});
    if (!q.ok())
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace desk
