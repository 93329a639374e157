// SPDX-License-Identifier: GPL-3.0-or-later
// The incident lifecycle driven from scripts with the real incident-desk-cli, acting as three
// people with the app's rules, on SQLite and on PostgreSQL.
#include "clirun.h"
#include "testdatabase.h"

#include "domain/entities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

namespace {
struct Person
{
    QString name;
    QByteArray password;
};

QJsonValue parsed(const CliRun &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestCliLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fromReportsToPublished();
    void refusalsHaveTheirExitCodes();
    void hostileInput();
    void exportShowsProgressAndStopsOnCtrlC();

private:
    /** Runs the CLI as `who`: the password on the first line of standard input, `input` after it. */
    CliRun as(const Person &who, QStringList args, const QByteArray &input = {}) const;
    QString database() const { return m_t->url().toString(true); }
    QString makeIncident(const Person &who);
    Id draftAndSubmit(const Person &who, const QString &reference);

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    // Login roles are shared by every database of a PostgreSQL server: names only this run uses.
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    Person m_agent{QStringLiteral("ann_") + m_suffix, "ann-password-1"};
    Person m_lead{QStringLiteral("lea_") + m_suffix, "lea-password-1"};
    Person m_otherLead{QStringLiteral("leo_") + m_suffix, "leo-password-1"};
};

void TestCliLifecycle::init()
{
    m_t = std::make_unique<TestDatabase>();
    if (engineUnderTest() == Engine::Postgres && postgresAdminUrl().isEmpty()) {
        if (postgresRequired())
            QFAIL("CI=true but no PostgreSQL test server is running");
        QSKIP("no PostgreSQL test server");
    }
    QString why;
    QVERIFY2(m_t->create(engineUnderTest(), &why, false), qPrintable(why));
    m_t->close();
    const QString db = database();
    QCOMPARE(runCli({QStringLiteral("-d"), db, QStringLiteral("db"), QStringLiteral("init")}).code, 0);
    for (const auto &[who, role] : {std::pair{m_agent, "agent"}, std::pair{m_lead, "lead"}, std::pair{m_otherLead, "lead"}}) {
        const CliRun r = runCli({QStringLiteral("-d"), db, QStringLiteral("user"), QStringLiteral("add"), who.name,
                                 QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--password-stdin")},
                                who.password + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Three customers write about the same failure (services are the demo's; these name none).
    const QString reports = m_dir.filePath(QStringLiteral("reports.jsonl"));
    QFile file(reports);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (int n = 1; n <= 3; ++n)
        file.write(QStringLiteral("{\"external_ref\":\"web-%1\",\"received_at\":\"2026-11-30T09:0%1:00Z\",\"customer_ref\":"
                                  "\"C%1\",\"subject\":\"Payment refused\",\"body\":\"My card is refused at checkout (%1).\"}\n")
                       .arg(n)
                       .toUtf8());
    file.close();
    const CliRun imported = runCli({QStringLiteral("-d"), db, QStringLiteral("import"), reports});
    QVERIFY2(imported.out.contains(QLatin1String("imported 3 reports")), qPrintable(imported.out + imported.err));
    // Any enabled target gets a publication job when an update is published.
    const CliRun target = runCli({QStringLiteral("-d"), db, QStringLiteral("target"), QStringLiteral("add"),
                                  QStringLiteral("webhook"), QStringLiteral("Chat room"), QStringLiteral("--config"),
                                  QStringLiteral("{\"url\": \"https://hooks.example.org/x\"}")});
    QVERIFY2(target.code == 0, qPrintable(target.err));
}

void TestCliLifecycle::cleanup()
{
    if (m_t && engineUnderTest() == Engine::Postgres && !postgresAdminUrl().isEmpty()) {
        auto admin = m_t->connectAgain();
        for (const Person &p : {m_agent, m_lead, m_otherLead})
            (void)admin->exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(p.name));
    }
    m_t.reset();
}

CliRun TestCliLifecycle::as(const Person &who, QStringList args, const QByteArray &input) const
{
    args << QStringLiteral("--database") << database() << QStringLiteral("--user") << who.name
         << QStringLiteral("--password-stdin");
    return runCli(args, who.password + '\n' + input);
}

QString TestCliLifecycle::makeIncident(const Person &who)
{
    const CliRun r = as(who, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--title"),
                              QStringLiteral("Checkout fails")});
    return r.code == 0 ? r.out.trimmed() : QString();
}

Id TestCliLifecycle::draftAndSubmit(const Person &who, const QString &reference)
{
    const CliRun drafted = as(who, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--body"),
                                    QStringLiteral("en=-")},
                              "We are looking into it.\n");
    const Id id = drafted.out.trimmed().toLongLong();
    const CliRun submitted = as(who, {QStringLiteral("update"), QStringLiteral("submit"), QString::number(id)});
    return drafted.code == 0 && submitted.code == 0 ? id : 0;
}

void TestCliLifecycle::fromReportsToPublished()
{
    // The queue, as JSON a script reads.
    CliRun r = as(m_agent, {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--status"),
                            QStringLiteral("new"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray reports = parsed(r).toArray();
    QCOMPARE(reports.size(), 3);
    const QString first = QString::number(reports.at(0)[QLatin1String("id")].toInteger());
    const QString second = QString::number(reports.at(1)[QLatin1String("id")].toInteger());
    const QString third = QString::number(reports.at(2)[QLatin1String("id")].toInteger());
    r = as(m_agent, {QStringLiteral("report"), QStringLiteral("show"), first, QStringLiteral("--json")});
    QVERIFY2(r.code == 0 && !parsed(r)[QLatin1String("body")].toString().isEmpty(), qPrintable(r.out + r.err));

    // An alert opens an incident from two reports; a third joins it later.
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--from-reports"),
                     first + u',' + second, QStringLiteral("--title"), QStringLiteral("Payments fail"),
                     QStringLiteral("--impact"), QStringLiteral("major"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject incident = parsed(r).toObject();
    const QString reference = incident[QLatin1String("reference")].toString();
    QVERIFY2(reference.startsWith(QLatin1String("INC-")), qPrintable(r.out));
    QCOMPARE(incident[QLatin1String("state")].toString(), QStringLiteral("reported"));
    QCOMPARE(incident[QLatin1String("reports")].toInteger(), 2);
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("link"), reference, QStringLiteral("--reports"), third});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("new")});
    QVERIFY2(r.code == 0 && r.out.isEmpty(), qPrintable(r.out + r.err)); // nothing left to triage

    // The acknowledgement in two languages: English from a file, Italian from standard input.
    const QString english = m_dir.filePath(QStringLiteral("en.md"));
    QFile file(english);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Payments fail for some customers. We are on it.\n");
    file.close();
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--kind"),
                     QStringLiteral("acknowledgement"), QStringLiteral("--body"), QStringLiteral("en=") + english,
                     QStringLiteral("--body"), QStringLiteral("it=-")},
           QStringLiteral("I pagamenti non riescono per alcuni clienti. Ce ne stiamo occupando.\n").toUtf8());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString update = r.out.trimmed();
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("show"), update, QStringLiteral("--json")});
    QJsonObject shown = parsed(r).toObject();
    QCOMPARE(shown[QLatin1String("status")].toString(), QStringLiteral("draft"));
    QCOMPARE(shown[QLatin1String("bodies")][QLatin1String("it")].toString(),
             QStringLiteral("I pagamenti non riescono per alcuni clienti. Ce ne stiamo occupando."));
    QVERIFY(shown[QLatin1String("bodies")][QLatin1String("en")].toString().startsWith(QLatin1String("Payments fail")));

    QCOMPARE(as(m_agent, {QStringLiteral("update"), QStringLiteral("submit"), update}).code, 0);
    // A second person, a lead, approves; then publishes.
    r = as(m_lead, {QStringLiteral("update"), QStringLiteral("approve"), update});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(m_lead, {QStringLiteral("update"), QStringLiteral("publish"), update, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    shown = parsed(r).toObject();
    QCOMPARE(shown[QLatin1String("status")].toString(), QStringLiteral("published"));
    QCOMPARE(shown[QLatin1String("approver")].toString(), m_lead.name);
    const QJsonArray jobs = shown[QLatin1String("publications")].toArray();
    QCOMPARE(jobs.size(), 1); // the job for the one enabled target
    QCOMPARE(jobs.at(0)[QLatin1String("target")].toString(), QStringLiteral("Chat room"));
    QCOMPARE(jobs.at(0)[QLatin1String("state")].toString(), QStringLiteral("pending"));

    // With its acknowledgement on its way, the incident moves on.
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("move-to"), reference, QStringLiteral("acknowledged")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("show"), reference, QStringLiteral("--json")});
    incident = parsed(r).toObject();
    QCOMPARE(incident[QLatin1String("state")].toString(), QStringLiteral("acknowledged"));
    QCOMPARE(incident[QLatin1String("reports")].toInteger(), 3);
    QCOMPARE(incident[QLatin1String("updates")].toArray().size(), 1);
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json")});
    QVERIFY2(parsed(r).toArray().size() == 1, qPrintable(r.out + r.err));
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("published"), QStringLiteral("--json")});
    QCOMPARE(parsed(r).toArray().size(), 1);
}

