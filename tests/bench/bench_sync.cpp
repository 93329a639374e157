// SPDX-License-Identifier: GPL-3.0-or-later
// Measures live sync: a commit on one workstation until it is visible in the triage model of
// every other. Each client is what the app runs: a change feed (its own thread and connection),
// a database worker and a TriageModel; the change reaches the model the way MainWindow routes it.
// Prints BENCH lines:
//   propagation_p50_ms, propagation_p99_ms, propagation_max_ms — over every (commit, client) pair
//   notify_roundtrip_ms — a bare LISTEN/NOTIFY round trip through libpq (PostgreSQL only), median
// Usage: bench_sync [--engine sqlite|postgres] [--database URL] [--clients N] [--commits M]
#include "benchsupport.h"

#include "store/database.h"
#include "store/dbworker.h"
#include "store/migrator.h"
#include "store/reportrepository.h"
#include "sync/changefeed.h"
#include "triage/triagemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <libpq-fe.h>
#include <sys/select.h>

#include <algorithm>

using namespace desk;
using namespace desk::bench;
using namespace desk::ui;

namespace {
const QString kCli = QStringLiteral(DESK_CLI_PATH);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

struct Client
{
    std::unique_ptr<DbWorker> worker;
    std::unique_ptr<TriageModel> model;
    std::unique_ptr<ChangeFeed> feed;
    int seen = -1; // the last commit number this client's model showed
};

/**
 * Runs the event loop until `done` (or the timeout). Unlike QTest::qWaitFor, which sleeps 10 ms
 * between rounds, events are handled the moment they arrive, so times recorded in slots are exact.
 */
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

/** LISTEN on one connection, NOTIFY on another, wait on the socket: libpq alone. */
double notifyRoundTrip(const DatabaseUrl &url)
{
    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5")
                                    .arg(url.host)
                                    .arg(url.port)
                                    .arg(url.database, url.user, url.password)
                                    .toUtf8();
    PGconn *listener = PQconnectdb(conninfo.constData());
    PGconn *sender = PQconnectdb(conninfo.constData());
    if (PQstatus(listener) != CONNECTION_OK || PQstatus(sender) != CONNECTION_OK)
        return -1;
    PQclear(PQexec(listener, "LISTEN bench_roundtrip"));
    QList<double> times;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        PQclear(PQexec(sender, "NOTIFY bench_roundtrip"));
        bool got = false;
        while (!got) {
            const int socket = PQsocket(listener);
            fd_set fds;
            FD_ZERO(&fds);
            FD_SET(socket, &fds);
            timeval tv{5, 0};
            if (select(socket + 1, &fds, nullptr, nullptr, &tv) <= 0)
                break;
            PQconsumeInput(listener);
            while (PGnotify *n = PQnotifies(listener)) {
                got = true;
                PQfreemem(n);
            }
        }
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    PQfinish(listener);
    PQfinish(sender);
    return percentile(times, 0.5);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures how fast a commit reaches the other workstations."));
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Workstations following the changes."),
                                     QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption commits(QStringLiteral("commits"), QStringLiteral("Commits to measure."),
                                     QStringLiteral("m"), QStringLiteral("60"));
    parser.addOptions({clients, commits});
    BenchDatabase::addOptions(parser, QStringLiteral("postgres"));
    parser.process(app);

    BenchDatabase bench;
    if (!bench.open(parser, QStringLiteral("bench_sync"), kCli))
        return 1;
    const QString location = bench.location();
    runMeasured(kCli, {QStringLiteral("-d"), location, QStringLiteral("demo"), QStringLiteral("--reports"),
                       QStringLiteral("2000"), QStringLiteral("--quiet")});
    const User writer{0, QStringLiteral("bench-writer"), {}, Role::Agent, true};
    ReportQuery all; // every status, newest first
    const int n = parser.value(clients).toInt();
    const int m = parser.value(commits).toInt();
    const QString name = bench.isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    report(QStringLiteral("%1_clients").arg(name), n, QStringLiteral("clients"));

    std::vector<Client> list(static_cast<size_t>(n));
    for (Client &c : list) {
        c.worker = std::make_unique<DbWorker>();
        QSignalSpy opened(c.worker.get(), &DbWorker::opened);
        c.worker->open(bench.url());
        if (!opened.wait(30000) || !opened.first().first().toBool()) {
            qCritical("a client could not connect");
            return 1;
        }
        c.model = std::make_unique<TriageModel>(c.worker.get());
        c.model->setQuery(all);
        c.feed = std::make_unique<ChangeFeed>();
        c.feed->start(bench.url());
    }
    for (Client &c : list) {
        if (!QTest::qWaitFor([&c] { return c.feed->isOnline() && !c.model->isLoading() && c.model->rowCount() > 0; }, 60000)) {
            qCritical("a client did not load");
            return 1;
        }
        c.model->data(c.model->index(0, 0)); // the first block, as a view showing the top would ask
    }
    for (Client &c : list) {
        if (!QTest::qWaitFor([&c] { return c.model->summaryAt(0) != nullptr; }, 30000)) {
            qCritical("a client did not load its first rows");
            return 1;
        }
    }
    const Id target = list.front().model->summaryAt(0)->id;

    QElapsedTimer clock;
    clock.start();
    QList<qint64> committedAt(m, 0);
    int current = -1;
    QList<double> latencies;
    for (Client &c : list) {
        Client *client = &c;
        // The app's routing: updated report ids go to the queue, which refetches them in place.
        QObject::connect(c.feed.get(), &ChangeFeed::changed, c.model.get(), [client](const QList<Change> &changes) {
            QList<Id> ids;
            for (const Change &ch : changes) {
                if (ch.table == QLatin1String("reports") && ch.op == QLatin1String("update"))
                    ids << ch.rowId;
            }
            if (!ids.isEmpty())
                client->model->refreshReports(ids);
        });
        QObject::connect(c.model.get(), &TriageModel::dataChanged, c.model.get(),
                         [client, &current, &committedAt, &latencies, &clock](const QModelIndex &from, const QModelIndex &) {
                             if (from.row() != 0 || current < 0 || client->seen >= current)
                                 return;
                             const bool claimed = !client->model->summaryAt(0)->claimedBy.isEmpty();
                             if (claimed != (current % 2 == 0))
                                 return; // an older state
                             client->seen = current;
                             latencies << double(clock.nsecsElapsed() - committedAt[current]) / 1e6;
                         });
    }

    ReportRepository reports(bench.db(), writer);
    for (int i = 0; i < m; ++i) {
        current = i;
        const Status s = (i % 2 == 0) ? Status(reports.claim(target).ok() ? Status() : Error::database(QStringLiteral("claim")))
                                      : reports.release(target);
        committedAt[i] = clock.nsecsElapsed();
        if (!s.ok()) {
            qCritical("the writer failed: %s", qPrintable(s.errorString()));
            return 1;
        }
        const bool all = spin([&] {
            return std::all_of(list.cbegin(), list.cend(), [i](const Client &c) { return c.seen >= i; });
        }, 10000);
        if (!all) {
            qCritical("commit %d did not reach every client", i);
            return 1;
        }
        // Commits a human pace apart and at random moments, so they do not lock onto a polling phase.
        spin([] { return false; }, 20 + int(QRandomGenerator::global()->bounded(300)));
    }
    report(QStringLiteral("propagation_p50_ms"), percentile(latencies, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("propagation_p99_ms"), percentile(latencies, 0.99), QStringLiteral("ms"));
    report(QStringLiteral("propagation_max_ms"), percentile(latencies, 1.0), QStringLiteral("ms"));
    report(QStringLiteral("propagation_samples"), double(latencies.size()), QStringLiteral("samples"));
    if (bench.isPostgres())
        report(QStringLiteral("notify_roundtrip_ms"), notifyRoundTrip(bench.url()), QStringLiteral("ms"));
    list.clear();
    return 0;
}
