// SPDX-License-Identifier: GPL-3.0-or-later
// Triage actions without a window, on SQLite and PostgreSQL: a bulk action that another
// workstation partly beat, undo, a duplicate by reference, an incident from a selection. The
// offline outbox when the server refuses connections: test_pgoffline.
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "triage/triageactions.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestTriageActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bulkLinkSkipsWhatChangedElsewhereAndUndoes();
    void duplicateByReference();
    void incidentFromSelection();
    void nothingSelected();

private:
    /** Runs an action and returns its finished() arguments. */
    QList<QVariant> finish(const std::function<void()> &action);
    Report report(Id id) { return ReportRepository(m_t->db(), m_anna).get(id).value(); }

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<TriageActions> m_actions;
    QList<Id> m_reports;
    Incident m_incident;
};

void TestTriageActions::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestTriageActions::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    auto annaDb = workstation(*m_t, m_anna);
    m_reports.clear();
    for (int n = 0; n < 4; ++n) {
        Report r;
        r.externalRef = QStringLiteral("TA-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-n);
        r.subject = QStringLiteral("Cannot pay");
        r.body = QStringLiteral("Body");
        auto id = ReportRepository(*annaDb, m_anna).insert(r);
        QVERIFY(id.ok());
        m_reports << id.value();
    }
    Incident draft;
    draft.title = QStringLiteral("Payments fail");
    m_incident = IncidentRepository(*annaDb, m_anna).create(draft).value();
    m_worker = workerFor(*m_t, m_anna);
    QVERIFY(m_worker);
    m_actions = std::make_unique<TriageActions>(m_worker.get(), m_anna);
}

void TestTriageActions::cleanup()
{
    m_actions.reset();
    m_worker.reset();
    m_t.reset();
}

QList<QVariant> TestTriageActions::finish(const std::function<void()> &action)
{
    QSignalSpy finished(m_actions.get(), &TriageActions::finished);
    action();
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    return finished.first();
}

void TestTriageActions::bulkLinkSkipsWhatChangedElsewhereAndUndoes()
{
    // Anna saw four reports at version 1; Marco marks one of them meanwhile.
    QList<SeenReport> seen;
    for (Id id : std::as_const(m_reports))
        seen << SeenReport{id, 1};
    QVERIFY(ReportRepository(*workstation(*m_t, m_marco), m_marco).markNotIncident(m_reports.at(2), 1).ok());

    QSignalSpy undo(m_actions.get(), &TriageActions::undoAvailable);
    const QList<QVariant> done = finish([&] { m_actions->link(seen, m_incident.id); });
    QVERIFY(!done.isEmpty());
    const QString message = done.at(0).toString();
    QVERIFY2(message.contains(QLatin1String("3")), qPrintable(message));
    QVERIFY(done.at(1).toBool()); // one was not done, and the message says so
    QCOMPARE(done.at(2).value<QList<Id>>().size(), 4);
    QCOMPARE(report(m_reports.at(0)).incidentId, m_incident.id);
    QCOMPARE(report(m_reports.at(2)).status, ReportStatus::NotIncident); // Marco's decision stands
    QVERIFY(m_actions->canUndo());
    QCOMPARE(undo.last().first().toBool(), true);

    const QList<QVariant> undone = finish([&] { m_actions->undo(); });
    QVERIFY(!undone.isEmpty());
    QVERIFY(!undone.at(1).toBool());
    for (Id id : {m_reports.at(0), m_reports.at(1), m_reports.at(3)}) {
        QCOMPARE(report(id).status, ReportStatus::New);
        QCOMPARE(report(id).incidentId, Id(0));
    }
    QVERIFY(!m_actions->canUndo());
}

void TestTriageActions::duplicateByReference()
{
    const QList<QVariant> done = finish([&] { m_actions->markDuplicate({{m_reports.at(1), -1}}, QStringLiteral(" TA-0 ")); });
    QVERIFY(!done.isEmpty());
    QVERIFY2(!done.at(1).toBool(), qPrintable(done.at(0).toString()));
    QCOMPARE(report(m_reports.at(1)).status, ReportStatus::Duplicate);
    QCOMPARE(report(m_reports.at(1)).duplicateOf, m_reports.at(0));
    const QList<QVariant> unknown = finish([&] { m_actions->markDuplicate({{m_reports.at(2), -1}}, QStringLiteral("NOPE-9")); });
    QVERIFY(unknown.at(1).toBool());
    QCOMPARE(report(m_reports.at(2)).status, ReportStatus::New);
}

void TestTriageActions::incidentFromSelection()
{
    Incident draft;
    draft.title = QStringLiteral("Login fails");
    const QList<QVariant> done = finish([&] { m_actions->createIncident(draft, {{m_reports.at(0), 1}, {m_reports.at(1), 1}}); });
    QVERIFY(!done.isEmpty());
    QVERIFY2(!done.at(1).toBool(), qPrintable(done.at(0).toString()));
    const Id incident = report(m_reports.at(0)).incidentId;
    QVERIFY(incident != 0 && incident != m_incident.id);
    QCOMPARE(report(m_reports.at(1)).incidentId, incident);
    QVERIFY(done.at(0).toString().contains(IncidentRepository(m_t->db(), m_anna).get(incident)->reference));
}

void TestTriageActions::nothingSelected()
{
    const QList<QVariant> done = finish([&] { m_actions->claim({}); });
    QVERIFY(!done.isEmpty());
    QVERIFY(done.at(1).toBool());
}

QTEST_MAIN(TestTriageActions)
#include "test_triageactions.moc"
