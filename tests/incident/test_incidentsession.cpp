// SPDX-License-Identifier: GPL-3.0-or-later
// The incident editing session without a window, on SQLite and PostgreSQL: load, edit and undo,
// save, someone else's save (reload under edits, conflict, merge), a refused state change that
// names the missing update, presence and moving reports. The offline outbox: test_pgoffline.
#include "domain/incidentmerge.h"
#include "incident/incidentsession.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "store/presencerepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace desk;
using namespace desk::test;

Q_DECLARE_METATYPE(desk::NextStep)

class TestIncidentSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadEditUndoSave();
    void emptyTitleIsRefused();
    void reloadUnderEditsKeepsThemAndSavingMerges();
    void declinedMergeKeepsTheEdits();
    void refusedStateChangeNamesTheMissingUpdate();
    void presenceShowsWhoIsEditing();
    void reportsMoveBackToTriage();

private:
    std::unique_ptr<IncidentSession> openSession(DbWorker *worker, const User &user);
    Incident stored() { return IncidentRepository(m_t->db(), m_anna).get(m_incident.id).value(); }

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco;
    std::unique_ptr<DbWorker> m_annaWorker;
    Incident m_incident;
};

void TestIncidentSession::initTestCase()
{
    qRegisterMetaType<desk::NextStep>();
    // The offline outbox lives in the data folder: a throwaway one.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestIncidentSession::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    Incident draft;
    draft.title = QStringLiteral("Checkout fails");
    draft.description = QStringLiteral("Card payments fail.");
    auto created = IncidentRepository(*workstation(*m_t, m_anna), m_anna).create(draft);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    m_incident = created.value();
    m_annaWorker = workerFor(*m_t, m_anna);
    QVERIFY(m_annaWorker);
}

void TestIncidentSession::cleanup()
{
    m_annaWorker.reset();
    m_t.reset();
}

std::unique_ptr<IncidentSession> TestIncidentSession::openSession(DbWorker *worker, const User &user)
{
    auto session = std::make_unique<IncidentSession>(worker, user, m_incident.id);
    QSignalSpy loaded(session.get(), &IncidentSession::loaded);
    session->reload();
    if (!loaded.wait(10000))
        return nullptr;
    return session;
}

void TestIncidentSession::loadEditUndoSave()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    QCOMPARE(session->base().title, QStringLiteral("Checkout fails"));
    QVERIFY(!session->isDirty());
    QCOMPARE(session->nextUpdateKind(), UpdateKind::Acknowledgement);

    // Typing in one field is one undo step; another field is another.
    QSignalSpy dirty(session.get(), &IncidentSession::dirtyChanged);
    Incident edited = session->working();
    edited.title = QStringLiteral("Checkout fa");
    session->edit(edited);
    edited.title = QStringLiteral("Checkout fails for cards");
    session->edit(edited);
    edited.workaround = QStringLiteral("Pay by bank transfer.");
    session->edit(edited);
    QVERIFY(session->isDirty());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(session->undoStack()->count(), 2);
    QSignalSpy shown(session.get(), &IncidentSession::workingChanged);
    session->undoStack()->undo();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(session->working().workaround, QString());
    QCOMPARE(session->working().title, QStringLiteral("Checkout fails for cards"));
    session->undoStack()->undo();
    QVERIFY(!session->isDirty());
    session->undoStack()->redo();
    session->undoStack()->redo();
    QCOMPARE(session->working().workaround, QStringLiteral("Pay by bank transfer."));

    QSignalSpy saved(session.get(), &IncidentSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(!session->isDirty());
    QCOMPARE(session->base().version, m_incident.version + 1);
    QCOMPARE(stored().title, QStringLiteral("Checkout fails for cards"));
    QCOMPARE(stored().workaround, QStringLiteral("Pay by bank transfer."));
    // The timeline follows the save.
    QSignalSpy timeline(session.get(), &IncidentSession::timelineLoaded);
    QVERIFY(timeline.wait(10000) || !timeline.isEmpty());
    const auto entries = timeline.last().first().value<QList<TimelineEntry>>();
    QCOMPARE(entries.last().action, QStringLiteral("incident.edit"));
}

