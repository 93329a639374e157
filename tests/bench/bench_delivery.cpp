// SPDX-License-Identifier: GPL-3.0-or-later
// bench_delivery: messages to reporters sent by the real service to a real SMTP server on this
// machine (tests/smtp-sink.py, aiosmtpd). Prints BENCH lines:
//   mail_10k_s            10,000 resolution confirmations: from the service's start to the last
//                         one accepted (one connection reused; floor ≤ 60)
//   mail_per_s            the same as a rate
//   service_rss_mb        the service's peak resident memory meanwhile (floor ≤ 150)
//   baseline_smtplib_10k_s  the raw baseline: a bare Python smtplib loop sending 10,000 messages
//                         of the same size over one connection to the same server
// Options: --engine sqlite|postgres (default sqlite), --count N.
#include "benchsupport.h"
#include "smtpsink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace desk;

namespace {
double peakRssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    bench::BenchDatabase::addOptions(parser);
    parser.addOption({QStringLiteral("count"), QStringLiteral("Messages to send."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();

    bench::BenchDatabase database;
    if (!database.open(parser, QStringLiteral("delivery"), QStringLiteral(DESK_CLI_PATH)))
        return 1;
    Database &db = database.db();
    const bool pg = db.isPostgres();
    // An incident resolved, its reporters linked, its resolution published: the database makes the jobs.
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (const QString &sql : {QStringLiteral("INSERT INTO incidents (reference, title, description, state, created_at, resolved_at, "
                                              "updated_at) VALUES ('INC-2026-0001', 'Checkout fails', 'Payments were refused.', "
                                              "'resolved', %1, %1, %1)").arg(now),
                               pg ? QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, customer_name, "
                                                   "customer_email, language, subject, body, status, incident_id, updated_at) "
                                                   "SELECT 'R-' || n, %1, 'contact_form', 'Customer ' || n, 'r' || n || "
                                                   "'@customers.example', (ARRAY['it','en','fr','de','es'])[1 + n %% 5], 's', 'b', "
                                                   "'linked', 1, %1 FROM generate_series(1, %2) AS n").arg(now).arg(count).replace(QStringLiteral("%%"), QStringLiteral("%"))
                                  : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < %2) "
                                                   "INSERT INTO reports (external_ref, received_at, channel, customer_name, "
                                                   "customer_email, language, subject, body, status, incident_id, updated_at) "
                                                   "SELECT 'R-' || n, %1, 'contact_form', 'Customer ' || n, 'r' || n || "
                                                   "'@customers.example', CASE n % 5 WHEN 0 THEN 'it' WHEN 1 THEN 'en' WHEN 2 THEN "
                                                   "'fr' WHEN 3 THEN 'de' ELSE 'es' END, 's', 'b', 'linked', 1, %1 FROM s").arg(now).arg(count),
                               QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                                              "VALUES (1, 'resolution', 'approved', 'bench', %1, %1)").arg(now),
                               QStringLiteral("UPDATE updates SET status = 'published', published_at = %1 WHERE id = 1").arg(now)}) {
        if (auto q = db.exec(sql); !q.ok()) {
            std::fprintf(stderr, "bench_delivery: %s\n", qPrintable(q.errorString()));
            return 1;
        }
    }
    const qint64 jobs = db.scalar(QStringLiteral("SELECT count(*) FROM mail_jobs WHERE state = 'pending'")).value_or(0).toLongLong();
    if (jobs != count) {
        std::fprintf(stderr, "bench_delivery: %lld jobs made for %d reporters\n", jobs, count);
        return 1;
    }

    test::SmtpSink sink;
    QString error;
    if (!sink.start(&error)) {
        std::fprintf(stderr, "bench_delivery: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    QTcpServer probe; // a free port for the service's HTTP side
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 httpPort = probe.serverPort();
    probe.close();
    // The service takes no password in its configuration: a file only it may read.
    QString databaseLine = database.location();
    if (database.url().engine == Engine::Postgres) {
        const QString secret = dir.filePath(QStringLiteral("database-password"));
        QFile password(secret);
        if (!password.open(QIODevice::WriteOnly))
            return 1;
        password.write(database.url().password.toUtf8());
        password.close();
        password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        databaseLine = database.url().toString(false) + QStringLiteral("\npassword_file=") + secret;
    }
    const QString config = dir.filePath(QStringLiteral("service.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral("[database]\nurl=%1\n[http]\nlisten=127.0.0.1:%4\n[intake]\nspool_path=%2\n"
                              "[mail]\nhost=127.0.0.1\nport=%3\nsecurity=none\nfrom_address=noreply@shop.example\n"
                              "reply_to=support@shop.example\nhelp_center_url=https://help.shop.example/\n")
                   .arg(databaseLine, dir.filePath(QStringLiteral("spool.db")))
                   .arg(sink.port())
                   .arg(httpPort)
                   .toUtf8());
    file.close();
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    service.start(QStringLiteral(DESK_SERVICE_PATH), {QStringLiteral("--config"), config});
    double rss = 0;
    const bool done = QTest::qWaitFor([&] {
        rss = std::max(rss, peakRssMb(service.processId()));
        return db.scalar(QStringLiteral("SELECT count(*) FROM mail_jobs WHERE state = 'sent'")).value_or(0).toLongLong() == count
               || service.state() == QProcess::NotRunning;
    }, 600000);
    const double seconds = double(clock.elapsed()) / 1000.0;
    rss = std::max(rss, peakRssMb(service.processId()));
    service.terminate();
    service.waitForFinished(15000);
    if (!done || sink.received().size() != count) {
        std::fprintf(stderr, "bench_delivery: %lld of %d messages arrived\n", qint64(sink.received().size()), count);
        return 1;
    }
    bench::report(QStringLiteral("mail_%1k_s").arg(count / 1000), seconds, QStringLiteral("s"));
    bench::report(QStringLiteral("mail_per_s"), count / seconds, QStringLiteral("messages/s"));
    bench::report(QStringLiteral("service_rss_mb"), rss, QStringLiteral("MB"));

    // The raw baseline: the same server, the same message size, a bare smtplib loop.
    const QByteArray sample = sink.received().first().bytes;
    QFile sampleFile(dir.filePath(QStringLiteral("sample.eml")));
    if (!sampleFile.open(QIODevice::WriteOnly))
        return 1;
    sampleFile.write(sample);
    sampleFile.close();
    QProcess baseline;
    baseline.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clock.restart();
    baseline.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import smtplib,sys\nm=open(sys.argv[1],'rb').read()\ns=smtplib.SMTP('127.0.0.1',int(sys.argv[2]))\n"
                                   "for i in range(int(sys.argv[3])): s.sendmail('noreply@shop.example',['b%d@customers.example'%i],m)\n"
                                   "s.quit()\n"),
                    sampleFile.fileName(), QString::number(sink.port()), QString::number(count)});
    if (!baseline.waitForFinished(600000) || baseline.exitCode() != 0)
        return 1;
    bench::report(QStringLiteral("baseline_smtplib_%1k_s").arg(count / 1000), double(clock.elapsed()) / 1000.0, QStringLiteral("s"));
    return 0;
}
