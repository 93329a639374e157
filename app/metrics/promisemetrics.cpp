// SPDX-License-Identifier: GPL-3.0-or-later
#include "promisemetrics.h"

#include "core/csv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace desk::PromiseMetrics {

namespace {
constexpr double kMinute = 60000.0;

double minutesBetween(qint64 from, qint64 to)
{
    return std::max<qint64>(0, to - from) / kMinute;
}

QStringList keysOf(const IncidentFacts &i, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Service:
        return i.services.isEmpty() ? QStringList{QString()} : i.services;
    case Grouping::Impact:
        return {i.impact};
    case Grouping::Language:
        return {i.language};
    default:
        return {QString()};
    }
}

bool isPeriod(Grouping g)
{
    return g == Grouping::Week || g == Grouping::Month;
}

/** Everything that makes a summary, gathered before the spreads are computed. */
struct Collector
{
    Summary s;
    QList<double> acknowledge, describe, approval, resolve, confirm;
    QSet<Id> incidents;

    void addIncident(const IncidentFacts &i, const Filter &filter, qint64 nowMs)
    {
        ++s.incidents;
        incidents.insert(i.id);
        if (i.acknowledgedAt)
            acknowledge << minutesBetween(i.openedAt, i.acknowledgedAt);
        if (i.describedAt)
            describe << minutesBetween(i.openedAt, i.describedAt);
        if (i.resolvedAt) {
            resolve << minutesBetween(i.openedAt, i.resolvedAt);
            s.reporters += i.reports;
            s.confirmedReporters += i.confirmed;
            if (i.confirmed > 0 && i.lastConfirmedAt)
                confirm << minutesBetween(i.resolvedAt, i.lastConfirmedAt);
        }
        if (i.resolvedStateAt) {
            const qint64 target = qint64(filter.reviewTargetDays) * 24 * 3600 * 1000;
            const bool targetPassed = nowMs - i.resolvedStateAt > target;
            if (i.reviewedAt || targetPassed) {
                ++s.resolved; // its review was due
                if (i.reviewedAt) {
                    ++s.reviewed;
                    if (i.reviewedAt - i.resolvedStateAt <= target)
                        ++s.reviewedOnTime;
                }
            }
        }
        s.actionsOpen += i.actionsOpen;
        s.actionsOverdue += i.actionsOverdue;
        s.actionsDone += i.actionsDone;
        s.reports += i.reports;
        s.customers += i.customers;
    }
    void addDue(const Due &d)
    {
        ++s.dues;
        if (d.kept())
            ++s.duesKept;
    }
    void addApproval(const Approval &a)
    {
        ++s.decided;
        if (a.sentBack)
            ++s.sentBack;
        if (a.approved)
            approval << minutesBetween(a.submittedAt, a.decidedAt);
    }
    Summary finish()
    {
        s.toAcknowledge = Spread::of(acknowledge);
        s.toDescribe = Spread::of(describe);
        s.approvalDelay = Spread::of(approval);
        s.toResolve = Spread::of(resolve);
        s.toConfirm = Spread::of(confirm);
        return s;
    }
};

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1);
}

QString minutes(const Spread &s, bool p90 = false)
{
    return s.count ? QString::number(p90 ? s.p90 : s.median, 'f', 1) : QString();
}

QString iso(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

qint64 Due::lateMs(qint64 nowMs) const
{
    return std::max<qint64>(0, (deliveredAt ? deliveredAt : nowMs) - dueAt);
}

Spread Spread::of(QList<double> minutes)
{
    Spread s;
    s.count = int(minutes.size());
    if (minutes.isEmpty())
        return s;
    std::sort(minutes.begin(), minutes.end());
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const auto rank = [&](int percentile) {
        const qsizetype n = minutes.size();
        const qsizetype r = (qsizetype(percentile) * n + 99) / 100;
        return minutes.at(std::clamp<qsizetype>(r, 1, n) - 1);
    };
    s.median = rank(50);
    s.p90 = rank(90);
    return s;
}

QList<IncidentFacts> filtered(const QList<IncidentFacts> &incidents, const Filter &filter)
{
    QList<IncidentFacts> out;
    for (const IncidentFacts &i : incidents) {
        if (!filter.service.isEmpty() && !i.services.contains(filter.service))
            continue;
        if (!filter.impact.isEmpty() && i.impact != filter.impact)
            continue;
        if (!filter.language.isEmpty() && i.language != filter.language)
            continue;
        out.append(i);
    }
    return out;
}

QString periodOf(qint64 ms, Grouping grouping)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    if (grouping == Grouping::Week)
        return day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate);
    if (grouping == Grouping::Month)
        return QDate(day.year(), day.month(), 1).toString(Qt::ISODate);
    return {};
}

