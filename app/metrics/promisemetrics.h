// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace desk {

/**
 * Whether the policy's promises were kept, measured on what customers saw: every time counts
 * from the moment the Help Center confirmed an update (or, with no Help Center target, from
 * the click on Publish). The facts come from SQL (MetricsRepository); this file groups them.
 */
namespace PromiseMetrics {

/** One incident, as the metrics see it. Times in epoch milliseconds, 0 when there is none. */
struct IncidentFacts
{
    Id id = 0;
    QString reference;
    QString title;
    QString impact;             // none, minor, major, critical
    QString state;
    QString language;           // its first report's, "" without reports
    QStringList services;       // keys
    qint64 openedAt = 0;        // the first linked report received, else the incident's creation
    qint64 acknowledgedAt = 0;  // the acknowledgement delivered
    qint64 describedAt = 0;     // the description and impact delivered
    qint64 resolvedAt = 0;      // the resolution delivered
    qint64 resolvedStateAt = 0; // when the incident entered resolved
    qint64 reviewedAt = 0;
    int reports = 0;
    int customers = 0;          // by reference, else e-mail address, else each report its own
    int confirmed = 0;          // reports whose reporter was confirmed (e-mail or export)
    qint64 lastConfirmedAt = 0;
    int actionsOpen = 0;
    int actionsOverdue = 0;
    int actionsDone = 0;
    bool inPeriod = true;       // opened in the period (else only here for its dues or approvals)
};

/** One due public update: set by the delivery before it, met (or not) by the next delivery. */
struct Due
{
    Id incidentId = 0;
    QString reference;
    QString title;
    qint64 dueAt = 0;
    qint64 deliveredAt = 0; // 0: not delivered yet (and already late)
    qint64 lateMs(qint64 nowMs) const;
    bool kept() const { return deliveredAt != 0 && deliveredAt <= dueAt; }
};

/** One update a lead decided on. */
struct Approval
{
    Id updateId = 0;
    Id incidentId = 0;
    qint64 submittedAt = 0;
    qint64 decidedAt = 0;
    bool approved = false;  // approved (and perhaps published since), not sent back at last
    bool sentBack = false;  // sent back for changes at least once
};

struct Facts
{
    QList<IncidentFacts> incidents; // opened in the period
    QList<Due> dues;                // due in the period
    QList<Approval> approvals;      // decided in the period
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;
};

/** Median and 90th percentile (nearest rank) of durations in minutes; count 0 when none. */
struct Spread
{
    int count = 0;
    double median = 0;
    double p90 = 0;
    static Spread of(QList<double> minutes);
};

enum class Grouping { Whole, Week, Month, Service, Impact, Language };

struct Filter
{
    QString service;  // key; empty: all
    QString impact;   // empty: all
    QString language; // empty: all
    int reviewTargetDays = 5;
};

/** The promise metrics of a group of incidents (a period, a service, an impact, a language). */
struct Summary
{
    QString group; // the period's first day (yyyy-MM-dd) or the service, impact or language key
    int incidents = 0;
    Spread toAcknowledge;
    Spread toDescribe;
    int dues = 0;
    int duesKept = 0;
    Spread approvalDelay;
    int decided = 0;
    int sentBack = 0;
    Spread toResolve;
    int reporters = 0;  // of resolved incidents
    int confirmedReporters = 0;
    Spread toConfirm;
    int resolved = 0;
    int reviewed = 0;
    int reviewedOnTime = 0;
    int actionsOpen = 0;
    int actionsOverdue = 0;
    int actionsDone = 0;
    int reports = 0;
    int customers = 0;
    double cadenceKept() const { return dues ? double(duesKept) / dues : 1.0; }
    double sentBackShare() const { return decided ? double(sentBack) / decided : 0.0; }
    double confirmationCoverage() const { return reporters ? double(confirmedReporters) / reporters : 1.0; }
};

QList<IncidentFacts> filtered(const QList<IncidentFacts> &incidents, const Filter &filter);
Summary summarize(const Facts &facts, const Filter &filter, const QString &group = {});
/** One summary per group, in order (periods oldest first, keys alphabetically). */
QList<Summary> grouped(const Facts &facts, const Filter &filter, Grouping grouping);
/** The dues that were missed, worst (latest) first. */
QList<Due> misses(const Facts &facts, const Filter &filter);

/** Everything the leads' dashboard shows, computed off the GUI thread. */
struct Dashboard
{
    Summary whole;
    Grouping periodGrouping = Grouping::Week;
    QList<Summary> periods;        // oldest first
    QList<int> approvalBuckets;    // decisions per bucket of kApprovalBucketMinutes
    QList<Due> misses;             // worst first
    QStringList services;          // the choices the facts offer
    QStringList languages;
};
/** Upper bounds (minutes) of the approval-delay buckets; the last bucket is everything above. */
inline const QList<int> kApprovalBucketMinutes{15, 30, 60, 120, 240, 480};
/** Weeks for periods up to about four months, months beyond. */
Dashboard dashboard(const Facts &facts, const Filter &filter);

/** The period key a time falls in: the week's Monday or the month's first day (UTC). */
QString periodOf(qint64 ms, Grouping grouping);

/** CSV (RFC 4180, formula cells neutralised) of the summaries, and of the misses. */
QByteArray summariesCsv(const QList<Summary> &rows);
QByteArray missesCsv(const QList<Due> &rows, qint64 nowMs);
/** JSON of the summaries and misses, for scripts. */
QByteArray toJson(const QList<Summary> &rows, const QList<Due> &missed, qint64 nowMs);

} // namespace PromiseMetrics
} // namespace desk
