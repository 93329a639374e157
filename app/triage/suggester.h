// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "domain/result.h"
#include "store/incidentsearch.h"

namespace desk {

class Database;

/** An open incident that a report is probably about, with why. */
struct Suggestion
{
    Id incidentId = 0;
    QString reference;
    QString title;
    double score = 0; // 0..1
    QString reason;
};

/**
 * Ranks open incidents for a report: candidates from the engine's own text search (FTS5 bm25
 * on SQLite, ts_rank on PostgreSQL) and from the report's service, re-ranked here by word
 * similarity, same service and closeness in time.
 */
class IncidentSuggester final
{
    Q_DECLARE_TR_FUNCTIONS(desk::IncidentSuggester)

public:
    using Candidate = IncidentCandidate;

    explicit IncidentSuggester(Database &db);

    Result<QList<Suggestion>> forReport(const Report &report, int limit = 5);

    /** The re-ranking alone, for tests and benchmarks. */
    static QList<Suggestion> rank(const Report &report, const QList<Candidate> &candidates, int limit);
    /** Lowercased words of 3+ letters without accents: what similarity compares. */
    static QSet<QString> words(const QString &text);
    static double similarity(const QSet<QString> &a, const QSet<QString> &b);

private:
    Result<QList<Candidate>> candidates(const Report &report);

    Database &m_db;
};

/** Several unlinked reports about one service in a short time: probably an incident nobody opened yet. */
struct Spike
{
    QString serviceKey;
    QString serviceName;
    QList<Id> reportIds;
    QDateTime since;
};

namespace SpikeDetector {
Result<QList<Spike>> detect(Database &db, const QDateTime &now, int threshold = 5, int windowMinutes = 30);
}

} // namespace desk