QList<Summary> grouped(const Facts &facts, const Filter &filter, Grouping grouping)
{
    const QList<IncidentFacts> incidents = filtered(facts.incidents, filter);
    QHash<Id, const IncidentFacts *> byId;
    for (const IncidentFacts &i : incidents)
        byId.insert(i.id, &i);
    QMap<QString, Collector> groups;
    const auto collector = [&](const QString &key) -> Collector & {
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, Collector());
            it->s.group = key;
        }
        return *it;
    };
    for (const IncidentFacts &i : incidents) {
        if (!i.inPeriod)
            continue;
        if (isPeriod(grouping))
            collector(periodOf(i.openedAt, grouping)).addIncident(i, filter, facts.nowMs);
        else
            for (const QString &key : keysOf(i, grouping))
                collector(key).addIncident(i, filter, facts.nowMs);
    }
    for (const Due &d : facts.dues) {
        const IncidentFacts *i = byId.value(d.incidentId);
        if (!i)
            continue;
        if (isPeriod(grouping))
            collector(periodOf(d.dueAt, grouping)).addDue(d);
        else
            for (const QString &key : keysOf(*i, grouping))
                collector(key).addDue(d);
    }
    for (const Approval &a : facts.approvals) {
        const IncidentFacts *i = byId.value(a.incidentId);
        if (!i)
            continue;
        if (isPeriod(grouping))
            collector(periodOf(a.decidedAt, grouping)).addApproval(a);
        else
            for (const QString &key : keysOf(*i, grouping))
                collector(key).addApproval(a);
    }
    QList<Summary> out;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        out.append(it->finish());
    return out;
}

Summary summarize(const Facts &facts, const Filter &filter, const QString &group)
{
    QList<Summary> whole = grouped(facts, filter, Grouping::Whole);
    Summary s = whole.isEmpty() ? Summary() : whole.first();
    s.group = group;
    return s;
}

QList<Due> misses(const Facts &facts, const Filter &filter)
{
    QSet<Id> shown;
    for (const IncidentFacts &i : filtered(facts.incidents, filter))
        shown.insert(i.id);
    QList<Due> out;
    for (const Due &d : facts.dues) {
        if (!d.kept() && shown.contains(d.incidentId))
            out.append(d);
    }
    const qint64 now = facts.nowMs;
    std::stable_sort(out.begin(), out.end(), [now](const Due &a, const Due &b) { return a.lateMs(now) > b.lateMs(now); });
    return out;
}

Dashboard dashboard(const Facts &facts, const Filter &filter)
{
    Dashboard d;
    d.whole = summarize(facts, filter);
    d.periodGrouping = facts.toMs - facts.fromMs > 125LL * 24 * 3600 * 1000 ? Grouping::Month : Grouping::Week;
    d.periods = grouped(facts, filter, d.periodGrouping);
    d.approvalBuckets = QList<int>(kApprovalBucketMinutes.size() + 1, 0);
    QSet<Id> shown;
    for (const IncidentFacts &i : filtered(facts.incidents, filter))
        shown.insert(i.id);
    for (const Approval &a : facts.approvals) {
        if (!a.approved || !shown.contains(a.incidentId))
            continue;
        const double m = minutesBetween(a.submittedAt, a.decidedAt);
        qsizetype b = 0;
        while (b < kApprovalBucketMinutes.size() && m > kApprovalBucketMinutes.at(b))
            ++b;
        ++d.approvalBuckets[b];
    }
    d.misses = misses(facts, filter);
    QSet<QString> services, languages;
    for (const IncidentFacts &i : facts.incidents) {
        for (const QString &s : i.services)
            services.insert(s);
        if (!i.language.isEmpty())
            languages.insert(i.language);
    }
    d.services = QStringList(services.begin(), services.end());
    d.services.sort();
    d.languages = QStringList(languages.begin(), languages.end());
    d.languages.sort();
    return d;
}