void TestCliLifecycle::refusalsHaveTheirExitCodes()
{
    const QString reference = makeIncident(m_agent);
    QVERIFY(!reference.isEmpty());
    const Id agents = draftAndSubmit(m_agent, reference);
    QVERIFY(agents > 0);
    // An agent does not approve: 5, refused.
    CliRun r = as(m_agent, {QStringLiteral("update"), QStringLiteral("approve"), QString::number(agents)});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QLatin1String("lead")), qPrintable(r.err));
    // Nobody approves their own update.
    const Id leads = draftAndSubmit(m_lead, reference);
    QVERIFY(leads > 0);
    r = as(m_lead, {QStringLiteral("update"), QStringLiteral("approve"), QString::number(leads)});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QLatin1String("own update")), qPrintable(r.err));
    // An approval on a version someone else has moved past: 6, conflict, and nothing changes.
    r = as(m_otherLead, {QStringLiteral("update"), QStringLiteral("request-changes"), QString::number(leads),
                         QStringLiteral("--expect-version"), QStringLiteral("1"), QStringLiteral("--comment"),
                         QStringLiteral("Say when it started.")});
    QCOMPARE(r.code, 6);
    r = as(m_otherLead, {QStringLiteral("update"), QStringLiteral("request-changes"), QString::number(leads),
                         QStringLiteral("--comment"), QStringLiteral("Say when it started.")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("changes_requested")), qPrintable(r.out + r.err));
    // Only a lead publishes, and only what was approved.
    r = as(m_otherLead, {QStringLiteral("update"), QStringLiteral("approve"), QString::number(agents)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(as(m_agent, {QStringLiteral("update"), QStringLiteral("publish"), QString::number(agents)}).code, 5);
    QCOMPARE(as(m_lead, {QStringLiteral("update"), QStringLiteral("publish"), QString::number(leads)}).code, 5);
    // The lifecycle's own rule: no closing an incident that was never resolved.
    r = as(m_lead, {QStringLiteral("incident"), QStringLiteral("move-to"), reference, QStringLiteral("closed")});
    QCOMPARE(r.code, 5);
    // Not found: 4. A wrong password: 5, and the password is not repeated.
    QCOMPARE(as(m_agent, {QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("INC-1999-9999")}).code, 4);
    QCOMPARE(as(m_agent, {QStringLiteral("update"), QStringLiteral("show"), QStringLiteral("999999")}).code, 4);
    r = runCli({QStringLiteral("-d"), database(), QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--user"),
                m_agent.name, QStringLiteral("--password-stdin")},
               "not-her-password\n");
    QVERIFY2(r.code == (engineUnderTest() == Engine::Postgres ? 1 : 5), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("not-her-password")));
    // Wrong usage: 2.
    QCOMPARE(as(m_agent, {QStringLiteral("incident"), QStringLiteral("move-to"), reference, QStringLiteral("sideways")}).code, 2);
    QCOMPARE(as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference}).code, 2);
    QCOMPARE(as(m_agent, {QStringLiteral("update"), QStringLiteral("approve"), QStringLiteral("twelve")}).code, 2);
    if (engineUnderTest() == Engine::Sqlite) {
        r = runCli({QStringLiteral("-d"), database(), QStringLiteral("report"), QStringLiteral("list")});
        QCOMPARE(r.code, 2); // nobody named
        QVERIFY2(r.err.contains(QLatin1String("--user")), qPrintable(r.err));
    }
}

