// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL stopped and started again mid-session (tests/pg-ctl.sh), registered for PostgreSQL
// only (an embedded SQLite file has no server to lose): the change feed reconnects and catches
// up by sequence, and a window says offline, keeps what it shows, queues the edits confirmed
// meanwhile and sends them once when the server is back.
#include "core/settings.h"
#include "incident/incidenteditor.h"
#include "shell/mainwindow.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "sync/changefeed.h"
#include "store/outbox.h"
#include "shell/translations.h"
#include "triage/triagemodel.h"
#include "triage/triagepage.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

class TestPgRestart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void feedSurvivesAServerRestart();
    void windowGoesOfflineAndRecovers();

private:
    bool pgCtl(const QString &action);
    Id newIncident(Database &db, const QString &title);
    static QList<Change> collected(const QSignalSpy &spy);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco;
};

void TestPgRestart::initTestCase()
{
    if (engineUnderTest() != Engine::Postgres)
        QFAIL("this test is registered for PostgreSQL only: DESK_TEST_ENGINE=postgres");
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
}

void TestPgRestart::init()
{
    QFile::remove(Outbox::defaultPath());
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
}

void TestPgRestart::cleanup()
{
    m_t.reset();
}

bool TestPgRestart::pgCtl(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(DESK_TESTS_DIR "/pg-ctl.sh"), qEnvironmentVariable("DESK_TEST_PG_ENV"), action});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

Id TestPgRestart::newIncident(Database &db, const QString &title)
{
    Incident draft;
    draft.title = title;
    auto created = IncidentRepository(db, m_anna).create(draft);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorString()));
    return created->id;
}

QList<Change> TestPgRestart::collected(const QSignalSpy &spy)
{
    QList<Change> out;
    for (const QList<QVariant> &args : spy)
        out += args.first().value<QList<Change>>();
    return out;
}

void TestPgRestart::feedSurvivesAServerRestart()
{
    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy connection(&feed, &ChangeFeed::connectionChanged);
    feed.start(m_t->url());
    QVERIFY(QTest::qWaitFor([&feed] { return feed.isOnline(); }, 15000));
    const Id before = newIncident(m_t->db(), QStringLiteral("Before the restart"));
    QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5000));

    m_t->close(); // the test's own connection goes with the server
    QVERIFY(pgCtl(QStringLiteral("stop")));
    QVERIFY(QTest::qWaitFor([&] { return !feed.isOnline(); }, 10000));
    QVERIFY(feed.offlineSince().isValid());
    QVERIFY(pgCtl(QStringLiteral("start")));

    // Committed by someone else while this feed is still reconnecting: caught up by sequence.
    auto again = m_t->connectAgain();
    QVERIFY(again);
    const Id after = newIncident(*again, QStringLiteral("After the restart"));
    QVERIFY(QTest::qWaitFor([&] { return feed.isOnline(); }, 40000));
    QVERIFY(QTest::qWaitFor([&] {
        const QList<Change> all = collected(changed);
        return std::any_of(all.cbegin(), all.cend(), [after](const Change &c) { return c.rowId == after && c.table == QLatin1String("incidents"); });
    }, 10000));
    QList<Id> incidents;
    for (const Change &c : collected(changed)) {
        if (c.table == QLatin1String("incidents") && c.op == QLatin1String("insert"))
            incidents << c.rowId;
    }
    QCOMPARE(incidents, (QList<Id>{before, after}));
    QVERIFY(connection.size() >= 2);
}

