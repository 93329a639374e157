// SPDX-License-Identifier: GPL-3.0-or-later
// Publication jobs sent to a real nginx with WebDAV, on SQLite and PostgreSQL: a published
// update reaches the Help Center page once and the job is done with the page's address; a
// target that fails is retried later with backoff, never twice at once.
#include "storetestsupport.h"

#include "core/clock.h"
#include "publish/publicationrunner.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace desk;
using namespace desk::test;

class TestPublishing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishedUpdateReachesTheHelpCenter();
    void failingTargetIsRetriedLater();
    void retryAfterIsRespected();
    void onlyWhatChangedIsUploaded();
    void faultyServerStillGetsEveryUpdateOnce();
    void jobLeftSendingByACrashIsTakenBack();
    void localFolderHelpCenterOfTheFirstRun();

private:
    Id publish(const QString &english, Id incident = 0);
    /** A Help Center target, added by the administrator. */
    void addTarget(const QString &name, const QString &config);
    /** A second incident, besides m_incident. */
    Incident otherIncident();
    QString m_dav;
    QString m_folder;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_admin;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb;
    Incident m_incident;
};

void TestPublishing::init()
{
    m_dav = test::davTestValue(QStringLiteral("DESK_TEST_DAV_URL"));
    if (m_dav.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true but no nginx WebDAV test server is running (tests/nginx-start.sh failed)");
        QSKIP("no nginx WebDAV test server (tests/nginx-start.sh)");
    }
    m_folder = QStringLiteral("hc-") + QUuid::createUuid().toString(QUuid::Id128).left(12) + u'/';
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Orders <script>alert(1)</script> delayed");
    draft.impactSummary = QStringLiteral("Orders arrive a day late.");
    m_incident = IncidentRepository(*m_annaDb, m_anna).create(draft).value();
}

void TestPublishing::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_t.reset();
    Clock::setSource({});
}

Id TestPublishing::publish(const QString &english, Id incident)
{
    return publishUpdate(*m_annaDb, m_anna, *m_giuliaDb, m_giulia, incident ? incident : m_incident.id, english);
}

void TestPublishing::addTarget(const QString &name, const QString &config)
{
    auto adminDb = workstation(*m_t, m_admin);
    auto added = PublicationRepository(*adminDb, m_admin).addTarget(PublicationKind::HelpCenter, name, config);
    if (!added.ok())
        qFatal("%s", qPrintable(added.errorString()));
}

Incident TestPublishing::otherIncident()
{
    Incident draft;
    draft.title = QStringLiteral("Search finds nothing");
    return IncidentRepository(*m_annaDb, m_anna).create(draft).value();
}

void TestPublishing::publishedUpdateReachesTheHelpCenter()
{
    addTarget(QStringLiteral("Help Center"),
              QStringLiteral("{\"davUrl\": \"%1%2\", \"baseUrl\": \"https://help.example.org/incidents/\"}").arg(m_dav, m_folder));
    // `target test`: the real WebDAV server answers PROPFIND; nothing is written.
    const PublicationTarget target = PublicationRepository(m_t->db(), m_admin).targets()->first();
    auto probed = PublicationRunner::probe(target, QString());
    QVERIFY2(probed.ok() && probed->contains(QLatin1String("made at the first publication")),
             qPrintable(probed.ok() ? probed.value() : probed.errorString()));
    const Id update = publish(QStringLiteral("We are **on it**."));

    PublicationRunner runner(*m_giuliaDb, m_giulia);
    auto report = runner.runDue();
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->done, 1);
    probed = PublicationRunner::probe(target, QString()); // the folder is there now
    QVERIFY2(probed.ok() && probed->contains(QLatin1String("nothing was written")),
             qPrintable(probed.ok() ? probed.value() : probed.errorString()));
    const PublicationJob job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.attempts, 1);
    QCOMPARE(job.remoteUrl, QStringLiteral("https://help.example.org/incidents/") + m_incident.reference.toLower()
                                + QStringLiteral("/en.html"));
    const QString root = test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/www/") + m_folder;
    QFile page(root + m_incident.reference.toLower() + QStringLiteral("/en.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY(html.contains("<strong>on it</strong>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(QFile::exists(root + QStringLiteral("index.html")));
    QVERIFY(QFile::exists(root + QStringLiteral("feed.atom")));

    // Nothing due: nothing sent again.
    QCOMPARE(runner.runDue()->done, 0);
    // The next update changes the page.
    publish(QStringLiteral("Fixed in the warehouse system."));
    QCOMPARE(runner.runDue()->done, 1);
    page.close();
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("Fixed in the warehouse system."));
    QVERIFY(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM published_files"))->toInt() >= 9);
}

void TestPublishing::failingTargetIsRetriedLater()
{
    addTarget(QStringLiteral("Broken site"), QStringLiteral("{\"davUrl\": \"%1fail/\"}").arg(m_dav));
    const Id update = publish(QStringLiteral("Update."));
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    auto report = runner.runDue();
    QVERIFY(report.ok());
    QCOMPARE(report->retrying, 1);
    PublicationJob job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.state, JobState::Pending);
    QCOMPARE(job.attempts, 1);
    QVERIFY2(job.lastError.contains(QLatin1String("500")), qPrintable(job.lastError));
    QVERIFY(job.nextAttemptAt > Clock::now());
    QCOMPARE(runner.runDue()->retrying, 0); // not due yet

    const QDateTime later = job.nextAttemptAt.addSecs(1);
    Clock::setSource([later] { return later; });
    QCOMPARE(runner.runDue()->retrying, 1);
    job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.attempts, 2);
    QVERIFY(job.nextAttemptAt > later);
}

