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
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

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
    void aLateCommitIsDelivered();
    void manyWritersEveryCommitOnce();

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

namespace {
// Presence rows are written without the audit log's lock, so on PostgreSQL two writers really do
// commit out of numbering order; row_id in the change log is the entity id, unique per test row.
Status insertPresence(Database &db, qint64 entityId)
{
    auto r = db.exec(QStringLiteral("INSERT INTO presence (workstation, user_name, entity, entity_id, activity, "
                                    "heartbeat_at) VALUES (?, 'anna', 'soak', ?, 'viewing', 0)"),
                     {QStringLiteral("ws-%1").arg(entityId), entityId});
    if (!r.ok())
        return r.error();
    return {};
}

QMap<qint64, int> presenceInserts(const QList<Change> &changes)
{
    QMap<qint64, int> seen;
    for (const Change &c : changes) {
        if (c.table == QLatin1String("presence") && c.op == QLatin1String("insert"))
            ++seen[c.rowId];
    }
    return seen;
}
} // namespace

void TestSync::aLateCommitIsDelivered()
{
    ChangeFeed feed;
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start(m_t->url());
    QVERIFY(waitOnline(feed));
    auto longOne = workstation(*m_t, m_anna);
    auto shortOne = workstation(*m_t, m_anna);
    const bool postgres = m_t->db().isPostgres();
    // The long transaction starts first and takes the lower sequence number…
    QVERIFY(longOne->exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")).ok());
    QVERIFY(insertPresence(*longOne, 1001).ok());
    if (!postgres) // SQLite has one writer at a time: the short one can only come after.
        QVERIFY(longOne->exec(QStringLiteral("COMMIT")).ok());
    // …a short one commits meanwhile and is read by the feed…
    QVERIFY(insertPresence(*shortOne, 1002).ok());
    QVERIFY(QTest::qWaitFor([&] { return presenceInserts(collected(changed)).contains(1002); }, 5000));
    // …and the long one commits after it: it must arrive too, once.
    if (postgres) {
        QVERIFY(presenceInserts(collected(changed)).value(1001) == 0);
        QVERIFY(longOne->exec(QStringLiteral("COMMIT")).ok());
        const qint64 lower = m_t->db().scalar(QStringLiteral("SELECT seq FROM change_log WHERE table_name = 'presence' "
                                                             "AND row_id = 1001")).value().toLongLong();
        QVERIFY2(lower < feed.lastSeq(), "the long transaction should hold the lower number");
    }
    QVERIFY2(QTest::qWaitFor([&] { return presenceInserts(collected(changed)).contains(1001); }, 10000),
             "a transaction that committed after a later-numbered one was never delivered");
    QTest::qWait(300);
    const auto seen = presenceInserts(collected(changed));
    QCOMPARE(seen.value(1001), 1);
    QCOMPARE(seen.value(1002), 1);
}

void TestSync::manyWritersEveryCommitOnce()
{
    const int seconds = qEnvironmentVariableIntValue("DESK_SYNC_SOAK_SECONDS") > 0
        ? qEnvironmentVariableIntValue("DESK_SYNC_SOAK_SECONDS") : 30;
    ChangeFeed first, second;
    QSignalSpy firstSpy(&first, &ChangeFeed::changed), secondSpy(&second, &ChangeFeed::changed);
    first.start(m_t->url());
    second.start(m_t->url());
    QVERIFY(waitOnline(first));
    QVERIFY(waitOnline(second));

    std::mutex lock;
    std::set<qint64> committed, rolledBack;
    std::atomic<int> errors{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int w = 0; w < 20; ++w) {
        writers.emplace_back([&, w] {
            std::unique_ptr<Database> db = workstation(*m_t, m_anna);
            QRandomGenerator random(quint32(w + 1));
            for (qint64 n = 0; !stop.load(); ++n) {
                QList<qint64> ids;
                const bool abandon = random.bounded(10) == 0;
                Status done = db->transaction([&]() -> Status {
                    for (int k = 0, rows = 1 + int(random.bounded(3)); k < rows; ++k) {
                        const qint64 id = 100000 + qint64(w) * 1000000 + n * 10 + k;
                        if (Status s = insertPresence(*db, id); !s.ok())
                            return s;
                        ids << id;
                        QThread::msleep(random.bounded(m_t->db().isPostgres() ? 40 : 5));
                    }
                    if (abandon)
                        return Error::invalid(QStringLiteral("abandoned on purpose"));
                    return {};
                });
                std::lock_guard guard(lock);
                if (done.ok())
                    committed.insert(ids.cbegin(), ids.cend());
                else if (abandon || done.error().code == Error::Code::Unavailable
                         || done.error().code == Error::Code::Conflict)
                    rolledBack.insert(ids.cbegin(), ids.cend()); // SQLite busy, a serialization failure: not committed
                else
                    ++errors;
            }
        });
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000)
        QTest::qWait(100);
    stop = true;
    for (auto &t : writers)
        t.join();
    QCOMPARE(errors.load(), 0);
    QVERIFY(committed.size() > 100);
    for (QSignalSpy *spy : {&firstSpy, &secondSpy}) {
        QVERIFY2(QTest::qWaitFor([&] { return presenceInserts(collected(*spy)).size() >= int(committed.size()); }, 15000),
                 qPrintable(QStringLiteral("%1 of %2 commits delivered").arg(presenceInserts(collected(*spy)).size())
                                .arg(committed.size())));
        QTest::qWait(500);
        const auto seen = presenceInserts(collected(*spy));
        int twice = 0, missing = 0, phantom = 0;
        for (qint64 id : committed) {
            missing += seen.value(id) == 0;
            twice += seen.value(id) > 1;
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            phantom += committed.count(it.key()) == 0;
        qInfo("%zu commits, %zu rolled back; delivered %lld: missing %d, twice %d, never committed %d", committed.size(),
              rolledBack.size(), qlonglong(seen.size()), missing, twice, phantom);
        QCOMPARE(missing, 0);
        QCOMPARE(twice, 0);
        QCOMPARE(phantom, 0);
    }
}

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
