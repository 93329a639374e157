// SPDX-License-Identifier: GPL-3.0-or-later
// bench_triage: the triage queue on a large database, through the real model and a real view.
// Prints BENCH lines: first_rows_ms, filter_ms, search_ms, jump_last_ms, gui_max_stall_ms,
// peak_rss_mb, raw_query_ms, qsqltablemodel_first_rows_ms, suggest_ms, rank_all_ms.
#include "benchsupport.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"
#include "triage/suggester.h"
#include "triage/triagemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace desk;
using namespace desk::bench;
using namespace desk::ui;

namespace {

const QString kCli = QStringLiteral(DESK_CLI_PATH);

/** From setting a query to the first rows drawn in the view. */
double timeFirstRows(TriageModel &model, QTableView &view, const ReportQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    const auto connection = QObject::connect(&model, &TriageModel::queryLoaded, [](qint64, qint64 queryMs) {
        if (qEnvironmentVariableIsSet("DESK_BENCH_VERBOSE"))
            qInfo("  first page query: %lld ms", queryMs);
    });
    model.setQuery(query);
    waitFor([&] { return !model.isLoading() && (model.rowCount() == 0 || model.data(model.index(0, 0), TriageModel::LoadedRole).toBool()); });
    view.viewport()->repaint();
    QObject::disconnect(connection);
    return double(timer.nsecsElapsed()) / 1e6;
}

void addOpenIncidents(Database &db, int count)
{
    const QString words = QStringLiteral("'payments','login','orders','search','shipping','catalogue','invoices','refunds'");
    if (db.isPostgres()) {
        (void)db.exec(QStringLiteral(
            "INSERT INTO incidents (reference, title, description, state, created_at, updated_at) "
            "SELECT 'BENCH-' || g, (ARRAY[%1])[1 + g % 8] || ' problem number ' || g, "
            "'Customers report ' || (ARRAY[%1])[1 + (g / 8) % 8] || ' failures', 'investigating', "
            "desk_now_ms() - g * 60000, desk_now_ms() FROM generate_series(1, %2) g")
                          .arg(words)
                          .arg(count));
    } else {
        (void)db.exec(QStringLiteral(
            "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %1) "
            "INSERT INTO incidents (reference, title, description, state, created_at, updated_at) "
            "SELECT 'BENCH-' || n, json_extract('[%2]', '$[' || (n % 8) || ']') || ' problem number ' || n, "
            "'Customers report ' || json_extract('[%2]', '$[' || ((n / 8) % 8) || ']') || ' failures', 'investigating', "
            "0, 0 FROM g")
                          .arg(count)
                          .arg(QString(words).replace(u'\'', u'"')));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the triage queue on a large database."));
    parser.addHelpOption();
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Demo reports to load first if the database has fewer."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOption(reports);
    BenchDatabase::addOptions(parser);
    parser.process(app);

    BenchDatabase bench;
    if (!bench.open(parser, QStringLiteral("bench_triage"), kCli))
        return 1;
    const QString location = bench.location();
    const DatabaseUrl *url = &bench.url();
    const qint64 want = parser.value(reports).toLongLong();
    const qint64 have = ReportRepository(bench.db(), User{}).count().value_or(0);
    if (have < want) {
        const Measured demo = runMeasured(kCli, {QStringLiteral("-d"), location, QStringLiteral("demo"), QStringLiteral("--reports"),
                                                 QString::number(want - have), QStringLiteral("--seed"),
                                                 QString::number(have + 7), QStringLiteral("--quiet")});
        if (demo.exitCode != 0) {
            qCritical("demo failed: %s", qPrintable(demo.output));
            return 1;
        }
    }
    const QString name = bench.isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    report(QStringLiteral("%1_reports").arg(name), double(ReportRepository(bench.db(), User{}).count().value_or(0)),
           QStringLiteral("reports"));

    DbWorker worker;
    QSignalSpy opened(&worker, &DbWorker::opened);
    worker.open(bench.url());
    opened.wait(30000);
    TriageModel model(&worker);
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->hide(); // as in the triage page
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.show();
    spin(200); // first paint: fonts and styles load once, before anything is measured
    StallMeter stall;

    ReportQuery open;
    open.statuses = {ReportStatus::New, ReportStatus::Claimed};
    stall.phase = QStringLiteral("first rows");
    report(QStringLiteral("first_rows_ms"), timeFirstRows(model, view, open), QStringLiteral("ms"));

    stall.phase = QStringLiteral("filter");
    ReportQuery filtered = open;
    filtered.languages = {Language::It};
    filtered.serviceKeys = {QStringLiteral("login")};
    report(QStringLiteral("filter_ms"), timeFirstRows(model, view, filtered), QStringLiteral("ms"));

    stall.phase = QStringLiteral("search");
    ReportQuery searched;
    searched.text = QStringLiteral("carta");
    report(QStringLiteral("search_ms"), timeFirstRows(model, view, searched), QStringLiteral("ms"));

    // Everything, newest first; wait for the whole id list, then jump to the end.
    stall.phase = QStringLiteral("all reports");
    (void)timeFirstRows(model, view, ReportQuery{});
    waitFor([&] { return model.isComplete(); });
    QElapsedTimer timer;
    stall.phase = QStringLiteral("jump");
    timer.start();
    view.scrollToBottom();
    const int last = model.rowCount() - 1;
    waitFor([&] { return model.data(model.index(last, 0), TriageModel::LoadedRole).toBool(); });
    view.viewport()->repaint();
    report(QStringLiteral("jump_last_ms"), double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));

    // Scroll through the whole queue in 300 steps, drawing each, then change filters.
    stall.phase = QStringLiteral("scrolling");
    QScrollBar *bar = view.verticalScrollBar();
    for (int step = 0; step <= 300; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / 300));
        spin(2);
    }
    stall.phase = QStringLiteral("filters again");
    for (const ReportQuery &q : {open, filtered, searched, ReportQuery{}})
        (void)timeFirstRows(model, view, q);
    report(QStringLiteral("gui_max_stall_ms"), stall.maxMs(), QStringLiteral("ms"));
    qInfo("longest stall during: %s", qPrintable(stall.where()));
    report(QStringLiteral("peak_rss_mb"), peakRssMb(), QStringLiteral("MB"));

    // The same first query through the engine's own shell.
    const QString rawSql = QStringLiteral("SELECT id FROM reports r WHERE r.status IN ('new', 'claimed') "
                                          "ORDER BY r.received_at DESC, r.id DESC LIMIT 1000");
    Measured raw;
    if (url->engine == Engine::Postgres) {
        qputenv("PGPASSWORD", url->password.toUtf8());
        raw = runMeasured(QStringLiteral("psql"), {QStringLiteral("-h"), url->host, QStringLiteral("-p"), QString::number(url->port),
                                                   QStringLiteral("-U"), url->user, QStringLiteral("-d"), url->database,
                                                   QStringLiteral("-qAt"), QStringLiteral("-c"), rawSql});
    } else {
        raw = runMeasured(QStringLiteral("sqlite3"), {url->path, rawSql});
    }
    report(QStringLiteral("raw_query_ms"), raw.seconds * 1000.0, QStringLiteral("ms"));

    // Suggestions against 10,000 open incidents.
    addOpenIncidents(bench.db(), 10000);
    Report sample;
    sample.subject = QStringLiteral("Login fails with two-factor codes");
    sample.body = QStringLiteral("I cannot log in: the login code is refused");
    sample.serviceKey = QStringLiteral("login");
    sample.receivedAt = Clock::now();
    IncidentSuggester suggester(bench.db());
    (void)suggester.forReport(sample);
    timer.restart();
    for (int i = 0; i < 20; ++i)
        (void)suggester.forReport(sample);
    report(QStringLiteral("suggest_ms"), double(timer.nsecsElapsed()) / 1e6 / 20, QStringLiteral("ms"));
    QList<IncidentSuggester::Candidate> all;
    for (int i = 0; i < 10000; ++i)
        all.append({i, QStringLiteral("BENCH-%1").arg(i), QStringLiteral("Login problem number %1").arg(i),
                    QStringLiteral("Login problem number %1 customers report login failures").arg(i),
                    {i % 8 == 1 ? QStringLiteral("login") : QStringLiteral("orders")}, Clock::now().addSecs(-60 * i)});
    timer.restart();
    (void)IncidentSuggester::rank(sample, all, 5);
    report(QStringLiteral("rank_all_ms"), double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));

    // Qt's default approach on the same data: QSqlTableModel + QSortFilterProxyModel, on the GUI thread.
    {
        timer.restart();
        QSqlTableModel table(nullptr, bench.db().sql());
        table.setTable(QStringLiteral("reports"));
        table.setFilter(QStringLiteral("status IN ('new', 'claimed')"));
        table.select();
        while (table.canFetchMore())
            table.fetchMore();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(table.fieldIndex(QStringLiteral("received_at")), Qt::DescendingOrder);
        QTableView baseline;
        baseline.setModel(&proxy);
        baseline.show();
        baseline.viewport()->repaint();
        report(QStringLiteral("qsqltablemodel_first_rows_ms"), double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    }
    return 0;
}