void TestCliLifecycle::hostileInput()
{
    const QString reference = makeIncident(m_agent);
    QVERIFY(!reference.isEmpty());
    // A terminal escape in a title is shown, not run; JSON keeps the text exactly.
    const QString title = QStringLiteral("Down \x1b]0;owned\x07 <script>alert(1)</script>");
    CliRun r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--title"), title});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString hostile = r.out.trimmed();
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("show"), hostile});
    QVERIFY2(!r.out.contains(QChar(0x1b)) && r.out.contains(QLatin1String("\\u001b")), qPrintable(r.out));
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("show"), hostile, QStringLiteral("--json")});
    QCOMPARE(parsed(r)[QLatin1String("title")].toString(), title);
    // Texts that are not UTF-8, empty, or in no language are refused before anything is written.
    const QString latin1 = m_dir.filePath(QStringLiteral("latin1.txt"));
    QFile file(latin1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Caf\xe9 ferm\xe9\n");
    file.close();
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--body"),
                     QStringLiteral("fr=") + latin1});
    QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("UTF-8")), qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--body"),
                     QStringLiteral("en=-")},
           "   \n");
    QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("empty")), qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--body"),
                     QStringLiteral("xx=-")},
           "Hello\n");
    QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("LANGUAGE=FILE")), qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--body"),
                     QStringLiteral("en=/no/such/file")});
    QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("/no/such/file")), qPrintable(r.err));
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("list"), QStringLiteral("--incident"), reference,
                     QStringLiteral("--json")});
    QCOMPARE(parsed(r).toArray().size(), 0);
}

