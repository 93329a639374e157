// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

namespace desk {

class Database;

/** An open incident a report may be about, as the engine's text search found it. */
struct IncidentCandidate
{
    Id id = 0;
    QString reference;
    QString title;
    QString text; // title, description and impact
    QStringList serviceKeys;
    QDateTime createdAt;
};

namespace IncidentSearch {

/**
 * Open incidents matching any of `terms` by the engine's own text search (FTS5 bm25 on
 * SQLite, ts_rank on PostgreSQL), best first, up to `limit`; and the newest open ones of
 * `serviceKey`. Each with its services.
 */
Result<QList<IncidentCandidate>> openIncidents(Database &db, const QStringList &terms, const QString &serviceKey, int limit);

} // namespace IncidentSearch
} // namespace desk
