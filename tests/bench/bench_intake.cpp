// SPDX-License-Identifier: GPL-3.0-or-later
// bench_intake: the real incident-desk-service under load, on a throwaway PostgreSQL with its
// durability on (or SQLite). Prints BENCH lines:
//   healthz_per_s               baseline: a bare libcurl loop against /healthz, same clients
//   pgbench_insert_per_s        baseline (PostgreSQL): pgbench, 16 clients, one report per transaction
//   intake_reports_per_s        POST /v1/reports, 16 keep-alive clients, each report stored (201)
//   intake_p99_ms               their 99th percentile latency
//   burst_50k_s                 50,000 reports sent at once (256 connections), until all are stored
//   spool_replay_per_s          (PostgreSQL) reports spooled while the database was away, written back
//   kill_acknowledged/_missing/_duplicates  the service killed (SIGKILL) during a burst, restarted:
//                               every report it answered 201/202 is stored exactly once
//   service_rss_mb              the service's peak resident memory
//   imap_1000_s                 1,000 mails in a real Dovecot (tests/imap-start.sh) read into reports
#include "benchsupport.h"
#include "intake/intakepipeline.h"
#include "intake/mailboxreader.h"
#include "store/intaketokenrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <curl/curl.h>

#include <csignal>
#include <functional>

using namespace desk;
using namespace desk::bench;

namespace {

size_t discard(char *, size_t size, size_t n, void *)
{
    return size * n;
}

size_t collect(char *data, size_t size, size_t n, void *out)
{
    static_cast<QByteArray *>(out)->append(data, qsizetype(size * n));
    return size * n;
}

struct Load
{
    double seconds = 0;
    double p99Ms = 0;
    int failures = 0;
    QList<int> acknowledged; // request numbers answered 200, 201 or 202
    int queued = 0;          // answered 202
};

/**
 * `total` requests over `clients` keep-alive connections, as fast as the server answers; the
 * body of request i is `body(i)`. `progress` is called after each answer with how many are done.
 */
Load drive(quint16 port, const char *path, int clients, int total, const std::function<QByteArray(int)> &body,
           curl_slist *headers, const std::function<void(int)> &progress = {})
{
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(clients));
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + path;
    std::vector<CURL *> easy(static_cast<size_t>(clients), nullptr);
    std::vector<qint64> started(static_cast<size_t>(clients));
    std::vector<int> current(static_cast<size_t>(clients));
    std::vector<QByteArray> bodies(static_cast<size_t>(clients));
    std::vector<double> latencies;
    latencies.reserve(size_t(total));
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    Load load;
    auto launch = [&](size_t i) {
        current[i] = sent++;
        if (body) {
            bodies[i] = body(current[i]);
            curl_easy_setopt(easy[i], CURLOPT_POSTFIELDS, bodies[i].constData());
            curl_easy_setopt(easy[i], CURLOPT_POSTFIELDSIZE, long(bodies[i].size()));
        }
        started[i] = clock.nsecsElapsed();
        curl_multi_add_handle(multi, easy[i]);
    };
    for (size_t i = 0; i < easy.size() && sent < total; ++i) {
        easy[i] = curl_easy_init();
        curl_easy_setopt(easy[i], CURLOPT_URL, url.c_str());
        curl_easy_setopt(easy[i], CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(easy[i], CURLOPT_WRITEFUNCTION, &discard);
        curl_easy_setopt(easy[i], CURLOPT_PRIVATE, reinterpret_cast<void *>(i));
        curl_easy_setopt(easy[i], CURLOPT_TIMEOUT, 60L);
        launch(i);
    }
    int done = 0;
    int running = 0;
    while (done < sent) {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &queued)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            void *p = nullptr;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &p);
            const auto i = reinterpret_cast<size_t>(p);
            long status = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            if (m->data.result == CURLE_OK && (status == 200 || status == 201 || status == 202)) {
                load.acknowledged.append(current[i]);
                load.queued += status == 202 ? 1 : 0;
            } else {
                ++load.failures;
            }
            latencies.push_back(double(clock.nsecsElapsed() - started[i]) / 1e6);
            curl_multi_remove_handle(multi, m->easy_handle);
            ++done;
            if (progress)
                progress(done);
            if (sent < total)
                launch(i);
        }
        curl_multi_poll(multi, nullptr, 0, 20, nullptr);
    }
    load.seconds = double(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty())
        load.p99Ms = latencies.at(size_t(double(latencies.size() - 1) * 0.99));
    for (CURL *e : easy) {
        if (e)
            curl_easy_cleanup(e);
    }
    curl_multi_cleanup(multi);
    return load;
}

QByteArray get(quint16 port, const char *path)
{
    QByteArray out;
    CURL *e = curl_easy_init();
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + path;
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &out);
    curl_easy_setopt(e, CURLOPT_TIMEOUT, 5L);
    const bool ok = curl_easy_perform(e) == CURLE_OK;
    curl_easy_cleanup(e);
    return ok ? out : QByteArray();
}