void TestPublishing::retryAfterIsRespected()
{
    addTarget(QStringLiteral("Busy site"), QStringLiteral("{\"davUrl\": \"%1busy/\"}").arg(m_dav));
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    Clock::setSource([now] { return now; });
    const Id update = publish(QStringLiteral("Update."));
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    QCOMPARE(runner.runDue()->retrying, 1);
    const PublicationJob job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.nextAttemptAt, now.addSecs(7)); // the server's Retry-After, not our backoff
    QVERIFY(job.lastError.contains(QLatin1String("429")));
}

void TestPublishing::onlyWhatChangedIsUploaded()
{
    addTarget(QStringLiteral("Help Center"), QStringLiteral("{\"davUrl\": \"%1%2\"}").arg(m_dav, m_folder));
    const Incident other = otherIncident();
    const QDateTime first(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    Clock::setSource([first] { return first; });
    publish(QStringLiteral("Search is being looked at."), other.id);
    publish(QStringLiteral("Orders: first update."));
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    QCOMPARE(runner.runDue()->done, 2);
    auto uploadedAt = [&](const QString &path) {
        return m_t->db().scalar(QStringLiteral("SELECT updated_at FROM published_files WHERE path = ?"), {path})->toLongLong();
    };
    const QString otherPage = other.reference.toLower() + QStringLiteral("/it.html");
    const QString ownPage = m_incident.reference.toLower() + QStringLiteral("/en.html");
    QCOMPARE(uploadedAt(otherPage), first.toMSecsSinceEpoch());

    // An update of one incident: its pages and the shared files go up, the other's stay.
    const QDateTime second = first.addSecs(3600);
    Clock::setSource([second] { return second; });
    publish(QStringLiteral("Orders: second update."));
    QCOMPARE(runner.runDue()->done, 1);
    QCOMPARE(uploadedAt(ownPage), second.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(QStringLiteral("incidents.json")), second.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(QStringLiteral("feed.atom")), second.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(QStringLiteral("it/index.html")), second.toMSecsSinceEpoch()); // the time of the last update
    QCOMPARE(uploadedAt(QStringLiteral("es/feed.atom")), second.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(m_incident.reference.toLower() + QStringLiteral("/de.atom")), second.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(QStringLiteral("index.html")), first.toMSecsSinceEpoch()); // the choice of language: unchanged
    QCOMPARE(uploadedAt(otherPage), first.toMSecsSinceEpoch());

    // A page the server lost (or never got) goes up again with the next publication.
    const QString onDisk = test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/www/") + m_folder + otherPage;
    QVERIFY(QFile::remove(onDisk));
    QVERIFY(m_t->db().exec(QStringLiteral("DELETE FROM published_files WHERE path = ?"), {otherPage}).ok());
    const QDateTime third = second.addSecs(3600);
    Clock::setSource([third] { return third; });
    publish(QStringLiteral("Orders: third update."));
    QCOMPARE(runner.runDue()->done, 1);
    QVERIFY(QFile::exists(onDisk));
    QCOMPARE(uploadedAt(otherPage), third.toMSecsSinceEpoch());
    QCOMPARE(uploadedAt(other.reference.toLower() + QStringLiteral("/en.html")), first.toMSecsSinceEpoch()); // same content
}

void TestPublishing::faultyServerStillGetsEveryUpdateOnce()
{
    // nginx's /flaky/: 30 % of requests answer 503, are cut off, or are read back too slowly.
    addTarget(QStringLiteral("Flaky site"), QStringLiteral("{\"davUrl\": \"%1flaky/%2\", \"timeoutMs\": 700}").arg(m_dav, m_folder));
    const Incident other = otherIncident();
    QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    Clock::setSource([&now] { return now; });
    // Updates published one after the other while the runner keeps sending, as on a normal day.
    QHash<Id, QList<Id>> updates;
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    int rounds = 0;
    for (; rounds < 80; ++rounds) {
        if (rounds < 6) {
            for (const Incident &i : {m_incident, other})
                updates[i.id] << publish(QStringLiteral("Update %1 of %2.").arg(rounds).arg(i.reference), i.id);
        }
        auto report = runner.runDue();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->failed, 0);
        auto left = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM publication_jobs WHERE state <> 'done'"));
        if (rounds >= 6 && left->toInt() == 0)
            break;
        // On an hour, or to when the first job waiting is due again.
        auto next = m_t->db().scalar(QStringLiteral("SELECT min(next_attempt_at) FROM publication_jobs WHERE state = 'pending'"));
        now = rounds < 6 ? now.addSecs(3600)
                         : qMax(now, QDateTime::fromMSecsSinceEpoch(next->toLongLong(), Qt::UTC)).addMSecs(1);
    }
    QVERIFY2(rounds < 80, "the jobs did not all get through");
    const QList<PublicationJob> jobs = PublicationRepository(m_t->db(), m_anna).jobs().value();
    QCOMPARE(jobs.size(), 12);
    for (const PublicationJob &job : jobs) {
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(job.attempts <= PublicationRunner::kMaxAttempts);
    }

    // Every page on the server is what was recorded, and shows each of its updates once.
    const QString root = test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/www/flaky/") + m_folder;
    auto files = m_t->db().exec(QStringLiteral("SELECT path, sha256 FROM published_files WHERE path NOT LIKE '%/'"));
    QVERIFY(files.ok());
    int checked = 0;
    while (files.value().next()) {
        QFile f(root + files.value().value(0).toString());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                 files.value().value(1).toString());
        ++checked;
    }
    // Two incidents in five languages, each page with its feed; the root index and feed, an index
    // and a feed per language, JSON, CSS.
    QCOMPARE(checked, 2 * (5 + 5) + 2 + 5 * 2 + 2);
    for (const Incident &i : {m_incident, other}) {
        for (Language l : allValues<Language>()) {
            QFile page(root + i.reference.toLower() + u'/' + toKey(l) + QStringLiteral(".html"));
            QVERIFY(page.open(QIODevice::ReadOnly));
            const QByteArray html = page.readAll();
            for (Id u : updates.value(i.id))
                QCOMPARE(html.count(QByteArray(QByteArray("id=\"update-") + QByteArray::number(u) + '"')), 1);
        }
    }
    // And the faults did happen.
    QFile log(test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/logs/access.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    int busy = 0, cut = 0;
    const QByteArray folder = QByteArray("/flaky/") + m_folder.toUtf8();
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains(folder)) {
            busy += line.contains("\" 503 ");
            cut += line.contains("\" 444 ");
        }
    }
    qInfo("%d rounds; %d requests answered 503 and %d cut off", rounds + 1, busy, cut);
    QVERIFY(busy > 0);
    QVERIFY(cut > 0);
}

