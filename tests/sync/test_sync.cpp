// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed between workstations, the same cases on SQLite and PostgreSQL: what one
// connection commits reaches another's feed, in order and once; a stopped feed catches up by
// sequence; on PostgreSQL a server restart mid-session is survived without losing a change.
#include "storetestsupport.h"

#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "sync/changefeed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anotherConnectionsCommitArrives();
    void everyChangeOnceAndInOrder();
    void catchesUpAfterAStop();
    void survivesAServerRestart();

private:
    Id newIncident(Database &db, const QString &title);
    bool waitOnline(ChangeFeed &feed);
    static QList<Change> collected(const QSignalSpy &spy);
    bool pgCtl(const QString &action);

    std::unique_ptr<TestDatabase> m_t;
    User m_anna;
};

void TestSync::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
}

void TestSync::cleanup()
{
    m_t.reset();
}

Id TestSync::newIncident(Database &db, const QString &title)
{
    Incident draft;
    draft.title = title;
    auto created = IncidentRepository(db, m_anna).create(draft);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorString()));
    return created->id;
}

bool TestSync::waitOnline(ChangeFeed &feed)
{
    return QTest::qWaitFor([&feed] { return feed.isOnline(); }, 15000);
}

QList<Change> TestSync::collected(const QSignalSpy &spy)
{
    QList<Change> out;
    for (const QList<QVariant> &args : spy)
        out += args.first().value<QList<Change>>();
    return out;
}

bool TestSync::pgCtl(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(DESK_TESTS_DIR "/pg-ctl.sh"), qEnvironmentVariable("DESK_TEST_PG_ENV"), action});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

void TestSync::anotherConnectionsCommitArrives()
{
    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start(m_t->url());
    QVERIFY(waitOnline(feed));

    auto other = workstation(*m_t, m_anna);
    QElapsedTimer timer;
    timer.start();
    const Id id = newIncident(*other, QStringLiteral("Checkout down"));
    QVERIFY(QTest::qWaitFor([&] {
        const QList<Change> all = collected(changed);
        return std::any_of(all.cbegin(), all.cend(), [id](const Change &c) {
            return c.table == QLatin1String("incidents") && c.rowId == id && c.op == QLatin1String("insert");
        });
    }, 5000));
    // SQLite polls every 250 ms; PostgreSQL is told at once. Either way well under a second.
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
}

void TestSync::everyChangeOnceAndInOrder()
{
    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start(m_t->url());
    QVERIFY(waitOnline(feed));
    auto other = workstation(*m_t, m_anna);
    QList<Id> ids;
    for (int n = 0; n < 20; ++n)
        ids << newIncident(*other, QStringLiteral("Incident %1").arg(n));
    QVERIFY(QTest::qWaitFor([&] {
        const QList<Change> all = collected(changed);
        return std::count_if(all.cbegin(), all.cend(), [](const Change &c) { return c.table == QLatin1String("incidents"); }) >= 20;
    }, 5000));
    QTest::qWait(600); // anything extra would come now
    const QList<Change> all = collected(changed);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all[i].seq > all[i - 1].seq, "sequences strictly increase: no change twice, none out of order");
    QList<Id> seen;
    for (const Change &c : all) {
        if (c.table == QLatin1String("incidents"))
            seen << c.rowId;
    }
    QCOMPARE(seen, ids);
    QCOMPARE(feed.lastSeq(), all.last().seq);
}

void TestSync::catchesUpAfterAStop()
{
    qint64 last = 0;
    {
        ChangeFeed feed;
        feed.start(m_t->url());
        QVERIFY(waitOnline(feed));
        last = feed.lastSeq();
        feed.stop();
    }
    auto other = workstation(*m_t, m_anna);
    const Id a = newIncident(*other, QStringLiteral("While away 1"));
    const Id b = newIncident(*other, QStringLiteral("While away 2"));

    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start(m_t->url(), last);
    QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5000));
    QList<Id> seen;
    for (const Change &c : collected(changed)) {
        QVERIFY(c.seq > last);
        if (c.table == QLatin1String("incidents") && c.op == QLatin1String("insert"))
            seen << c.rowId;
    }
    QCOMPARE(seen, (QList<Id>{a, b}));
}

void TestSync::survivesAServerRestart()
{
    if (!m_t->db().isPostgres())
        QSKIP("an embedded SQLite file has no server to lose");
    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy connection(&feed, &ChangeFeed::connectionChanged);
    feed.start(m_t->url());
    QVERIFY(waitOnline(feed));
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

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
