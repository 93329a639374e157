// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line tool as an administrator uses it, on SQLite and on PostgreSQL.
#include "clirun.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace desk;
using namespace desk::test;

using Run = CliRun;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void theWholeAdministration();
    void commandsNeedASchema();
    void schemaFromTheFuture();
    void unreachableDatabases();
    void usageErrors();
    void interruptedImportKeepsNothing();
    void speaksTheTerminalsLanguage();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}) const;
    QString database() const { return m_t->url().toString(true); }
    std::unique_ptr<TestDatabase> m_t;
};

void TestCli::init()
{
    m_t = std::make_unique<TestDatabase>();
    if (engineUnderTest() == Engine::Postgres && postgresAdminUrl().isEmpty()) {
        if (postgresRequired())
            QFAIL("CI=true but no PostgreSQL test server is running");
        QSKIP("no PostgreSQL test server");
    }
    QString why;
    QVERIFY2(m_t->create(engineUnderTest(), &why, false), qPrintable(why));
    m_t->close(); // the CLI is the only client
}

void TestCli::cleanup()
{
    m_t.reset();
}

Run TestCli::cli(const QStringList &args, const QByteArray &input) const
{
    return runCli(args, input);
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("import FILE");
    QTest::newRow("db") << QStringList{QStringLiteral("db"), QStringLiteral("--help")} << QStringLiteral("migrate");
    QTest::newRow("user") << QStringList{QStringLiteral("user"), QStringLiteral("--help")} << QStringLiteral("--role");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("--strict");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << QStringLiteral("--reports");
    QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--help")} << QStringLiteral("verify");
    QTest::newRow("target") << QStringList{QStringLiteral("target"), QStringLiteral("--help")} << QStringLiteral("helpcenter");
    QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("--help")} << QStringLiteral("--agents");
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
}