void TestIncidentSession::emptyTitleIsRefused()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    QSignalSpy titleMissing(session.get(), &IncidentSession::titleMissing);
    QSignalSpy notice(session.get(), &IncidentSession::notice);
    Incident edited = session->working();
    edited.title = QStringLiteral("   ");
    session->edit(edited);
    session->save();
    QCOMPARE(titleMissing.size(), 1);
    QVERIFY(notice.last().at(1).toBool());
    QVERIFY(session->isDirty()); // nothing lost
    QCOMPARE(stored().title, QStringLiteral("Checkout fails"));
}

void TestIncidentSession::reloadUnderEditsKeepsThemAndSavingMerges()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    Incident mine = session->working();
    mine.description = QStringLiteral("My description");
    mine.title = QStringLiteral("Checkout fails for everyone");
    session->edit(mine);

    // Marco saves meanwhile: the description (a conflict) and the workaround (only his).
    Incident theirs = m_incident;
    theirs.description = QStringLiteral("Marco's description");
    theirs.workaround = QStringLiteral("Marco's workaround");
    QVERIFY(IncidentRepository(*workstation(*m_t, m_marco), m_marco).save(theirs).ok());

    // The change feed reloads the session: what Anna typed stays, and she is told.
    QSignalSpy notice(session.get(), &IncidentSession::notice);
    QSignalSpy loaded(session.get(), &IncidentSession::loaded);
    session->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session->working().description, QStringLiteral("My description"));
    QCOMPARE(session->working().title, QStringLiteral("Checkout fails for everyone"));
    QVERIFY(session->isDirty());
    QCOMPARE(notice.first().at(2).value<NextStep>(), NextStep::SaveAndMerge);

    QSignalSpy merge(session.get(), &IncidentSession::mergeNeeded);
    session->save();
    QVERIFY(merge.wait(10000));
    const auto outcome = merge.first().at(2).value<IncidentMerge::Outcome>();
    using F = IncidentMerge::Field;
    QCOMPARE(outcome.conflicts, QList<F>{F::Description});
    QCOMPARE(outcome.takenFromMine, QList<F>{F::Title});
    QCOMPARE(outcome.takenFromTheirs, QList<F>{F::Workaround});
    Incident merged = outcome.merged;
    merged.description = QStringLiteral("Marco's description"); // Anna keeps his for the conflict
    QSignalSpy saved(session.get(), &IncidentSession::saved);
    session->acceptMerge(merged, merge.first().at(1).value<Incident>());
    QVERIFY(saved.wait(10000));
    const Incident now = stored();
    QCOMPARE(now.title, QStringLiteral("Checkout fails for everyone"));
    QCOMPARE(now.description, QStringLiteral("Marco's description"));
    QCOMPARE(now.workaround, QStringLiteral("Marco's workaround"));
    QVERIFY(!session->isDirty());
    QVERIFY(session->undoStack()->canUndo()); // the merge is a step like any edit
}

void TestIncidentSession::declinedMergeKeepsTheEdits()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    Incident mine = session->working();
    mine.description = QStringLiteral("Mine");
    session->edit(mine);
    Incident theirs = m_incident;
    theirs.description = QStringLiteral("Theirs");
    QVERIFY(IncidentRepository(*workstation(*m_t, m_marco), m_marco).save(theirs).ok());
    QSignalSpy merge(session.get(), &IncidentSession::mergeNeeded);
    session->save();
    QVERIFY(merge.wait(10000));
    QSignalSpy notice(session.get(), &IncidentSession::notice);
    session->declineMerge();
    QCOMPARE(notice.last().at(2).value<NextStep>(), NextStep::Merge);
    QCOMPARE(session->working().description, QStringLiteral("Mine"));
    QVERIFY(session->isDirty());
    QCOMPARE(stored().description, QStringLiteral("Theirs"));
}

