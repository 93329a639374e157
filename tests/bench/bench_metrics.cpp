// SPDX-License-Identifier: GPL-3.0-or-later
// bench_metrics: the promise metrics over a year of history (5,000 incidents, 1,000,000 reports),
// on SQLite or PostgreSQL (--engine postgres). Prints BENCH lines:
//   history_load_s             writing the history (setup, not a floor)
//   metrics_year_ms            MetricsRepository::facts for the last 12 months (median of 5; floor ≤ 300)
//   grouping_ms                the dashboard's grouping of those facts (pool thread)
//   baseline_reports_ms        the engine's own shell (sqlite3, psql) grouping the reports per incident,
//                              process start included: the raw cost of the heaviest part
//   dashboard_first_paint_ms   from choosing the period to the dashboard drawn (floor ≤ 500)
//   gui_max_stall_ms           the longest the GUI thread was busy meanwhile (floor ≤ 16)
#include "benchsupport.h"
#include "core/clock.h"
#include "metrics/dashboardpage.h"
#include "store/dbworker.h"
#include "store/metricsrepository.h"
#include "tools/history.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>

using namespace desk;
using namespace desk::bench;
using namespace desk::ui;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the promise metrics and the dashboard over a year of history."));
    parser.addHelpOption();
    const QCommandLineOption incidents(QStringLiteral("incidents"), QStringLiteral("Incidents in the year."), QStringLiteral("n"),
                                       QStringLiteral("5000"));
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Reports in the year."), QStringLiteral("n"),
                                     QStringLiteral("1000000"));
    parser.addOptions({incidents, reports});
    BenchDatabase::addOptions(parser);
    parser.process(app);

    BenchDatabase bench;
    if (!bench.open(parser, QStringLiteral("bench_metrics"), QString()))
        return 1;
    const qint64 now = Clock::nowMs();
    auto present = bench.db().scalar(QStringLiteral("SELECT count(*) FROM incidents"));
    if (!present.ok()) {
        qCritical("%s", qPrintable(present.errorString()));
        return 1;
    }
    if (present.value().toLongLong() < parser.value(incidents).toLongLong()) {
        HistoryOptions options;
        options.incidents = parser.value(incidents).toInt();
        options.reports = parser.value(reports).toLongLong();
        options.endMs = now;
        QElapsedTimer load;
        load.start();
        auto plan = HistoryGenerator(bench.db(), options).run();
        if (!plan.ok()) {
            qCritical("history: %s", qPrintable(plan.errorString()));
            return 1;
        }
        report(QStringLiteral("history_load_s"), double(load.elapsed()) / 1000.0, QStringLiteral("s"));
        (void)bench.db().exec(QStringLiteral("ANALYZE"));
    }

    const qint64 from = QDateTime::fromMSecsSinceEpoch(now).addDays(-365).toMSecsSinceEpoch();
    QList<double> runs;
    PromiseMetrics::Facts facts;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto computed = MetricsRepository(bench.db()).facts(from, now + 1, now);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!computed.ok()) {
            qCritical("metrics: %s", qPrintable(computed.errorString()));
            return 1;
        }
        if (i > 0) // the first run warms the caches
            runs << ms;
        facts = computed.value();
    }
    std::sort(runs.begin(), runs.end());
    report(QStringLiteral("metrics_year_ms"), runs.at(runs.size() / 2), QStringLiteral("ms"));
    report(QStringLiteral("metrics_year_incidents"), double(facts.incidents.size()), QStringLiteral("incidents"));
    QElapsedTimer grouping;
    grouping.start();
    const PromiseMetrics::Dashboard d = PromiseMetrics::dashboard(facts, PromiseMetrics::Filter());
    report(QStringLiteral("grouping_ms"), double(grouping.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    report(QStringLiteral("metrics_year_reports"), double(d.whole.reports), QStringLiteral("reports"));

    // The heaviest part through the engine's own shell.
    const QString rawSql = QStringLiteral(
        "SELECT incident_id, count(*), count(DISTINCT CASE WHEN customer_ref <> '' THEN 'r:' || customer_ref "
        "WHEN customer_email <> '' THEN 'e:' || lower(customer_email) ELSE 'n:' || CAST(id AS TEXT) END), "
        "min(received_at) FROM reports WHERE incident_id IS NOT NULL GROUP BY incident_id");
    const DatabaseUrl &url = bench.url();
    Measured raw;
    if (url.engine == Engine::Postgres) {
        qputenv("PGPASSWORD", url.password.toUtf8());
        raw = runMeasured(QStringLiteral("psql"), {QStringLiteral("-h"), url.host, QStringLiteral("-p"), QString::number(url.port),
                                                   QStringLiteral("-U"), url.user, QStringLiteral("-d"), url.database,
                                                   QStringLiteral("-qAt"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                   QStringLiteral("-c"), rawSql});
    } else {
        raw = runMeasured(QStringLiteral("sqlite3"), {url.path, rawSql});
    }
    if (raw.exitCode != 0) {
        qCritical("baseline failed: %s", qPrintable(raw.output));
        return 1;
    }
    report(QStringLiteral("baseline_reports_ms"), raw.seconds * 1000.0, QStringLiteral("ms"));

    // The dashboard: from choosing the period to the figures drawn, and the GUI thread meanwhile.
    DbWorker worker;
    QSignalSpy opened(&worker, &DbWorker::opened);
    worker.open(url);
    if (!opened.wait(30000) || !opened.first().first().toBool()) {
        qCritical("the worker could not open the database");
        return 1;
    }
    const User lead{0, QStringLiteral("bench-lead"), {}, Role::Lead, true};
    DashboardPage page(Session{lead, url, &worker});
    page.resize(1400, 1000);
    page.show();
    spin(300); // fonts and styles load once, before anything is measured
    bool drawn = false;
    QObject::connect(&page, &DashboardPage::shown, &page, [&] { drawn = true; });
    StallMeter stall;
    stall.phase = QStringLiteral("dashboard");
    QElapsedTimer paint;
    paint.start();
    page.findChild<QComboBox *>(QStringLiteral("periodCombo"))->setCurrentIndex(2); // the last 12 months
    if (!waitFor([&] { return drawn; })) {
        qCritical("the dashboard did not show its figures");
        return 1;
    }
    page.repaint();
    report(QStringLiteral("dashboard_first_paint_ms"), double(paint.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    spin(100);
    report(QStringLiteral("gui_max_stall_ms"), stall.maxMs(), QStringLiteral("ms"));
    report(QStringLiteral("peak_rss_mb"), peakRssMb(), QStringLiteral("MB"));
    return 0;
}
