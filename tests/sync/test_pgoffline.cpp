// SPDX-License-Identifier: GPL-3.0-or-later
// The server goes away under the sessions (PostgreSQL only: the embedded SQLite file cannot):
// an incident saved and reports linked meanwhile go to the offline outbox, in order, and
// what only means something now (a claim) is refused with a message instead.
#include "incident/incidentsession.h"
#include "store/incidentrepository.h"
#include "store/outbox.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "triage/triageactions.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestPgOffline final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void incidentSaveGoesToTheOutbox();
    void linksWaitInTheOutboxClaimsDoNot();

private:
    QList<OutboxOperation> kept();

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna;
    std::unique_ptr<DbWorker> m_worker;
    Incident m_incident;
    QList<Id> m_reports;
};

void TestPgOffline::initTestCase()
{
    // The offline outbox lives in the data folder: a throwaway one.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestPgOffline::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(m_t->db().isPostgres());
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    auto annaDb = workstation(*m_t, m_anna);
    Incident draft;
    draft.title = QStringLiteral("Checkout fails");
    draft.description = QStringLiteral("Card payments fail.");
    m_incident = IncidentRepository(*annaDb, m_anna).create(draft).value();
    m_reports.clear();
    for (int n = 0; n < 3; ++n) {
        Report r;
        r.externalRef = QStringLiteral("OFF-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-n);
        r.subject = QStringLiteral("Cannot pay");
        auto id = ReportRepository(*annaDb, m_anna).insert(r);
        QVERIFY(id.ok());
        m_reports << id.value();
    }
    m_worker = workerFor(*m_t, m_anna);
    QVERIFY(m_worker);
}

void TestPgOffline::cleanup()
{
    m_worker.reset();
    m_t.reset();
    if (auto outbox = Outbox::open(); outbox.ok()) {
        for (const OutboxOperation &op : outbox.value()->operations().value_or({}))
            (void)outbox.value()->resolve(op.seq);
    }
}

QList<OutboxOperation> TestPgOffline::kept()
{
    auto outbox = Outbox::open();
    return outbox.ok() ? outbox.value()->operations().value_or({}) : QList<OutboxOperation>();
}

void TestPgOffline::incidentSaveGoesToTheOutbox()
{
    IncidentSession session(m_worker.get(), m_anna, m_incident.id);
    QSignalSpy loaded(&session, &IncidentSession::loaded);
    session.reload();
    QVERIFY(loaded.wait(10000));
    ServerCutOff cut(*m_t, m_anna.name);
    QVERIFY(cut.ok());

    Incident edited = session.working();
    edited.description = QStringLiteral("Typed while the server was away");
    session.edit(edited);
    QSignalSpy keptOffline(&session, &IncidentSession::keptOffline);
    session.save();
    QVERIFY(keptOffline.wait(15000));
    QVERIFY(!session.isDirty()); // saved as far as the user is concerned
    const QList<OutboxOperation> ops = kept();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().kind, QStringLiteral("incident.save"));
    QCOMPARE(Outbox::incidentFromJson(ops.first().payload.value(QStringLiteral("incident")).toObject()).description,
             QStringLiteral("Typed while the server was away"));
    QCOMPARE(IncidentRepository(m_t->db(), m_anna).get(m_incident.id)->description, QStringLiteral("Card payments fail."));
}

void TestPgOffline::linksWaitInTheOutboxClaimsDoNot()
{
    TriageActions actions(m_worker.get(), m_anna);
    auto finish = [&actions](const std::function<void()> &action) {
        QSignalSpy finished(&actions, &TriageActions::finished);
        action();
        return finished.isEmpty() && !finished.wait(15000) ? QString() : finished.first().first().toString();
    };
    ServerCutOff cut(*m_t, m_anna.name);
    QVERIFY(cut.ok());
    const QString linked = finish([&] { actions.link({{m_reports.at(0), 1}, {m_reports.at(1), 1}}, m_incident.id); });
    QVERIFY2(linked.contains(QLatin1String("kept on this computer")), qPrintable(linked));
    QList<OutboxOperation> ops = kept();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.first().kind, QStringLiteral("report.link"));
    // Claims are not kept: they only mean something now.
    const QString claimed = finish([&] { actions.claim({{m_reports.at(2), 1}}); });
    QVERIFY2(claimed.contains(QLatin1String("not done")), qPrintable(claimed));
    QCOMPARE(kept().size(), 2);
}

QTEST_MAIN(TestPgOffline)
#include "test_pgoffline.moc"