void TestPublishing::jobLeftSendingByACrashIsTakenBack()
{
    addTarget(QStringLiteral("Help Center"), QStringLiteral("{\"davUrl\": \"%1%2\"}").arg(m_dav, m_folder));
    QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    Clock::setSource([&now] { return now; });
    const Id update = publish(QStringLiteral("Orders are delayed by a day."));
    // A workstation took the job and stopped (crashed, lost power) before it could say how it went.
    QVERIFY(m_t->db()
                .exec(QStringLiteral("UPDATE publication_jobs SET state = 'sending', attempts = 1, updated_at = ? WHERE update_id = ?"),
                      {now.toMSecsSinceEpoch(), update})
                .ok());
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    now = now.addSecs(5 * 60);
    QCOMPARE(runner.runDue()->done, 0); // it may still be on its way
    QCOMPARE(PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first().state, JobState::Sending);

    now = now.addMSecs(PublicationRunner::kStaleSendingMs);
    QCOMPARE(runner.runDue()->done, 1);
    const PublicationJob job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.attempts, 2);
    QFile page(test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/www/") + m_folder
               + m_incident.reference.toLower() + QStringLiteral("/en.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QCOMPARE(page.readAll().count(QByteArray("Orders are delayed by a day.")), 1);
    QCOMPARE(runner.runDue()->done, 0); // and not again
}

void TestPublishing::localFolderHelpCenterOfTheFirstRun()
{
    // The first run's profile: no web server, a Help Center in a folder of the data folder.
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("helpcenter"));
    auto adminDb = workstation(*m_t, m_admin);
    auto local = PublicationRepository(*adminDb, m_admin).useLocalHelpCenter(folder);
    QVERIFY2(local.ok(), qPrintable(local.errorString()));
    QVERIFY(local->has_value());
    // Asked again (a second start): nothing added, the one target stays.
    QVERIFY(!PublicationRepository(*adminDb, m_admin).useLocalHelpCenter(folder)->has_value());
    QCOMPARE(PublicationRepository(m_t->db(), m_admin).targets()->size(), 1);
    const QUrl index = PublicationRepository(m_t->db(), m_anna).helpCenterIndex().value();
    QCOMPARE(index, QUrl::fromLocalFile(folder + QStringLiteral("/index.html")));

    const Id update = publish(QStringLiteral("We are **on it**."));
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    auto report = runner.runDue();
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->done, 1);
    const PublicationJob job = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(update)->first();
    QCOMPARE(job.state, JobState::Done);
    const QString page = folder + u'/' + m_incident.reference.toLower() + QStringLiteral("/en.html");
    QCOMPARE(job.remoteUrl, QUrl::fromLocalFile(page).toString());
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.contains("<strong>on it</strong>"));
    QVERIFY(!text.contains("<script"));
    QVERIFY(QFile::exists(index.toLocalFile()));
    QVERIFY(QFile::exists(folder + QStringLiteral("/feed.atom")));
    html.close();

    // Only what changed is written again; a page someone deleted comes back with the next update.
    const QDateTime cssWritten = QFileInfo(folder + QStringLiteral("/style.css")).lastModified();
    QVERIFY(QFile::remove(page));
    QTest::qWait(20);
    publish(QStringLiteral("Fixed in the warehouse system."));
    QCOMPARE(runner.runDue()->done, 1);
    QVERIFY(QFile::exists(page));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("warehouse system"));
    QCOMPARE(QFileInfo(folder + QStringLiteral("/style.css")).lastModified(), cssWritten);

    // The demo's Help Center has no address: the first run points it at the folder, adds none.
    auto demoDb = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*demoDb);
    const User admin{0, QStringLiteral("setup"), {}, Role::Admin, true};
    QVERIFY(PublicationRepository(demoDb->db(), admin).addTarget(PublicationKind::HelpCenter, QStringLiteral("Help Center"),
                                                                  QStringLiteral("{\"baseUrl\": \"https://help.example.org/\"}")).ok());
    QVERIFY(PublicationRepository(demoDb->db(), admin).useLocalHelpCenter(folder)->has_value());
    const auto targets = PublicationRepository(demoDb->db(), admin).targets().value();
    QCOMPARE(targets.size(), 1);
    QVERIFY(targets.first().config.contains(QUrl::fromLocalFile(folder).toString()));
}

QTEST_GUILESS_MAIN(TestPublishing)
#include "test_publishing.moc"