void TestIncidentSession::refusedStateChangeNamesTheMissingUpdate()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    QSignalSpy notice(session.get(), &IncidentSession::notice);
    QSignalSpy failed(session.get(), &IncidentSession::failed);
    session->changeState(IncidentState::Acknowledged);
    QVERIFY(failed.wait(10000));
    QCOMPARE(notice.last().at(2).value<NextStep>(), NextStep::WriteAcknowledgement);
    QVERIFY(notice.last().at(1).toBool());
    QCOMPARE(stored().state, IncidentState::Reported);

    // A pending edit is saved before the state changes; the refusal keeps it saved.
    Incident edited = session->working();
    edited.impactSummary = QStringLiteral("Customers cannot pay by card.");
    session->edit(edited);
    session->changeState(IncidentState::Acknowledged);
    QVERIFY(failed.wait(10000));
    QCOMPARE(stored().impactSummary, QStringLiteral("Customers cannot pay by card."));
}

void TestIncidentSession::presenceShowsWhoIsEditing()
{
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    // Marco on his own workstation, and what he sees of Anna's session.
    auto marcoDb = workstation(*m_t, m_marco);
    PresenceRepository marcoDesk(*marcoDb, m_marco, QStringLiteral("marco-desk"));
    auto annaSeenByMarco = [&]() -> QString {
        const auto others = marcoDesk.others(QStringLiteral("incident"), m_incident.id);
        if (!others.ok() || others->size() != 1 || others->first().user != QLatin1String("anna"))
            return QStringLiteral("absent");
        return others->first().editing ? QStringLiteral("editing") : QStringLiteral("viewing");
    };
    // She opened it: her workstation says so on its worker, a moment later.
    QVERIFY(QTest::qWaitFor([&] { return annaSeenByMarco() == QLatin1String("viewing"); }, 10000));
    Incident edited = session->working();
    edited.workaround = QStringLiteral("Use PayPal");
    session->edit(edited);
    QVERIFY(QTest::qWaitFor([&] { return annaSeenByMarco() == QLatin1String("editing"); }, 10000));
    session->undoStack()->undo(); // nothing changed any more: she is only looking again
    QVERIFY(QTest::qWaitFor([&] { return annaSeenByMarco() == QLatin1String("viewing"); }, 10000));

    QSignalSpy presence(session.get(), &IncidentSession::presenceChanged);
    QVERIFY(marcoDesk.beat(QStringLiteral("incident"), m_incident.id, false).ok());
    session->refreshPresence();
    QVERIFY(presence.wait(10000));
    QCOMPARE(presence.last().at(0).toStringList(), QStringList());
    QCOMPARE(presence.last().at(1).toStringList(), QStringList{QStringLiteral("marco")});
    QVERIFY(marcoDesk.beat(QStringLiteral("incident"), m_incident.id, true).ok());
    session->refreshPresence();
    QVERIFY(presence.wait(10000));
    QCOMPARE(presence.last().at(0).toStringList(), QStringList{QStringLiteral("marco")});

    session->leave();
    QVERIFY(QTest::qWaitFor([&] { return annaSeenByMarco() == QLatin1String("absent"); }, 10000));
}

void TestIncidentSession::reportsMoveBackToTriage()
{
    auto annaDb = workstation(*m_t, m_anna);
    QList<Id> reports;
    for (int n = 0; n < 3; ++n) {
        Report r;
        r.externalRef = QStringLiteral("S-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-n);
        r.subject = QStringLiteral("Cannot pay");
        r.body = QStringLiteral("Body");
        r.customerRef = QStringLiteral("C%1").arg(n);
        auto inserted = ReportRepository(*annaDb, m_anna).insert(r);
        QVERIFY(inserted.ok());
        const Id id = inserted.value();
        QVERIFY(ReportRepository(*annaDb, m_anna).linkToIncident(id, m_incident.id, 1).ok());
        reports << id;
    }
    auto session = openSession(m_annaWorker.get(), m_anna);
    QVERIFY(session);
    QCOMPARE(session->data().scope.reports, 3);
    QCOMPARE(session->data().firstReports.size(), 3);
    QSignalSpy notice(session.get(), &IncidentSession::notice);
    session->moveReports({}, 0);
    QVERIFY(notice.last().at(1).toBool()); // nothing selected
    QSignalSpy loaded(session.get(), &IncidentSession::loaded);
    session->moveReports(reports.mid(0, 2), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session->data().scope.reports, 1);
    QCOMPARE(ReportRepository(*annaDb, m_anna).get(reports.first())->status, ReportStatus::New);
}

QTEST_MAIN(TestIncidentSession)
#include "test_incidentsession.moc"
