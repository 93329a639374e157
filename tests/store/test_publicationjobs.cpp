// SPDX-License-Identifier: GPL-3.0-or-later
// The publication job's state machine as one unit, on SQLite and PostgreSQL (as a lead's login):
// one sender takes a job, done stays done, a failure goes back to pending with its next attempt
// or stops, a job whose sender vanished is taken back, and a waiting job says why.
#include "core/clock.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/publishedcontentrepository.h"
#include "store/updaterepository.h"
#include "storetestsupport.h"

#include <QTest>

using namespace desk;
using namespace desk::test;

class TestPublicationJobs final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneSenderTakesAJob();
    void doneStaysDone();
    void failureRetriesThenStops();
    void vanishedSenderIsTakenBack();
    void waitingJobSaysWhy();
    void publishedUpdateRecordsWhatItAnnounced();

private:
    PublicationJob job() { return PublicationRepository(m_t->db(), m_lead).jobs().value().first(); }

    std::unique_ptr<TestDatabase> m_t;
    User m_agent, m_lead, m_admin;
    std::unique_ptr<Database> m_leadDb;
    Id m_job = 0;
    QDateTime m_now;
};

void TestPublicationJobs::init()
{
    m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    Clock::setSource([this] { return m_now; });
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_agent = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_lead = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_leadDb = workstation(*m_t, m_lead);
    QVERIFY(PublicationRepository(*workstation(*m_t, m_admin), m_admin)
                .addTarget(PublicationKind::Webhook, QStringLiteral("Hook"), QStringLiteral("{\"url\":\"http://127.0.0.1:9/\"}"))
                .ok());
    auto agentDb = workstation(*m_t, m_agent);
    Incident draft;
    draft.title = QStringLiteral("Payments fail");
    const Id incident = IncidentRepository(*agentDb, m_agent).create(draft)->id;
    auto u = UpdateRepository(*agentDb, m_agent).createDraft(incident, UpdateKind::Acknowledgement, {{Language::En, QStringLiteral("On it.")}});
    u = UpdateRepository(*agentDb, m_agent).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_leadDb, m_lead).approve(u->update.id, u->update.version);
    u = UpdateRepository(*m_leadDb, m_lead).publish(u->update.id, u->update.version);
    QVERIFY2(u.ok(), qPrintable(u.errorString()));
    m_job = job().id;
    QCOMPARE(job().state, JobState::Pending);
}

void TestPublicationJobs::cleanup()
{
    m_leadDb.reset();
    m_t.reset();
    Clock::setSource({});
}

void TestPublicationJobs::oneSenderTakesAJob()
{
    auto otherDb = workstation(*m_t, m_lead);
    PublicationRepository first(*m_leadDb, m_lead);
    PublicationRepository second(*otherDb, m_lead);
    QCOMPARE(first.dueJobs(Clock::nowMs())->size(), 1);
    QCOMPARE(first.take(m_job).value(), true);
    QCOMPARE(second.take(m_job).value(), false); // one sender only
    QCOMPARE(job().state, JobState::Sending);
    QCOMPARE(job().attempts, 1);
    QVERIFY(first.dueJobs(Clock::nowMs())->isEmpty());
}

void TestPublicationJobs::doneStaysDone()
{
    PublicationRepository repo(*m_leadDb, m_lead);
    QVERIFY(repo.take(m_job).value());
    QVERIFY(repo.markDone(m_job, QStringLiteral("remote-7"), QStringLiteral("https://status.example.org/7")).ok());
    QCOMPARE(job().state, JobState::Done);
    QCOMPARE(job().remoteId, QStringLiteral("remote-7"));
    QCOMPARE(job().lastError, QString());
    // A second sender that had taken it back fails late: done stays done.
    QVERIFY(repo.markFailed(m_job, QStringLiteral("timeout"), std::nullopt).ok());
    QCOMPARE(job().state, JobState::Done);
    QCOMPARE(repo.take(m_job).value(), false);
    QCOMPARE(repo.markDone(Id(999999), {}, {}).error().code, Error::Code::NotFound);
}

void TestPublicationJobs::failureRetriesThenStops()
{
    PublicationRepository repo(*m_leadDb, m_lead);
    QVERIFY(repo.take(m_job).value());
    const qint64 retryAt = Clock::nowMs() + 8000;
    QVERIFY(repo.markFailed(m_job, QStringLiteral("503 from the server"), retryAt).ok());
    QCOMPARE(job().state, JobState::Pending);
    QCOMPARE(job().lastError, QStringLiteral("503 from the server"));
    QVERIFY(repo.dueJobs(Clock::nowMs())->isEmpty()); // not before its next attempt
    m_now = m_now.addSecs(9);
    QCOMPARE(repo.dueJobs(Clock::nowMs())->size(), 1);
    QVERIFY(repo.take(m_job).value());
    QCOMPARE(job().attempts, 2);
    QVERIFY(repo.markFailed(m_job, QStringLiteral("401: wrong key"), std::nullopt).ok());
    QCOMPARE(job().state, JobState::Failed);
    QVERIFY(repo.dueJobs(Clock::nowMs() + 3600 * 1000)->isEmpty());
    // A lead puts it back.
    QVERIFY(repo.retry(m_job, job().version).ok());
    QCOMPARE(job().state, JobState::Pending);
}

