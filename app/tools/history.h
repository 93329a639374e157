// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace desk {

class Database;

struct HistoryOptions
{
    int incidents = 300;
    qint64 reports = 20000;
    int months = 12;
    qint64 endMs = 0;   // the history ends here (usually now)
    quint32 seed = 2026;
    bool keepPlan = false; // keep what was made, report by report (tests compare with it)
    QString author = QStringLiteral("history-agent"); // writes the updates (made an agent if new)
    QString lead = QStringLiteral("history-lead");    // approves them (made a lead if new)
};

/** What the generator made, as it planned it: the tests compute the metrics from this. */
struct PlannedReport
{
    QString customerRef;
    QString customerEmail;
    QString language;
    qint64 receivedAt = 0;
    qint64 confirmedAt = 0; // 0: not confirmed
};

struct PlannedUpdate
{
    QString kind;
    qint64 submittedAt = 0;
    qint64 decidedAt = 0;
    qint64 publishedAt = 0;
    qint64 deliveredAt = 0; // 0: the Help Center job failed, never delivered
    bool sentBack = false;
};

struct PlannedAction
{
    QString dueDate; // yyyy-MM-dd
    bool done = false;
};

struct PlannedIncident
{
    qint64 id = 0;
    QString reference;
    QString impact;
    QString state;
    QStringList services;
    int cadenceMinutes = 24 * 60;
    QString language;      // most of its reporters'
    qint64 openedAt = 0;   // its first report
    int reportCount = 0;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0; // the state change
    qint64 reviewedAt = 0;
    QList<PlannedUpdate> updates; // in publication order
    QList<PlannedReport> reports; // kept only with keepPlan
    QList<PlannedAction> actions;
};

struct HistoryPlan
{
    QList<PlannedIncident> incidents;
    qint64 reports = 0;
    int updates = 0;
    int missedOnPurpose = 0; // updates published late or delivered late by design
};

/**
 * A year (or any span) of realistic incident history written straight into the database, with
 * every time set in the past: reports from customers in five languages, acknowledgements and
 * descriptions on time or late, daily updates with some missed days and slow Help Center
 * deliveries, late approvals and updates sent back, resolutions, confirmations, reviews and
 * preventive actions. Used by the demo data (a dashboard worth opening), the metrics tests
 * (which check the SQL against the plan) and bench_metrics. On PostgreSQL it needs a superuser
 * connection: it writes history no role may write.
 */
class HistoryGenerator final
{
public:
    HistoryGenerator(Database &db, HistoryOptions options);
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    Result<HistoryPlan> run();
    /** Whether this connection may write history: any SQLite file, a superuser on PostgreSQL. */
    static Result<bool> canWrite(Database &db);

private:
    Status writeIncident(PlannedIncident *incident, qint64 targetId, const QString &author, const QString &lead);
    Status writeReports(HistoryPlan *plan);

    Database &m_db;
    HistoryOptions m_options;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace desk
