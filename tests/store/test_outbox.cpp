// SPDX-License-Identifier: GPL-3.0-or-later
// The offline outbox, replayed into SQLite and PostgreSQL: durable and ordered on this
// computer, applied once however often it is sent, and a conflict — never an overwrite — when
// someone else saved meanwhile.
#include "storetestsupport.h"

#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "store/outbox.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void durableAndInOrder();
    void replayAppliesOnceInOrder();
    void replayingTwiceChangesNothing();
    void newerVersionIsAConflictKeepingBoth();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco;
    Incident m_incident;
    Id m_report = 0;
};

void TestOutbox::init()
{
    QFile::remove(path());
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    Incident draft;
    draft.title = QStringLiteral("Payments slow");
    m_incident = IncidentRepository(m_t->db(), m_anna).create(draft).value();
    Report r;
    r.externalRef = QStringLiteral("OB-1");
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.subject = QStringLiteral("Slow");
    r.body = QStringLiteral("Slow payments");
    m_report = ReportRepository(m_t->db(), m_anna).insert(r).value();
}

void TestOutbox::cleanup()
{
    m_t.reset();
}

void TestOutbox::durableAndInOrder()
{
    {
        auto outbox = Outbox::open(path());
        QVERIFY2(outbox.ok(), qPrintable(outbox.errorString()));
        Incident mine = m_incident;
        mine.description = QStringLiteral("Typed «offline» — ünïcode");
        QVERIFY(outbox.value()->saveIncident(mine, m_incident).ok());
        QVERIFY(outbox.value()->linkReport(m_report, m_incident.id, 1).ok());
        QVERIFY(outbox.value()->markNotIncident(m_report, 2).ok());
    } // the program ends (or crashes after the commit)
    auto again = Outbox::open(path());
    QVERIFY(again.ok());
    const QList<OutboxOperation> ops = again.value()->operations().value();
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops[0].kind, QStringLiteral("incident.save"));
    QCOMPARE(ops[1].kind, QStringLiteral("report.link"));
    QCOMPARE(ops[2].kind, QStringLiteral("report.not_incident"));
    QVERIFY(ops[0].seq < ops[1].seq && ops[1].seq < ops[2].seq);
    QCOMPARE(Outbox::incidentFromJson(ops[0].payload.value(QStringLiteral("incident")).toObject()).description,
             QStringLiteral("Typed «offline» — ünïcode"));
    QVERIFY(ops[0].key != ops[1].key);
    QCOMPARE(again.value()->pendingCount().value(), 3);
    // The file is written with synchronous=FULL.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
    raw.setDatabaseName(path());
    QVERIFY(raw.open());
    QSqlQuery mode(raw);
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

void TestOutbox::replayAppliesOnceInOrder()
{
    auto outbox = Outbox::open(path()).value();
    // Two saves of the same incident offline, both from the version the editor had.
    Incident first = m_incident;
    first.title = QStringLiteral("Payments slow in the EU");
    QVERIFY(outbox->saveIncident(first, m_incident).ok());
    Incident second = first;
    second.description = QStringLiteral("Since 9:00");
    QVERIFY(outbox->saveIncident(second, m_incident).ok());
    QVERIFY(outbox->linkReport(m_report, m_incident.id, 1).ok());

    auto annaDb = workstation(*m_t, m_anna);
    auto replay = outbox->replay(*annaDb, m_anna);
    QVERIFY2(replay.ok(), qPrintable(replay.errorString()));
    QCOMPARE(replay->applied, 3);
    QCOMPARE(replay->conflicts, 0);
    const Incident now = IncidentRepository(m_t->db(), m_anna).get(m_incident.id).value();
    QCOMPARE(now.title, QStringLiteral("Payments slow in the EU"));
    QCOMPARE(now.description, QStringLiteral("Since 9:00"));
    QCOMPARE(now.version, m_incident.version + 2);
    QCOMPARE(ReportRepository(m_t->db(), m_anna).get(m_report)->incidentId, m_incident.id);
    QCOMPARE(outbox->pendingCount().value(), 0);
}

void TestOutbox::replayingTwiceChangesNothing()
{
    auto outbox = Outbox::open(path()).value();
    Incident mine = m_incident;
    mine.workaround = QStringLiteral("Pay by bank transfer");
    QVERIFY(outbox->saveIncident(mine, m_incident).ok());
    auto annaDb = workstation(*m_t, m_anna);
    QCOMPARE(outbox->replay(*annaDb, m_anna)->applied, 1);
    const Incident after = IncidentRepository(m_t->db(), m_anna).get(m_incident.id).value();

    // A crash after the server applied it but before this computer noted it: sent again.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-reset"));
    raw.setDatabaseName(path());
    QVERIFY(raw.open());
    QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE operations SET state = 'pending'")));
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-reset"));

    auto again = outbox->replay(*annaDb, m_anna);
    QVERIFY(again.ok());
    QCOMPARE(again->applied, 0);
    QCOMPARE(again->alreadyApplied, 1);
    QCOMPARE(again->conflicts, 0);
    const Incident unchanged = IncidentRepository(m_t->db(), m_anna).get(m_incident.id).value();
    QCOMPARE(unchanged.version, after.version);
    QCOMPARE(unchanged.workaround, QStringLiteral("Pay by bank transfer"));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM applied_operations"))->toInt(), 1);
}

void TestOutbox::newerVersionIsAConflictKeepingBoth()
{
    auto outbox = Outbox::open(path()).value();
    Incident mine = m_incident;
    mine.description = QStringLiteral("Anna's offline text");
    QVERIFY(outbox->saveIncident(mine, m_incident).ok());
    // Meanwhile Marco saved on his workstation.
    Incident theirs = m_incident;
    theirs.description = QStringLiteral("Marco's text");
    QVERIFY(IncidentRepository(*workstation(*m_t, m_marco), m_marco).save(theirs).ok());

    auto annaDb = workstation(*m_t, m_anna);
    auto replay = outbox->replay(*annaDb, m_anna);
    QVERIFY(replay.ok());
    QCOMPARE(replay->conflicts, 1);
    QCOMPARE(IncidentRepository(m_t->db(), m_anna).get(m_incident.id)->description, QStringLiteral("Marco's text"));
    const QList<OutboxOperation> open = outbox->operations().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().state, OutboxOperation::State::Conflict);
    QCOMPARE(Outbox::incidentFromJson(open.first().payload.value(QStringLiteral("incident")).toObject()).description,
             QStringLiteral("Anna's offline text")); // hers is kept for the merge
    QVERIFY(!open.first().message.isEmpty());
    QVERIFY(outbox->resolve(open.first().seq).ok());
    QVERIFY(outbox->operations()->isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