QByteArray summariesCsv(const QList<Summary> &rows)
{
    QByteArray out = csvLine({QStringLiteral("group"), QStringLiteral("incidents"), QStringLiteral("acknowledge_median_min"),
                              QStringLiteral("acknowledge_p90_min"), QStringLiteral("describe_median_min"),
                              QStringLiteral("describe_p90_min"), QStringLiteral("updates_due"), QStringLiteral("updates_on_time"),
                              QStringLiteral("cadence_kept_pct"), QStringLiteral("approval_median_min"),
                              QStringLiteral("approval_p90_min"), QStringLiteral("decided"), QStringLiteral("sent_back"),
                              QStringLiteral("sent_back_pct"), QStringLiteral("resolve_median_min"),
                              QStringLiteral("resolve_p90_min"), QStringLiteral("reporters"),
                              QStringLiteral("reporters_confirmed"), QStringLiteral("confirmation_pct"),
                              QStringLiteral("confirm_median_min"), QStringLiteral("reviews_due"), QStringLiteral("reviewed"),
                              QStringLiteral("reviewed_on_time"), QStringLiteral("actions_open"),
                              QStringLiteral("actions_overdue"), QStringLiteral("actions_done"), QStringLiteral("reports"),
                              QStringLiteral("customers")});
    for (const Summary &s : rows) {
        out += csvLine({s.group, QString::number(s.incidents), minutes(s.toAcknowledge), minutes(s.toAcknowledge, true),
                        minutes(s.toDescribe), minutes(s.toDescribe, true), QString::number(s.dues),
                        QString::number(s.duesKept), percent(s.cadenceKept()), minutes(s.approvalDelay),
                        minutes(s.approvalDelay, true), QString::number(s.decided), QString::number(s.sentBack),
                        percent(s.sentBackShare()), minutes(s.toResolve), minutes(s.toResolve, true),
                        QString::number(s.reporters), QString::number(s.confirmedReporters),
                        percent(s.confirmationCoverage()), minutes(s.toConfirm), QString::number(s.resolved),
                        QString::number(s.reviewed), QString::number(s.reviewedOnTime), QString::number(s.actionsOpen),
                        QString::number(s.actionsOverdue), QString::number(s.actionsDone), QString::number(s.reports),
                        QString::number(s.customers)});
    }
    return out;
}

QByteArray missesCsv(const QList<Due> &rows, qint64 nowMs)
{
    QByteArray out = csvLine({QStringLiteral("incident"), QStringLiteral("title"), QStringLiteral("due"),
                              QStringLiteral("delivered"), QStringLiteral("late_min")});
    for (const Due &d : rows)
        out += csvLine({d.reference, d.title, iso(d.dueAt), iso(d.deliveredAt),
                        QString::number(d.lateMs(nowMs) / kMinute, 'f', 1)});
    return out;
}

QByteArray toJson(const QList<Summary> &rows, const QList<Due> &missed, qint64 nowMs)
{
    const auto spread = [](const Spread &s) {
        return QJsonObject{{QStringLiteral("count"), s.count},
                           {QStringLiteral("median_min"), s.median},
                           {QStringLiteral("p90_min"), s.p90}};
    };
    QJsonArray groups;
    for (const Summary &s : rows) {
        groups.append(QJsonObject{
            {QStringLiteral("group"), s.group},
            {QStringLiteral("incidents"), s.incidents},
            {QStringLiteral("to_acknowledge"), spread(s.toAcknowledge)},
            {QStringLiteral("to_describe"), spread(s.toDescribe)},
            {QStringLiteral("updates_due"), s.dues},
            {QStringLiteral("updates_on_time"), s.duesKept},
            {QStringLiteral("approval_delay"), spread(s.approvalDelay)},
            {QStringLiteral("decided"), s.decided},
            {QStringLiteral("sent_back"), s.sentBack},
            {QStringLiteral("to_resolve"), spread(s.toResolve)},
            {QStringLiteral("reporters"), s.reporters},
            {QStringLiteral("reporters_confirmed"), s.confirmedReporters},
            {QStringLiteral("to_confirm"), spread(s.toConfirm)},
            {QStringLiteral("reviews_due"), s.resolved},
            {QStringLiteral("reviewed"), s.reviewed},
            {QStringLiteral("reviewed_on_time"), s.reviewedOnTime},
            {QStringLiteral("actions_open"), s.actionsOpen},
            {QStringLiteral("actions_overdue"), s.actionsOverdue},
            {QStringLiteral("actions_done"), s.actionsDone},
            {QStringLiteral("reports"), s.reports},
            {QStringLiteral("customers"), s.customers},
        });
    }
    QJsonArray misses;
    for (const Due &d : missed) {
        misses.append(QJsonObject{{QStringLiteral("incident"), d.reference},
                                  {QStringLiteral("due"), iso(d.dueAt)},
                                  {QStringLiteral("delivered"), d.deliveredAt ? QJsonValue(iso(d.deliveredAt)) : QJsonValue()},
                                  {QStringLiteral("late_min"), double(d.lateMs(nowMs)) / kMinute}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("groups"), groups}, {QStringLiteral("misses"), misses}})
        .toJson(QJsonDocument::Indented);
}

} // namespace desk::PromiseMetrics