void TestPublicationJobs::vanishedSenderIsTakenBack()
{
    PublicationRepository repo(*m_leadDb, m_lead);
    QVERIFY(repo.take(m_job).value());
    QCOMPARE(repo.takeBackStale(Clock::nowMs() - 60000, QStringLiteral("taken back")).value(), 0); // still fresh
    m_now = m_now.addSecs(11 * 60);
    QCOMPARE(repo.takeBackStale(Clock::nowMs() - 10 * 60 * 1000, QStringLiteral("taken back")).value(), 1);
    QCOMPARE(job().state, JobState::Pending);
    QCOMPARE(job().lastError, QStringLiteral("taken back"));
    QCOMPARE(repo.unfinishedJobs()->size(), 1);
    QCOMPARE(repo.unfinishedJobs()->first().id, m_job);
}

void TestPublicationJobs::waitingJobSaysWhy()
{
    PublicationRepository repo(*m_leadDb, m_lead);
    QVERIFY(repo.noteWaiting(m_job, QStringLiteral("Waiting: no credentials")).ok());
    QCOMPARE(job().lastError, QStringLiteral("Waiting: no credentials"));
    QCOMPARE(job().state, JobState::Pending);
    QCOMPARE(job().attempts, 0);
}

void TestPublicationJobs::publishedUpdateRecordsWhatItAnnounced()
{
    // The Help Center labels each update with the state it announced: the database stamps the
    // incident's state at the moment of publishing, and a resolution always announces "resolved".
    auto agentDb = workstation(*m_t, m_agent);
    const Id acknowledgement = job().updateId;
    const Id incident = UpdateRepository(*agentDb, m_agent).get(acknowledgement)->update.incidentId;
    auto publish = [&](UpdateKind kind) -> Id {
        auto u = UpdateRepository(*agentDb, m_agent).createDraft(incident, kind, {{Language::En, QStringLiteral("Text.")}});
        u = UpdateRepository(*agentDb, m_agent).submit(u->update.id, u->update.version);
        u = UpdateRepository(*m_leadDb, m_lead).approve(u->update.id, u->update.version);
        u = UpdateRepository(*m_leadDb, m_lead).publish(u->update.id, u->update.version);
        return u.ok() ? u->update.id : 0;
    };
    IncidentRepository incidents(*agentDb, m_agent);
    for (IncidentState to : {IncidentState::Acknowledged, IncidentState::Investigating}) {
        auto moved = incidents.transition(incident, to, incidents.get(incident)->version);
        QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
    }
    const Id progress = publish(UpdateKind::Progress);
    const Id resolution = publish(UpdateKind::Resolution); // before the incident is marked resolved
    QVERIFY(progress != 0 && resolution != 0);
    auto published = PublishedContentRepository(m_t->db()).publishedUpdates({incident}, true, 10);
    QVERIFY2(published.ok(), qPrintable(published.errorString()));
    QHash<Id, std::optional<IncidentState>> announced;
    for (const UpdateWithBodies &u : published->value(incident))
        announced.insert(u.update.id, u.update.announcedState);
    QCOMPARE(announced.size(), 3);
    QCOMPARE(announced.value(acknowledgement), std::optional(IncidentState::Reported)); // shown as "acknowledged"
    QCOMPARE(announced.value(progress), std::optional(IncidentState::Investigating));
    QCOMPARE(announced.value(resolution), std::optional(IncidentState::Resolved));

    // Nobody writes it by hand: a published update never changes, and on PostgreSQL, where anyone
    // may run any SQL, a draft's is reset by the database whatever the statement says.
    QVERIFY(!agentDb->exec(QStringLiteral("UPDATE updates SET announced_state = 'closed' WHERE id = ?"), {progress}).ok());
    if (m_t->db().isPostgres()) {
        auto draft = UpdateRepository(*agentDb, m_agent).createDraft(incident, UpdateKind::Progress, {{Language::En, QStringLiteral("x")}});
        QVERIFY(agentDb->exec(QStringLiteral("UPDATE updates SET announced_state = 'closed' WHERE id = ?"), {draft->update.id}).ok());
        QVERIFY(agentDb->scalar(QStringLiteral("SELECT announced_state FROM updates WHERE id = ?"), {draft->update.id})->isNull());
    }
}

QTEST_MAIN(TestPublicationJobs)
#include "test_publicationjobs.moc"
