// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "metrics/promisemetrics.h"

namespace desk {

class Database;

/**
 * The facts the promise metrics are made of, computed in SQL on either engine: per incident
 * (opened, acknowledged, described, resolved as delivered; reports, customers, confirmations,
 * preventive actions), each due public update with the delivery that met it, and each update a
 * lead decided on. Reading only; run it on a worker thread.
 */
class MetricsRepository final
{
public:
    explicit MetricsRepository(Database &db) : m_db(db) {}

    /** The facts of [from, to): incidents opened, updates due and decisions made in it. */
    Result<PromiseMetrics::Facts> facts(qint64 fromMs, qint64 toMs, qint64 nowMs) const;

private:
    Status incidents(PromiseMetrics::Facts *facts, const QString &relevant) const;
    Status dues(PromiseMetrics::Facts *facts, const QString &relevant) const;
    Status approvals(PromiseMetrics::Facts *facts) const;

    Database &m_db;
};

} // namespace desk
