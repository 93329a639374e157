// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-cli metrics: whether the promises were kept in a period, as a table, CSV or JSON.
#include "clisupport.h"

#include "core/clock.h"
#include "metrics/promisemetrics.h"
#include "store/metricsrepository.h"

#include <QCoreApplication>
#include <QDate>

namespace desk::cli {

namespace {

QString minutes(const PromiseMetrics::Spread &s)
{
    if (!s.count)
        return QStringLiteral("—");
    return Cli::tr("%1 min (90%: %2)").arg(QString::number(s.median, 'f', 0), QString::number(s.p90, 'f', 0));
}

QString share(int part, int whole)
{
    return whole ? QStringLiteral("%1% (%2/%3)")
                       .arg(QString::number(100.0 * part / whole, 'f', 1))
                       .arg(part)
                       .arg(whole)
                 : QStringLiteral("—");
}
} // namespace

int runMetrics(const QStringList &arguments, const QString &database)
{
    using namespace PromiseMetrics;
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        Cli::tr("First day of the period (YYYY-MM-DD; default: 30 days ago)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
        Cli::tr("Last day of the period, included (YYYY-MM-DD; default: today)."), QStringLiteral("date"));
    const QCommandLineOption by(QStringLiteral("by"),
        Cli::tr("Group by week, month, service, impact or language."), QStringLiteral("grouping"));
    const QCommandLineOption service(QStringLiteral("service"),
        Cli::tr("Only incidents of this service (its key)."), QStringLiteral("key"));
    const QCommandLineOption impact(QStringLiteral("impact"),
        Cli::tr("Only incidents of this impact (none, minor, major, critical)."), QStringLiteral("level"));
    const QCommandLineOption language(QStringLiteral("language"),
        Cli::tr("Only incidents whose first report is in this language."), QStringLiteral("code"));
    const QCommandLineOption reviewDays(QStringLiteral("review-days"),
        Cli::tr("Days after the resolution the review is due (default 5)."), QStringLiteral("days"),
        QStringLiteral("5"));
    const QCommandLineOption json(
        QStringLiteral("json"), Cli::tr("Print JSON: the groups and every missed update."));
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Print CSV of the groups."));
    const QCommandLineOption missesCsv(
        QStringLiteral("misses-csv"), Cli::tr("Print CSV of the missed updates instead."));
    parser.addOptions({ from, to, by, service, impact, language, reviewDays, json, csv, missesCsv });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Whether the promises were kept: time to acknowledge and to describe the impact, updates "
                "delivered on time, approval delays, time to resolve, confirmations, reviews and preventive "
                "actions. Times count from the moment the Help Center confirmed an update."),
            &code))
        return code;
    const QDate today = Clock::now().toUTC().date();
    const QDate first
        = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : today.addDays(-30);
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : today;
    if (!first.isValid() || !last.isValid())
        return fail(Cli::tr("Give dates as YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-12-31."), Usage);
    if (last < first)
        return fail(Cli::tr("The period ends before it starts."), Usage);
    Grouping grouping = Grouping::Whole;
    const QString byValue = parser.value(by);
    static const QList<std::pair<QString, Grouping>> groupings { { QStringLiteral("week"), Grouping::Week },
        { QStringLiteral("month"), Grouping::Month }, { QStringLiteral("service"), Grouping::Service },
        { QStringLiteral("impact"), Grouping::Impact }, { QStringLiteral("language"), Grouping::Language } };
    if (!byValue.isEmpty()) {
        const auto it = std::find_if(
            groupings.begin(), groupings.end(), [&](const auto &g) { return g.first == byValue; });
        if (it == groupings.end())
            return fail(
                Cli::tr("Group by week, month, service, impact or language, not '%1'.").arg(byValue), Usage);
        grouping = it->second;
    }
    bool daysOk = false;
    Filter filter;
    filter.service = parser.value(service);
    filter.impact = parser.value(impact);
    filter.language = parser.value(language);
    filter.reviewTargetDays = parser.value(reviewDays).toInt(&daysOk);
    if (!daysOk || filter.reviewTargetDays < 0)
        return fail(Cli::tr("--review-days takes a number of days."), Usage);

    auto db = openDatabase(database, false);
    if (!db.ok())
        return fail(db.errorString());
    const qint64 now = Clock::nowMs();
    const qint64 fromMs = first.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = last.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    auto facts = MetricsRepository(*db.value()).facts(fromMs, toMs, now);
    if (!facts.ok())
        return fail(facts.errorString());
    const QList<Summary> rows = grouping == Grouping::Whole
        ? QList<Summary> { summarize(facts.value(), filter, first.toString(Qt::ISODate)) }
        : grouped(facts.value(), filter, grouping);
    const QList<Due> missed = misses(facts.value(), filter);
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(toJson(rows, missed, now)) << Qt::flush;
        return Ok;
    }
    if (parser.isSet(csv)) {
        out() << QString::fromUtf8(summariesCsv(rows)) << Qt::flush;
        return Ok;
    }
    if (parser.isSet(missesCsv)) {
        out() << QString::fromUtf8(PromiseMetrics::missesCsv(missed, now)) << Qt::flush;
        return Ok;
    }
    out()
        << Cli::tr("Promises kept from %1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
        << "\n";
    for (const Summary &s : rows) {
        if (grouping != Grouping::Whole)
            out() << "\n== " << (s.group.isEmpty() ? Cli::tr("(none)") : s.group) << " ==\n";
        out() << Cli::tr("Incidents: %1 · reports: %2 · customers: %3")
                     .arg(s.incidents)
                     .arg(s.reports)
                     .arg(s.customers)
              << "\n"
              << Cli::tr("Time to acknowledge: %1").arg(minutes(s.toAcknowledge)) << "\n"
              << Cli::tr("Time to describe the impact: %1").arg(minutes(s.toDescribe)) << "\n"
              << Cli::tr("Daily updates on time: %1").arg(share(s.duesKept, s.dues)) << "\n"
              << Cli::tr("Approval delay: %1 · sent back for changes: %2")
                     .arg(minutes(s.approvalDelay), share(s.sentBack, s.decided))
              << "\n"
              << Cli::tr("Time to resolve: %1").arg(minutes(s.toResolve)) << "\n"
              << Cli::tr("Reporters confirmed: %1 · after the resolution: %2")
                     .arg(share(s.confirmedReporters, s.reporters), minutes(s.toConfirm))
              << "\n"
              << Cli::tr("Reviews within %n day(s): %1", nullptr, filter.reviewTargetDays)
                     .arg(share(s.reviewedOnTime, s.resolved))
              << "\n"
              << Cli::tr("Preventive actions: %1 open (%2 overdue), %3 done")
                     .arg(s.actionsOpen)
                     .arg(s.actionsOverdue)
                     .arg(s.actionsDone)
              << "\n";
    }
    out() << "\n" << Cli::tr("Missed updates: %1").arg(missed.size()) << "\n";
    for (const Due &d : missed.mid(0, 10)) {
        out() << "  " << d.reference << "  "
              << Cli::tr("due %1, %2, %3 h late")
                     .arg(QDateTime::fromMSecsSinceEpoch(d.dueAt, Qt::UTC).toString(Qt::ISODate),
                         d.deliveredAt ? Cli::tr("delivered %1")
                                             .arg(QDateTime::fromMSecsSinceEpoch(d.deliveredAt, Qt::UTC)
                                                      .toString(Qt::ISODate))
                                       : Cli::tr("not delivered"),
                         QString::number(d.lateMs(now) / 3600000.0, 'f', 1))
              << "\n";
    }
    out() << Qt::flush;
    return Ok;
}

} // namespace desk::cli
