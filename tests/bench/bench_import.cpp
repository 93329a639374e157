// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: `incident-desk-cli demo --reports N` into a fresh SQLite file and a fresh PostgreSQL
// database (reports per second, peak memory of the CLI), then the engine's own loader (sqlite3
// shell, psql \copy) loading the same rows into the same schema, for the ratio.
#include "benchsupport.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

using namespace desk;
using namespace desk::bench;

namespace {

const QString kCli = QStringLiteral(DESK_CLI_PATH);
const QString kColumns = QStringLiteral("external_ref, received_at, channel, customer_ref, customer_name, "
                                        "customer_email, language, subject, body, service_id, attachments, status, "
                                        "incident_id, updated_at");

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool check(const Measured &m, const QString &what)
{
    if (m.exitCode == 0)
        return true;
    err() << what << " failed (exit " << m.exitCode << "): " << m.output << Qt::endl;
    return false;
}

void demoRun(const QString &engine, const QString &database, qint64 reports)
{
    if (!check(runMeasured(kCli, {QStringLiteral("-d"), database, QStringLiteral("db"), QStringLiteral("init")}),
               QStringLiteral("db init")))
        return;
    const Measured m = runMeasured(kCli, {QStringLiteral("-d"), database, QStringLiteral("demo"),
                                          QStringLiteral("--reports"), QString::number(reports), QStringLiteral("--quiet")});
    if (!check(m, QStringLiteral("demo")))
        return;
    report(QStringLiteral("import_%1_reports_per_s").arg(engine), double(reports) / m.seconds, QStringLiteral("reports/s"));
    report(QStringLiteral("import_%1_seconds").arg(engine), m.seconds, QStringLiteral("s"));
    report(QStringLiteral("import_%1_peak_rss_mb").arg(engine), m.peakRssMb, QStringLiteral("MB"));
}

/** SQLite: the same schema with the demo's services and incidents, and no reports. */
void prepareRawSqlite(const QString &raw, const QString &demo)
{
    check(runMeasured(kCli, {QStringLiteral("-d"), raw, QStringLiteral("db"), QStringLiteral("init")}),
          QStringLiteral("db init"));
    check(runMeasured(QStringLiteral("sqlite3"), {raw, QStringLiteral("ATTACH '%1' AS d; INSERT INTO services SELECT * FROM "
                                                                      "d.services; INSERT INTO incidents SELECT * FROM "
                                                                      "d.incidents;")
                                                          .arg(demo)}),
          QStringLiteral("copy of services and incidents"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures bulk loading of reports on SQLite and PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("Reports to load (default 1000000)."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pgOption(QStringLiteral("postgres"),
                                      QStringLiteral("Superuser URL of a PostgreSQL server to use (default: start a "
                                                     "throwaway one with tests/pg-start.sh)."),
                                      QStringLiteral("url"));
    const QCommandLineOption engines(QStringLiteral("engines"), QStringLiteral("sqlite,postgres (default both)."),
                                     QStringLiteral("list"), QStringLiteral("sqlite,postgres"));
    parser.addOptions({reportsOption, pgOption, engines});
    parser.process(app);
    const qint64 reports = parser.value(reportsOption).toLongLong();
    const QStringList which = parser.value(engines).split(u',');
    QTemporaryDir dir;

    if (which.contains(QLatin1String("sqlite"))) {
        const QString file = dir.filePath(QStringLiteral("bench.db"));
        demoRun(QStringLiteral("sqlite"), file, reports);
        // The same rows through the sqlite3 shell into a fresh copy of the schema.
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        runMeasured(QStringLiteral("sqlite3"), {file, QStringLiteral(".headers off"), QStringLiteral(".mode csv"),
                                                QStringLiteral(".output ") + csv,
                                                QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reports")});
        const QString raw = dir.filePath(QStringLiteral("raw.db"));
        prepareRawSqlite(raw, file);
        const QByteArray script = QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;\n"
                                                 "CREATE TEMP TABLE st(%1);\n.mode csv\n.import %2 st\n"
                                                 "INSERT INTO reports(%1) SELECT external_ref, received_at, channel, "
                                                 "customer_ref, customer_name, customer_email, language, subject, body, "
                                                 "nullif(service_id,''), attachments, status, nullif(incident_id,''), "
                                                 "updated_at FROM st;\n")
                                      .arg(kColumns, csv)
                                      .toUtf8();
        const Measured shell = runMeasured(QStringLiteral("sqlite3"), {raw}, script);
        if (check(shell, QStringLiteral("sqlite3 shell")))
            report(QStringLiteral("raw_sqlite_reports_per_s"), double(reports) / shell.seconds, QStringLiteral("reports/s"));
    }

    if (which.contains(QLatin1String("postgres"))) {
        std::unique_ptr<ThrowawayPostgres> server;
        QString admin = parser.value(pgOption);
        if (admin.isEmpty()) {
            server = std::make_unique<ThrowawayPostgres>();
            admin = server->adminUrl();
        }
        auto adminUrl = DatabaseUrl::parse(admin);
        if (admin.isEmpty() || !adminUrl.ok()) {
            err() << "no PostgreSQL server: install postgresql or pass --postgres URL" << Qt::endl;
            return 1;
        }
        auto adminDb = Database::open(adminUrl.value());
        if (!adminDb.ok()) {
            err() << adminDb.errorString() << Qt::endl;
            return 1;
        }
        for (const char *name : {"bench_demo", "bench_raw"}) {
            (void)adminDb.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(name)));
            (void)adminDb.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(name)));
        }
        DatabaseUrl demo = adminUrl.value();
        demo.database = QStringLiteral("bench_demo");
        demoRun(QStringLiteral("postgres"), demo.toString(true), reports);

        DatabaseUrl raw = adminUrl.value();
        raw.database = QStringLiteral("bench_raw");
        // The same database as the demo's, emptied of reports: schema, indexes, services and incidents.
        (void)adminDb.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS bench_raw WITH (FORCE)"));
        check(adminDb.value()->exec(QStringLiteral("CREATE DATABASE bench_raw TEMPLATE bench_demo")).ok() ? Measured{0, 0, 0, {}}
                                                                                                         : Measured{},
              QStringLiteral("CREATE DATABASE bench_raw"));
        {
            auto rawDb = Database::open(raw);
            if (rawDb.ok())
                (void)rawDb.value()->exec(QStringLiteral("TRUNCATE reports"));
        }
        const QString csv = dir.filePath(QStringLiteral("pgrows.csv"));
        qputenv("PGPASSWORD", demo.password.toUtf8());
        const QStringList connect{QStringLiteral("-h"), demo.host, QStringLiteral("-p"), QString::number(demo.port),
                                  QStringLiteral("-U"), demo.user, QStringLiteral("-q")};
        check(runMeasured(QStringLiteral("psql"), connect + QStringList{QStringLiteral("-d"), demo.database, QStringLiteral("-c"),
                          QStringLiteral("\\copy (SELECT %1 FROM reports) TO '%2' CSV").arg(kColumns, csv)}),
              QStringLiteral("psql export"));
        const Measured copy = runMeasured(QStringLiteral("psql"), connect + QStringList{QStringLiteral("-d"), raw.database,
                                          QStringLiteral("-c"), QStringLiteral("\\copy reports (%1) FROM '%2' CSV").arg(kColumns, csv)});
        if (check(copy, QStringLiteral("psql \\copy")))
            report(QStringLiteral("raw_postgres_reports_per_s"), double(reports) / copy.seconds, QStringLiteral("reports/s"));
        for (const char *name : {"bench_demo", "bench_raw"})
            (void)adminDb.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(name)));
    }
    return 0;
}