void TestPgRestart::windowGoesOfflineAndRecovers()
{
    // Marco's workstation, with 30 reports in the queue and an incident open in the editor.
    auto annaDb = workstation(*m_t, m_anna);
    for (int n = 0; n < 30; ++n) {
        Report r;
        r.externalRef = QStringLiteral("PR-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (n + 1));
        r.subject = QStringLiteral("Report %1").arg(n);
        r.body = QStringLiteral("Body");
        QVERIFY(ReportRepository(*annaDb, m_anna).insert(r).ok());
    }
    const Id incident = newIncident(*annaDb, QStringLiteral("Shared incident"));
    DatabaseUrl url = m_t->url();
    url.user = m_marco.name;
    url.password = kPassword;
    DbWorker worker;
    QSignalSpy opened(&worker, &DbWorker::opened);
    worker.open(url);
    QVERIFY(opened.wait(10000));
    MainWindow window(Session{m_marco, url, &worker});
    window.show();
    QVERIFY(QTest::qWaitFor([&window] { return window.changeFeed()->isOnline(); }, 10000));
    auto *triage = static_cast<TriagePage *>(window.page(MainWindow::Page::Triage));
    QVERIFY(QTest::qWaitFor([triage] { return triage->model()->rowCount() == 30 && !triage->model()->isLoading(); }, 10000));
    QVERIFY(QTest::qWaitFor([triage] { return triage->model()->summaryAt(0) != nullptr; }, 10000));
    IncidentEditor *editor = window.openIncident(incident); // open before the server goes
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));

    annaDb.reset();
    m_t->close();
    QVERIFY(pgCtl(QStringLiteral("stop")));
    QVERIFY(QTest::qWaitFor([label] { return label->text().contains(QLatin1String("Offline since")); }, 10000));
    // What is loaded stays readable.
    QCOMPARE(triage->model()->rowCount(), 30);
    // An edit confirmed while offline is kept on this computer…
    editor->findChild<QPlainTextEdit *>(QStringLiteral("workaroundEdit"))->setPlainText(QStringLiteral("Written offline"));
    QSignalSpy kept(editor, &IncidentEditor::keptOffline);
    editor->save();
    QVERIFY(kept.wait(10000));
    QVERIFY(!editor->isDirty());
    QCOMPARE(Outbox::open().value()->pendingCount().value(), 1);
    // So is a triage decision: the selected report is set aside as not an incident.
    TriageModel *queue = triage->model();
    triage->findChild<QTableView *>()->setCurrentIndex(queue->index(0, 0));
    const Id setAside = queue->summaryAt(0)->id;
    QSignalSpy finished(triage, &TriagePage::actionFinished);
    triage->markNotIncident();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toString().contains(QLatin1String("kept on this computer")),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(Outbox::open().value()->pendingCount().value(), 2);

    QVERIFY(pgCtl(QStringLiteral("start")));
    QVERIFY(QTest::qWaitFor([label] { return label->text().contains(QLatin1String("Connected")); }, 40000));
    // … and saved, once, when the database is back.
    QVERIFY(QTest::qWaitFor([] { return Outbox::open().value()->pendingCount().value() == 0; }, 10000));
    // A change made after the restart still arrives.
    annaDb = m_t->connectAs(m_anna.name, kPassword);
    QVERIFY(annaDb);
    Report r;
    r.externalRef = QStringLiteral("PR-after");
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.subject = QStringLiteral("After the restart");
    r.body = QStringLiteral("Body");
    QVERIFY(ReportRepository(*annaDb, m_anna).insert(r).ok());
    // The report set aside offline leaves the open queue, the new one joins it.
    QVERIFY(QTest::qWaitFor([triage] {
        const TriageModel *m = triage->model();
        return m->rowCount() == 30 && m->summaryAt(0) && m->summaryAt(0)->subject == QLatin1String("After the restart");
    }, 5000));
    QCOMPARE(IncidentRepository(*annaDb, m_anna).get(incident)->workaround, QStringLiteral("Written offline"));
    QCOMPARE(ReportRepository(*annaDb, m_anna).get(setAside)->status, ReportStatus::NotIncident);
    QCOMPARE(annaDb->scalar(QStringLiteral("SELECT count(*) FROM applied_operations"))->toInt(), 2);
    editor->close();
}

QTEST_MAIN(TestPgRestart)
#include "test_pgrestart.moc"
