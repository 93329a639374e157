// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "triage/reportquery.h"

namespace desk {

class Database;

/** The triage queue's statements: the ids a query matches, in its order, and their rows. */
namespace ReportListing {

/** The ids matching `query`, in its order; `limit` 0 means all. */
Result<QList<Id>> ids(Database &db, const ReportQuery &query, int limit = 0);
/** The rows for these ids (any order in, the same order out; missing ids are left out). */
Result<QList<ReportSummary>> rows(Database &db, const QList<Id> &ids);

/** A report no incident has yet, with its service: what a spike is made of. */
struct UnlinkedReport
{
    QString serviceKey;
    QString serviceName;
    Id id = 0;
    QDateTime receivedAt;
};
/** New or claimed reports without an incident received since `sinceMs`, by service then time. */
Result<QList<UnlinkedReport>> recentUnlinked(Database &db, qint64 sinceMs);

} // namespace ReportListing

} // namespace desk