/** A Prometheus value from /metrics, or -1. */
double metric(quint16 port, const QByteArray &name)
{
    const QByteArray text = get(port, "/metrics");
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

QByteArray report(const QByteArray &prefix, int i)
{
    return R"({"external_ref":")" + prefix + QByteArray::number(i)
           + R"(","subject":"Checkout fails with error 500","body":"I tried to pay three times and the page shows an )"
             R"(error. Order 12345, card ending 4242. Please help.","customer_email":"customer)"
           + QByteArray::number(i) + R"(@example.org","language":"en"})";
}

double peakRssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

class ServiceProcess
{
public:
    ServiceProcess(QString program, QString config, QProcessEnvironment env)
        : m_program(std::move(program)), m_config(std::move(config)), m_env(std::move(env))
    {
    }
    ~ServiceProcess() { stop(); }
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(m_env);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_config + QStringLiteral(".log"), QIODevice::Append);
        const qsizetype before = this->log().size(); // an earlier run's lines stay in the file
        m_process->start(m_program, {QStringLiteral("--config"), m_config});
        QByteArray log;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && m_process->state() != QProcess::NotRunning && !log.contains("listening on")) {
            m_process->waitForFinished(50);
            log = this->log().mid(before);
        }
        if (!log.contains("listening on"))
            qCritical("the service did not start: %s", log.constData());
        return log.contains("listening on");
    }
    void kill()
    {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process->processId()), SIGTERM);
            m_process->waitForFinished(30000);
        }
    }
    qint64 pid() const { return m_process->processId(); }
    /** What it logged, every run. */
    QByteArray log() const
    {
        QFile f(m_config + QStringLiteral(".log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString m_program, m_config;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_process;
};

/** 1,000 mails placed in a throwaway Dovecot, then read into reports in one pass. */
bool measureMailbox(BenchDatabase &bench, const QString &spool)
{
    const QString envFile = spool + QStringLiteral(".imap.env");
    const Measured started = runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/imap-start.sh"), envFile});
    QFile env(envFile);
    if (started.exitCode != 0 || !env.open(QIODevice::ReadOnly)) {
        qWarning("no Dovecot, imap_1000_s not measured: %s", qPrintable(started.output));
        return qEnvironmentVariable("CI") != QLatin1String("true");
    }
    QHash<QString, QString> imap;
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        imap.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    const QString maildir = imap.value(QStringLiteral("DESK_TEST_IMAP_MAILDIR"));
    constexpr int kMails = 1000;
    for (int i = 0; i < kMails; ++i) {
        QFile mail(QStringLiteral("%1/new/%2.bench").arg(maildir).arg(i));
        if (!mail.open(QIODevice::WriteOnly))
            return false;
        mail.write(QByteArray("From: Customer ") + QByteArray::number(i) + " <c" + QByteArray::number(i)
                   + "@example.org>\r\nTo: support@example.org\r\nSubject: =?UTF-8?Q?Il_pagamento_non_funziona?=\r\n"
                     "Message-ID: <bench-" + QByteArray::number(i) + "@example.org>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                     "Buongiorno, da stamattina il pagamento non funziona e la pagina d=E0 errore 500.\r\nGrazie.\r\n");
    }
    IntakePipeline::Options options;
    options.database = bench.url();
    options.spoolPath = spool;
    IntakePipeline pipeline(options);
    MailboxSettings settings;
    settings.host = imap.value(QStringLiteral("DESK_TEST_IMAP_HOST"));
    settings.port = quint16(imap.value(QStringLiteral("DESK_TEST_IMAPS_PORT")).toUInt());
    settings.user = imap.value(QStringLiteral("DESK_TEST_IMAP_USER"));
    settings.password = imap.value(QStringLiteral("DESK_TEST_IMAP_PASSWORD"));
    settings.caFile = imap.value(QStringLiteral("DESK_TEST_IMAP_CA"));
    bool ok = pipeline.start().ok();
    QElapsedTimer t;
    t.start();
    int stored = 0;
    {
        MailboxReader reader(settings, pipeline);
        while (ok && stored < kMails && t.elapsed() < 120000) {
            auto pass = reader.readOnce();
            ok = pass.ok();
            stored += ok ? pass->reports : 0;
        }
    }
    desk::bench::report(QStringLiteral("imap_1000_s"), double(t.elapsed()) / 1000.0, QStringLiteral("s"));
    pipeline.stop();
    auto n = bench.db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'bench-%@example.org'"));
    desk::bench::report(QStringLiteral("imap_stored"), n.ok() ? n->toDouble() : -1, QStringLiteral("reports"));
    runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/imap-stop.sh"), envFile});
    return ok && n.ok() && n->toInt() == kMails;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the intake service: throughput, latency, a burst, the spool, a kill."));
    parser.addHelpOption();
    BenchDatabase::addOptions(parser, QStringLiteral("postgres"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Keep-alive clients (default 16)."),
                                           QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Reports in the steady run (default 30000)."),
                                            QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption burstOption(QStringLiteral("burst"), QStringLiteral("Reports sent at once (default 50000)."),
                                         QStringLiteral("n"), QStringLiteral("50000"));
    parser.addOptions({clientsOption, requestsOption, burstOption});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int requests = parser.value(requestsOption).toInt();
    const int burst = parser.value(burstOption).toInt();

    qputenv("DESK_PG_DURABLE", "1"); // commits reach the disk, as in production
    BenchDatabase bench;
    if (!bench.open(parser, QStringLiteral("desk_bench_intake"), QStringLiteral(DESK_CLI_PATH)))
        return 1;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("desk.*.info=true"));
    QString databaseText = bench.location();
    QString login;
    if (bench.isPostgres()) {
        // The service logs in as its own role, a member of desk_intake, as the README says.
        login = QStringLiteral("desk_bench_service");
        const QString password = QString::number(QRandomGenerator::system()->generate64(), 36);
        (void)bench.db().exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        if (!bench.db().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_intake").arg(login, password)).ok()) {
            qCritical("cannot create the service's role");
            return 1;
        }
        QDir().mkpath(dir.filePath(QStringLiteral("credentials")));
        QFile secret(dir.filePath(QStringLiteral("credentials/database-password")));
        if (!secret.open(QIODevice::WriteOnly))
            return 1;
        secret.write(password.toUtf8());
        secret.close();
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), dir.filePath(QStringLiteral("credentials")));
        DatabaseUrl url = bench.url();
        url.user = login;
        url.password.clear();
        databaseText = url.toString(false);
    }
    auto token = IntakeTokenRepository(bench.db(), User{0, QStringLiteral("bench"), {}, Role::Admin, true}).add(QStringLiteral("bench"), {});
    if (!token.ok()) {
        qCritical("%s", qPrintable(token.errorString()));
        return 1;
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    const QString config = dir.filePath(QStringLiteral("service.conf"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("[database]\nurl=%1\n[http]\nlisten=127.0.0.1:%2\nmax_connections=2048\n"
                               "[intake]\nspool_path=%3\nreports_per_minute_per_address=0\nreports_per_second_per_token=0\n")
                    .arg(databaseText)
                    .arg(port)
                    .arg(dir.filePath(QStringLiteral("spool.db")))
                    .toUtf8());
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, ("Authorization: Bearer " + token->secret.toStdString()).c_str());
    auto stored = [&](const char *prefix) {
        auto n = bench.db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE '%1%'").arg(QLatin1String(prefix)));
        return n.ok() ? n->toLongLong() : -1;
    };
    int status = 0;
    {
        ServiceProcess service(QStringLiteral(DESK_SERVICE_PATH), config, env);
        if (!service.start())
            return 1;
        const Load health = drive(port, "/healthz", clients, requests, {}, nullptr);
        report(QStringLiteral("healthz_per_s"), requests / health.seconds, QStringLiteral("requests/s"));

        if (bench.isPostgres()) {
            // What the engine's own tool does with one INSERT per transaction, for comparison.
            const QString script = dir.filePath(QStringLiteral("insert.sql"));
            QFile f(script);
            if (f.open(QIODevice::WriteOnly)) {
                f.write("INSERT INTO reports (external_ref, received_at, channel, customer_ref, customer_email, language, subject, "
                        "body, updated_at) VALUES ('PGB-' || :client_id || '-' || nextval('pgbench_ref'), 1, 'contact_form', 'c', "
                        "'customer@example.org', 'en', 'Checkout fails with error 500', 'I tried to pay three times and the page "
                        "shows an error. Order 12345, card ending 4242. Please help.', 1);\n");
                f.close();
            }
            (void)bench.db().exec(QStringLiteral("CREATE SEQUENCE IF NOT EXISTS pgbench_ref"));
            const QString pgbench = QStringLiteral("/usr/lib/postgresql/%1/bin/pgbench")
                                        .arg(bench.db().scalar(QStringLiteral("SHOW server_version_num"))->toInt() / 10000);
            const Measured run = runMeasured(pgbench, {QStringLiteral("-n"), QStringLiteral("-c"), QString::number(clients),
                                                       QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
                                                       QStringLiteral("8"), QStringLiteral("-f"), script, bench.location()});
            const QRegularExpression tps(QStringLiteral("tps = ([0-9.]+)"));
            const auto m = tps.match(run.output);
            if (m.hasMatch())
                report(QStringLiteral("pgbench_insert_per_s"), m.captured(1).toDouble(), QStringLiteral("reports/s"));
            else
                qWarning("pgbench did not run: %s", qPrintable(run.output.left(500)));
            (void)bench.db().exec(QStringLiteral("DROP SEQUENCE pgbench_ref"));
        }

        const Load steady = drive(port, "/v1/reports", clients, requests, [](int i) { return report("S-", i); }, headers);
        report(QStringLiteral("intake_reports_per_s"), requests / steady.seconds, QStringLiteral("reports/s"));
        report(QStringLiteral("intake_p99_ms"), steady.p99Ms, QStringLiteral("ms"));
        report(QStringLiteral("intake_failures"), steady.failures, QStringLiteral("requests"));
        report(QStringLiteral("intake_stored"), double(stored("S-")), QStringLiteral("reports"));
        status |= steady.failures > 0 || stored("S-") != requests;

        // Everyone at once: the answers come as the group commits land.
        QElapsedTimer t;
        t.start();
        const Load spike = drive(port, "/v1/reports", 256, burst, [](int i) { return report("B-", i); }, headers);
        while (stored("B-") < burst - spike.failures && t.elapsed() < 120000)
            QThread::msleep(20);
        report(QStringLiteral("burst_50k_s"), double(t.elapsed()) / 1000.0, QStringLiteral("s"));
        report(QStringLiteral("burst_failures"), spike.failures, QStringLiteral("requests"));
        report(QStringLiteral("burst_stored"), double(stored("B-")), QStringLiteral("reports"));
        report(QStringLiteral("burst_commits"), metric(port, "desk_intake_commits_total"), QStringLiteral("transactions"));
        status |= spike.failures > 0 || stored("B-") != burst;

        if (bench.isPostgres()) {
            // The database goes away: reports are spooled (202); back, the spool is written.
            DatabaseUrl serverUrl = bench.url();
            serverUrl.database = QStringLiteral("postgres");
            auto server = Database::open(serverUrl);
            const QString name = bench.url().database;
            (void)server.value()->exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(name));
            (void)server.value()->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"), {login});
            const int spooled = 20000;
            const Load away = drive(port, "/v1/reports", clients, spooled, [](int i) { return report("P-", i); }, headers);
            report(QStringLiteral("spool_accept_per_s"), spooled / away.seconds, QStringLiteral("reports/s"));
            report(QStringLiteral("spool_queued"), away.queued, QStringLiteral("reports"));
            (void)server.value()->exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(name));
            t.start();
            while (metric(port, "desk_intake_spool_depth") != 0 && t.elapsed() < 120000)
                QThread::msleep(10);
            report(QStringLiteral("spool_replay_per_s"), away.queued / (double(t.elapsed()) / 1000.0), QStringLiteral("reports/s"));
            report(QStringLiteral("spool_stored"), double(stored("P-")), QStringLiteral("reports"));
            status |= stored("P-") != spooled;
        }
        report(QStringLiteral("service_rss_mb"), peakRssMb(service.pid()), QStringLiteral("MB"));

        // Killed outright halfway through a burst, then started again.
        const int kill = 20000;
        const Load killed = drive(port, "/v1/reports", 64, kill, [](int i) { return report("K-", i); }, headers, [&](int done) {
            if (done == kill / 2)
                service.kill();
        });
        if (!service.start())
            return 1;
        t.start();
        while (metric(port, "desk_intake_spool_depth") != 0 && t.elapsed() < 60000)
            QThread::msleep(20);
        QSet<QString> present;
        qint64 duplicates = 0;
        auto rows = bench.db().exec(QStringLiteral("SELECT external_ref, count(*) FROM reports WHERE external_ref LIKE 'K-%' GROUP BY external_ref"));
        while (rows.ok() && rows.value().next()) {
            present.insert(rows.value().value(0).toString());
            duplicates += rows.value().value(1).toLongLong() - 1;
        }
        int missing = 0;
        for (const int i : std::as_const(killed.acknowledged))
            missing += present.contains(QStringLiteral("K-%1").arg(i)) ? 0 : 1;
        report(QStringLiteral("kill_acknowledged"), killed.acknowledged.size(), QStringLiteral("reports"));
        report(QStringLiteral("kill_missing"), missing, QStringLiteral("reports"));
        report(QStringLiteral("kill_duplicates"), double(duplicates), QStringLiteral("reports"));
        status |= missing > 0 || duplicates > 0;
        service.stop();
        if (status != 0 || qEnvironmentVariableIsSet("DESK_BENCH_SERVICE_LOG"))
            fprintf(stderr, "the service's log:\n%s\n", service.log().constData());
    }
    curl_slist_free_all(headers);
    curl_global_cleanup();
    status |= !measureMailbox(bench, dir.filePath(QStringLiteral("mail-spool.db")));
    if (bench.isPostgres())
        (void)bench.db().exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(login));
    return status;
}
