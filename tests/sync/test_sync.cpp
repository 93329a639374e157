// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed between workstations, the same cases on SQLite and PostgreSQL: what one
// connection commits reaches another's feed, in order and once; a stopped feed catches up by
// sequence. A PostgreSQL restart mid-session is in test_pgrestart.
#include "storetestsupport.h"

#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "sync/changefeed.h"

#include <QElapsedTimer>
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

private:
    Id newIncident(Database &db, const QString &title);
    bool waitOnline(ChangeFeed &feed);
    static QList<Change> collected(const QSignalSpy &spy);

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

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