void TestCliLifecycle::exportShowsProgressAndStopsOnCtrlC()
{
    // 400 more customers write; the incident takes them all and is acknowledged.
    const QString many = m_dir.filePath(QStringLiteral("many.jsonl"));
    QFile file(many);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int n = 0; n < 400; ++n)
        file.write(QStringLiteral("{\"external_ref\":\"m-%1\",\"received_at\":\"2026-11-30T10:00:00Z\",\"customer_ref\":\"K%1\","
                                  "\"customer_name\":\"Customer %1\",\"customer_email\":\"k%1@example.org\",\"language\":\"%2\","
                                  "\"subject\":\"Down\",\"body\":\"Nothing loads.\"}\n")
                       .arg(n)
                       .arg(QStringList{QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("de")}.at(n % 3))
                       .toUtf8());
    file.close();
    QCOMPARE(runCli({QStringLiteral("-d"), database(), QStringLiteral("import"), many}).code, 0);
    CliRun r = as(m_agent, {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--limit"),
                            QStringLiteral("1000"), QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &v : parsed(r).toArray())
        ids << QString::number(v[QLatin1String("id")].toInteger());
    QCOMPARE(ids.size(), 403);
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--title"),
                     QStringLiteral("Nothing loads"), QStringLiteral("--from-reports"), ids.join(u',')});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString reference = r.out.trimmed();
    r = as(m_agent, {QStringLiteral("update"), QStringLiteral("draft"), reference, QStringLiteral("--kind"),
                     QStringLiteral("acknowledgement"), QStringLiteral("--body"), QStringLiteral("en=-")},
           "We know; we are on it.\n");
    QVERIFY2(as(m_agent, {QStringLiteral("update"), QStringLiteral("submit"), r.out.trimmed()}).code == 0, "submit");
    r = as(m_agent, {QStringLiteral("incident"), QStringLiteral("move-to"), reference, QStringLiteral("acknowledged")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Ctrl+C while the PDFs are drawn: nothing written, nothing marked.
    const QString out = m_dir.filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(out));
    r = interruptCli({QStringLiteral("-d"), database(), QStringLiteral("export"), QStringLiteral("acknowledgements"),
                      QStringLiteral("--incident"), reference, QStringLiteral("--format"), QStringLiteral("pdf,eml"),
                      QStringLiteral("--out"), out, QStringLiteral("--progress")},
                     "of 403 reporters");
    QVERIFY2(r.err.contains(QLatin1String("of 403 reporters")), qPrintable(r.err));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cancelled: no file was written")), qPrintable(r.err));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Without Ctrl+C: a progress line per reporter, then the files.
    r = runCli({QStringLiteral("-d"), database(), QStringLiteral("export"), QStringLiteral("acknowledgements"),
                QStringLiteral("--incident"), reference, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), out, QStringLiteral("--progress")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("403 of 403 reporters")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("403 report(s) exported")), qPrintable(r.out));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "test_clilifecycle.moc"