void TestCli::theWholeAdministration()
{
    const QString db = database();
    Run r = cli({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("user add")));
    r = cli({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("schema: (\\d+) of \\1"))), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("secret")) || !db.contains(QLatin1String("secret")));

    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lea"),
             QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--password-stdin")},
            "a-long-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QLatin1String("lea\tlead")));
    // Where the service's warnings reach her.
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("email"), QStringLiteral("lea"),
             QStringLiteral("--email"), QStringLiteral("lea@team.example")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("lea@team.example")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("email"), QStringLiteral("lea"),
             QStringLiteral("--email"), QStringLiteral("<script>@x")});
    QVERIFY2(r.code != 0 && r.err.contains(QLatin1String("not an e-mail address")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("email"), QStringLiteral("nobody"),
             QStringLiteral("--email"), QStringLiteral("n@team.example")});
    QVERIFY(r.code != 0);
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QLatin1String("lea\tlead\tlea\tlea@team.example")), qPrintable(r.out));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tom"),
             QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--password-stdin")},
            "a-long-password\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("boss")));

    r = cli({QStringLiteral("-d"), db, QStringLiteral("demo"), QStringLiteral("--reports"), QStringLiteral("300"),
             QStringLiteral("--quiet")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("300 reports")), qPrintable(r.out));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("demo"), QStringLiteral("--reports"), QStringLiteral("300"),
             QStringLiteral("--quiet")});
    QVERIFY2(r.out.contains(QLatin1String("0 reports (300 already present)")), qPrintable(r.out));

    const QString file = qEnvironmentVariable("DESK_TEST_DATA") + QStringLiteral("/reports-mixed.jsonl");
    r = cli({QStringLiteral("-d"), db, QStringLiteral("import"), file, QStringLiteral("--strict")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("Nothing imported")));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("import"), file});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("line 3:")), qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("imported 3 reports")));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("import"), file});
    QVERIFY(r.out.contains(QLatin1String("imported 0 reports, 3 already present")));

    r = cli({QStringLiteral("-d"), db, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("intact")));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("audit"), QStringLiteral("tail")});
    QVERIFY(r.out.contains(QLatin1String("report.import")));

    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webhook"),
             QStringLiteral("Chat room"), QStringLiteral("--config"), QStringLiteral("{\"url\": \"https://hooks.example.org/x\"}")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("fax"), QStringLiteral("Old")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("Chat room"),
             QStringLiteral("--config"), QStringLiteral("{\"url\": \"https://hooks.example.org/y\"}")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("Chat room")});
    QCOMPARE(r.code, 2); // nothing to change
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("Nowhere"),
             QStringLiteral("--name"), QStringLiteral("x")});
    QVERIFY(r.code != 0 && r.err.contains(QLatin1String("target list")));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("disable"), QStringLiteral("Chat room")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QLatin1String("webhook\tChat room\tdisabled")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("hooks.example.org/y")));
    // Checking a target writes nothing: the demo's Help Center folder can be written; a WebDAV
    // server that does not answer, and a webhook without its secret, say so.
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Help Center")});
    QVERIFY2(r.code != 0 && r.err.contains(QLatin1String("no WebDAV address")), qPrintable(r.out + r.err));
    QTemporaryDir site;
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("Help Center"),
             QStringLiteral("--config"), QStringLiteral("{\"davUrl\": \"%1\"}").arg(QUrl::fromLocalFile(site.filePath(QStringLiteral("hc"))).toString())});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Help Center")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("can be written")), qPrintable(r.out + r.err));
    QVERIFY(!QFileInfo::exists(site.filePath(QStringLiteral("hc")))); // nothing written
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("helpcenter"),
             QStringLiteral("Nowhere DAV"), QStringLiteral("--config"), QStringLiteral("{\"davUrl\": \"http://127.0.0.1:1/dav/\"}")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Nowhere DAV")});
    QVERIFY2(r.code != 0 && r.err.contains(QLatin1String("does not answer")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Chat room")});
    QVERIFY2(r.code != 0 && r.err.contains(QLatin1String("no credentials")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("disable"), QStringLiteral("Nowhere DAV")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QLatin1String("helpcenter\tHelp Center\tenabled")), qPrintable(r.out)); // from the demo

    // Many agents at once on the same database: nothing held twice, nothing lost.
    r = cli({QStringLiteral("-d"), db, QStringLiteral("simulate"), QStringLiteral("--agents"), QStringLiteral("8"),
             QStringLiteral("--duration"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("double claims: 0")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("lost updates: 0")));
    const QRegularExpressionMatch ops = QRegularExpression(QStringLiteral("operations: (\\d+)")).match(r.out);
    QVERIFY(ops.hasMatch());
    QVERIFY(ops.captured(1).toInt() > 50);
}

void TestCli::commandsNeedASchema()
{
    const Run r = cli({QStringLiteral("-d"), database(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("db init")), qPrintable(r.err));
}

void TestCli::schemaFromTheFuture()
{
    QVERIFY(cli({QStringLiteral("-d"), database(), QStringLiteral("db"), QStringLiteral("init")}).code == 0);
    {
        auto db = Database::open(m_t->url());
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 0)")).ok());
    }
    Run r = cli({QStringLiteral("-d"), database(), QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("newer")));
    r = cli({QStringLiteral("-d"), database(), QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("newer Incident Desk")), qPrintable(r.err));
}

void TestCli::unreachableDatabases()
{
    if (engineUnderTest() == Engine::Postgres) {
        DatabaseUrl wrong = m_t->url();
        wrong.password = QStringLiteral("not-the-password");
        Run r = cli({QStringLiteral("-d"), wrong.toString(true), QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("not-the-password")));
        DatabaseUrl down = m_t->url();
        down.port = 1;
        r = cli({QStringLiteral("-d"), down.toString(true), QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Cannot reach")), qPrintable(r.err));
        return;
    }
    const Run r = cli({QStringLiteral("-d"), QStringLiteral("/proc/no/such/place.db"), QStringLiteral("db"),
                       QStringLiteral("status")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("/proc/no/such")));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("teleport")}).code, 2);
    QCOMPARE(cli({}).code, 2);
    const Run r = cli({QStringLiteral("-d"), database(), QStringLiteral("demo"), QStringLiteral("--reports"),
                       QStringLiteral("lots")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--reports")));
    // -v is not --version; --version and --database work before or after the command.
    QCOMPARE(cli({QStringLiteral("-v")}).code, 2);
    const Run version = cli({QStringLiteral("db"), QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(QLatin1String("incident-desk-cli ")), qPrintable(version.out));
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database"), database()}).code, 0);
    const Run status = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database=") + database()});
    QCOMPARE(status.code, 0);
    QVERIFY2(status.out.contains(QLatin1String("users:")), qPrintable(status.out));
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QLatin1String("Exit codes:")));
}

void TestCli::interruptedImportKeepsNothing()
{
    const QString db = database();
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("db"), QStringLiteral("init")}).code, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int n = 0; n < 200000; ++n)
        file.write(QStringLiteral("{\"external_ref\":\"CC-%1\",\"received_at\":\"2026-11-30T09:00:00Z\",\"subject\":\"Down\"}\n")
                       .arg(n)
                       .toUtf8());
    file.close();
    // Ctrl+C once it has started: it stops at its next thousand rows, says so, and keeps nothing.
    const CliRun r = interruptCli({QStringLiteral("--database"), db, QStringLiteral("import"), path,
                                   QStringLiteral("--progress")},
                                  "rows read");
    QVERIFY2(r.err.contains(QLatin1String("rows read")), qPrintable(r.err));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cancelled: nothing of it was kept")), qPrintable(r.err));
    auto again = m_t->connectAgain();
    QCOMPARE(again->scalar(QStringLiteral("SELECT count(*) FROM reports"))->toLongLong(), 0);
}

void TestCli::speaksTheTerminalsLanguage()
{
    // LANG (or LC_MESSAGES, LC_ALL, LANGUAGE) chooses the language of the messages and help.
    CliRun r = runCli({QStringLiteral("--help")}, {}, {QStringLiteral("LANG=fr_FR.UTF-8")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Utilisation : incident-desk-cli")), qPrintable(r.out.left(200)));
    QVERIFY(r.out.contains(QStringLiteral("Codes de sortie")));
    r = runCli({QStringLiteral("teleport")}, {}, {QStringLiteral("LC_ALL=de_DE.UTF-8")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Unbekannter Befehl „teleport“")), qPrintable(r.err.left(200)));
    r = runCli({QStringLiteral("-d"), database(), QStringLiteral("db"), QStringLiteral("status")}, {},
               {QStringLiteral("LANG=it_IT.UTF-8")});
    QVERIFY2(r.err.contains(QStringLiteral("non ha ancora lo schema")) || r.out.contains(QStringLiteral("schema:")),
             qPrintable(r.out + r.err));
    r = runCli({QStringLiteral("report"), QStringLiteral("--help")}, {}, {QStringLiteral("LANG=es_ES.UTF-8")});
    QVERIFY2(r.out.contains(QStringLiteral("Mostrar JSON.")), qPrintable(r.out.left(400)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
