// SPDX-License-Identifier: GPL-3.0-or-later
// The intake's way into the database, on SQLite and PostgreSQL: group commits that store each
// report once (repeated keys and references answered with the first report, files kept with
// their report), the local spool that keeps accepted reports across restarts, and the pipeline
// that writes many submissions per transaction and writes back a spool left by a killed run,
// exactly once and in order. On PostgreSQL, the service's role can do that and nothing more.
#include "intake/intakepipeline.h"
#include "store/intakebatchwriter.h"
#include "store/intakespool.h"
#include "store/intaketokenrepository.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace desk;
using namespace desk::test;
using Kind = IntakeOutcome::Kind;

namespace {
IntakeItem item(const QString &reference, Id tokenId = 0, const QString &key = {})
{
    IntakeItem i;
    i.row.externalRef = reference;
    i.row.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    i.row.channel = QStringLiteral("contact_form");
    i.row.language = QStringLiteral("en");
    i.row.subject = QStringLiteral("Checkout fails");
    i.row.body = QStringLiteral("Payment page shows <script>alert(1)</script> and an error ") + reference;
    i.row.customerEmail = QStringLiteral("c@example.org");
    i.tokenId = tokenId;
    i.idempotencyKey = key;
    return i;
}

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto n = db.scalar(sql, values);
    return n.ok() ? n->toLongLong() : -1;
}
} // namespace

class TestIntakePipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void batchStoresEachReportOnce();
    void filesAreKeptWithTheirReport();
    void serviceRoleDoesNothingElse();
    void spoolKeepsItemsAcrossRestarts();
    void spoolRefusesWhatItCannotKeep();
    void groupCommitsUnderConcurrentSubmissions();
    void leftoverSpoolIsWrittenOnceInOrder();
    void aFullSpoolRefuses();

private:
    Id newToken(const QString &name);

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
};

void TestIntakePipeline::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
}

void TestIntakePipeline::cleanup()
{
    m_t.reset();
}

Id TestIntakePipeline::newToken(const QString &name)
{
    const User admin = makeUser(*m_t, QStringLiteral("admin-") + name, Role::Admin);
    auto db = workstation(*m_t, admin);
    auto issued = IntakeTokenRepository(*db, admin).add(name, {});
    if (!issued.ok())
        qFatal("cannot add a token: %s", qPrintable(issued.errorString()));
    return issued->token.id;
}

void TestIntakePipeline::batchStoresEachReportOnce()
{
    const Id token = newToken(QStringLiteral("form"));
    IntakeBatchWriter writer(m_t->db());
    QList<IntakeItem> batch;
    for (int i = 0; i < 700; ++i) // more than one INSERT statement's worth
        batch.append(item(QStringLiteral("WEB-%1").arg(i)));
    batch.append(item(QStringLiteral("WEB-5")));                              // a reference twice in one batch
    batch.append(item(QStringLiteral("KEY-A"), token, QStringLiteral("k1"))); // a key …
    batch.append(item(QStringLiteral("KEY-B"), token, QStringLiteral("k1"))); // … twice, with another reference
    auto first = writer.write(batch);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QCOMPARE(first->size(), batch.size());
    QSet<Id> ids;
    for (int i = 0; i < 700; ++i) {
        QCOMPARE(first->at(i).kind, Kind::Created);
        QCOMPARE(first->at(i).reference, QStringLiteral("WEB-%1").arg(i));
        ids.insert(first->at(i).id);
    }
    QCOMPARE(ids.size(), 700);
    QCOMPARE(first->at(700).kind, Kind::AlreadyReceived);
    QCOMPARE(first->at(700).id, first->at(5).id);
    QCOMPARE(first->at(701).kind, Kind::Created);
    QCOMPARE(first->at(702).kind, Kind::AlreadyReceived);
    QCOMPARE(first->at(702).id, first->at(701).id);
    QCOMPARE(first->at(702).reference, QStringLiteral("KEY-A")); // the first answer, not its own reference
    QCOMPARE(count(m_t->db(), QStringLiteral("SELECT count(*) FROM reports")), 701);

    // The same batch again (a retry after a lost answer) creates nothing and answers the same.
    auto again = writer.write(batch);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        QCOMPARE(again->at(i).kind, Kind::AlreadyReceived);
        QCOMPARE(again->at(i).id, first->at(i).id);
    }
    QCOMPARE(count(m_t->db(), QStringLiteral("SELECT count(*) FROM reports")), 701);
    // What the customer wrote is stored as written, markup and all (escaping is the reader's job).
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT body FROM reports WHERE external_ref = 'WEB-3'"))->toString(),
             batch.at(3).row.body);
}

void TestIntakePipeline::filesAreKeptWithTheirReport()
{
    IntakeItem withFiles = item(QStringLiteral("WEB-FILES"));
    QByteArray png(300000, '\0');
    for (qsizetype i = 0; i < png.size(); ++i)
        png[i] = char(i * 7);
    withFiles.files = {{QStringLiteral("screen.png"), "image/png", png},
                       {QStringLiteral("invoice.pdf"), "application/pdf", QByteArray("%PDF-1.4 ...")}};
    auto written = IntakeBatchWriter(m_t->db()).write({withFiles});
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    const Id id = written->first().id;
    auto q = m_t->db().exec(QStringLiteral("SELECT name, content_type, size, sha256, data FROM report_attachments "
                                           "WHERE report_id = ? ORDER BY position"),
                            {id});
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("screen.png"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("image/png"));
    QCOMPARE(q->value(2).toLongLong(), png.size());
    QCOMPARE(q->value(3).toString(), QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(q->value(4).toByteArray(), png);
    QVERIFY(q.value().next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("invoice.pdf"));
    QVERIFY(!q.value().next());
    const QString listed = m_t->db().scalar(QStringLiteral("SELECT attachments FROM reports WHERE id = ?"), {id})->toString();
    QVERIFY2(listed.contains(QLatin1String("\"name\":\"screen.png\"")) && listed.contains(QLatin1String("\"size\":300000")),
             qPrintable(listed));
    // A file never changes.
    QVERIFY(!m_t->db().exec(QStringLiteral("UPDATE report_attachments SET data = ?"), {QByteArray("x")}).ok());
}

void TestIntakePipeline::serviceRoleDoesNothingElse()
{
    if (!m_t->db().isPostgres())
        return; // SQLite is one file on this computer: whoever has it has everything
    const Id token = newToken(QStringLiteral("shop"));
    const QString login = QStringLiteral("intake_%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(m_t->db().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_intake").arg(login, kPassword)).ok());
    auto cleanupRole = qScopeGuard([&] { (void)m_t->db().exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(login)); });
    auto older = IntakeBatchWriter(m_t->db()).write({item(QStringLiteral("OLD-1"))});
    QVERIFY(older.ok());
    {
        QString error;
        auto service = m_t->connectAs(login, kPassword, &error);
        QVERIFY2(service, qPrintable(error));
        // What it is for: reports in, keys remembered, files attached, repeats found.
        IntakeItem withFile = item(QStringLiteral("SVC-1"), token, QStringLiteral("key-1"));
        withFile.files = {{QStringLiteral("a.txt"), "text/plain", QByteArray("hello")}};
        auto written = IntakeBatchWriter(*service).write({withFile, item(QStringLiteral("OLD-1"))});
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QCOMPARE(written->at(0).kind, Kind::Created);
        QCOMPARE(written->at(1).kind, Kind::AlreadyReceived);
        QCOMPARE(written->at(1).id, older->first().id);
        QVERIFY(IntakeBatchWriter(*service).write({item(QStringLiteral("SVC-2"), token, QStringLiteral("key-1"))})->first().kind
                == Kind::AlreadyReceived);
        // Nothing else: no customer's text, no incidents, updates, users, no changes to reports.
        for (const QString &sql :
             {QStringLiteral("SELECT body FROM reports"), QStringLiteral("SELECT customer_email FROM reports"),
              QStringLiteral("SELECT * FROM reports"), QStringLiteral("SELECT * FROM incidents"),
              QStringLiteral("SELECT * FROM updates"), QStringLiteral("SELECT * FROM users"),
              QStringLiteral("SELECT data FROM report_attachments"), QStringLiteral("SELECT * FROM audit_log"),
              QStringLiteral("UPDATE reports SET status = 'dismissed'"), QStringLiteral("DELETE FROM reports"),
              QStringLiteral("UPDATE reports SET incident_id = NULL WHERE id = %1").arg(older->first().id),
              QStringLiteral("INSERT INTO incidents (reference, title) VALUES ('INC-X', 'x')"),
              QStringLiteral("DELETE FROM report_attachments"),
              QStringLiteral("INSERT INTO intake_tokens (name, token_sha256) VALUES ('x', '%1')").arg(QString(64, u'a')),
              QStringLiteral("SELECT token_sha256 FROM intake_tokens")}) {
            QVERIFY2(!service->exec(sql).ok(), qPrintable(sql));
        }
        // A file goes only with a report received in the same transaction.
        const Status attachToOld = service->transaction([&]() -> Status {
            auto q = service->exec(QStringLiteral("INSERT INTO report_attachments (report_id, position, name, content_type, size, "
                                                  "sha256, data) VALUES (?, 0, 'x.txt', 'text/plain', 1, ?, ?)"),
                                   {older->first().id, QString(64, u'0'), QByteArray("x")});
            return q.ok() ? Status() : q.error();
        });
        QVERIFY(!attachToOld.ok());
    }
}

void TestIntakePipeline::spoolKeepsItemsAcrossRestarts()
{
    const QString path = m_dir.filePath(QStringLiteral("spool-restart.db"));
    {
        IntakeSpool spool;
        QVERIFY(spool.open(path, 1 << 20).ok());
        QList<QString> earlier;
        IntakeItem withFile = item(QStringLiteral("S-2"), 7, QStringLiteral("key"));
        withFile.files = {{QStringLiteral("shot.png"), "image/png", QByteArray(1000, 'p')}};
        QCOMPARE(spool.append({item(QStringLiteral("S-1")), withFile, item(QStringLiteral("S-3"))}, &earlier).value(), 3);
        QVERIFY(earlier.at(0).isEmpty() && earlier.at(1).isEmpty());
        // A repeat (same key, or same reference) is not kept twice; it gets the first reference.
        QCOMPARE(spool.append({item(QStringLiteral("S-9"), 7, QStringLiteral("key")), item(QStringLiteral("S-1"))}, &earlier).value(), 2);
        QCOMPARE(earlier, (QList<QString>{QStringLiteral("S-2"), QStringLiteral("S-1")}));
        QCOMPARE(spool.depth(), 3);
    } // closed as if the process ended
    IntakeSpool spool;
    QVERIFY(spool.open(path, 1 << 20).ok());
    QCOMPARE(spool.depth(), 3);
    auto entries = spool.oldest(10);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).item.row.externalRef, QStringLiteral("S-1"));
    QCOMPARE(entries->at(1).item.row.externalRef, QStringLiteral("S-2"));
    QCOMPARE(entries->at(1).item.files.first().data, QByteArray(1000, 'p'));
    QCOMPARE(entries->at(1).item.idempotencyKey, QStringLiteral("key"));
    QCOMPARE(entries->at(1).item.row.body, item(QStringLiteral("S-2")).row.body);
    QVERIFY(spool.removeUpTo(entries->at(1).seq).ok());
    QCOMPARE(spool.depth(), 1);
    QVERIFY(spool.hold(entries->at(2).seq, QStringLiteral("refused")).ok());
    QCOMPARE(spool.depth(), 0);
    QCOMPARE(spool.held(), 1); // set aside, not dropped
}

void TestIntakePipeline::spoolRefusesWhatItCannotKeep()
{
    IntakeSpool spool;
    QVERIFY(spool.open(m_dir.filePath(QStringLiteral("spool-full.db")), 3000).ok());
    QList<IntakeItem> items;
    for (int i = 0; i < 20; ++i)
        items.append(item(QStringLiteral("F-%1").arg(i)));
    QList<QString> earlier;
    auto kept = spool.append(items, &earlier);
    QVERIFY(kept.ok());
    QVERIFY2(kept.value() > 0 && kept.value() < 20, qPrintable(QString::number(kept.value())));
    QCOMPARE(spool.depth(), kept.value());
    QVERIFY(spool.bytes() <= 3000);
}

void TestIntakePipeline::groupCommitsUnderConcurrentSubmissions()
{
    IntakePipeline::Options options;
    options.database = m_t->url();
    options.spoolPath = m_dir.filePath(QStringLiteral("spool-group.db"));
    IntakePipeline pipeline(options);
    QVERIFY(pipeline.start().ok());
    constexpr int kThreads = 16, kEach = 100;
    std::atomic<int> created{0};
    std::vector<std::thread> senders;
    for (int t = 0; t < kThreads; ++t) {
        senders.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                if (pipeline.submit(item(QStringLiteral("G-%1-%2").arg(t).arg(i))).kind == Kind::Created)
                    ++created;
            }
        });
    }
    for (std::thread &s : senders)
        s.join();
    QCOMPARE(created.load(), kThreads * kEach);
    const auto stats = pipeline.stats();
    pipeline.stop();
    QCOMPARE(stats.committedItems, kThreads * kEach);
    QVERIFY2(stats.commits < kThreads * kEach / 2, qPrintable(QStringLiteral("%1 commits").arg(stats.commits)));
    QCOMPARE(count(m_t->db(), QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'G-%'")), kThreads * kEach);
}

void TestIntakePipeline::leftoverSpoolIsWrittenOnceInOrder()
{
    // A run was killed with 300 reports in its spool, the first 40 of them already written (it
    // died between the commit and the spool's clean-up). The next start writes the rest, once.
    const QString path = m_dir.filePath(QStringLiteral("spool-leftover.db"));
    QList<IntakeItem> items;
    for (int i = 0; i < 300; ++i)
        items.append(item(QStringLiteral("L-%1").arg(i, 3, 10, QLatin1Char('0'))));
    {
        IntakeSpool spool;
        QVERIFY(spool.open(path, qint64(1) << 30).ok());
        QList<QString> earlier;
        QCOMPARE(spool.append(items, &earlier).value(), 300);
    }
    QVERIFY(IntakeBatchWriter(m_t->db()).write(items.mid(0, 40)).ok());

    IntakePipeline::Options options;
    options.database = m_t->url();
    options.spoolPath = path;
    options.maxBatch = 64;
    IntakePipeline pipeline(options);
    QVERIFY(pipeline.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(pipeline.stats().spoolDepth, 0, 20000);
    // New reports queue behind the spool, so they come after it.
    QCOMPARE(pipeline.submit(item(QStringLiteral("L-new"))).kind, Kind::Created);
    pipeline.stop();
    QCOMPARE(count(m_t->db(), QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'L-%'")), 301);
    QCOMPARE(count(m_t->db(), QStringLiteral("SELECT count(DISTINCT external_ref) FROM reports WHERE external_ref LIKE 'L-%'")), 301);
    auto q = m_t->db().exec(QStringLiteral("SELECT external_ref FROM reports WHERE external_ref LIKE 'L-%' ORDER BY id"));
    QVERIFY(q.ok());
    QStringList order;
    while (q.value().next())
        order.append(q->value(0).toString());
    QStringList expected;
    for (const IntakeItem &i : std::as_const(items))
        expected.append(i.row.externalRef);
    expected.append(QStringLiteral("L-new"));
    QCOMPARE(order, expected);
}

void TestIntakePipeline::aFullSpoolRefuses()
{
    // A team database nobody answers for (a closed port) and a spool of 4 KB: the first reports
    // are kept and answered 202, then the service says it cannot keep more (503), never that it did.
    IntakePipeline::Options options;
    options.database = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing")).value();
    options.spoolPath = m_dir.filePath(QStringLiteral("spool-full-pipeline.db"));
    options.spoolMaxBytes = 4000;
    IntakePipeline pipeline(options);
    QVERIFY(pipeline.start().ok());
    QList<Kind> kinds;
    for (int i = 0; i < 30; ++i)
        kinds.append(pipeline.submit(item(QStringLiteral("FULL-%1").arg(i))).kind);
    const auto stats = pipeline.stats();
    pipeline.stop();
    QVERIFY(kinds.first() == Kind::Queued);
    QCOMPARE(kinds.last(), Kind::NotKept);
    QCOMPARE(stats.queued + stats.notKept, 30);
    QVERIFY(stats.queued > 0 && stats.notKept > 0);
    // What was answered 202 is in the spool file, ready for when the database answers.
    IntakeSpool spool;
    QVERIFY(spool.open(options.spoolPath, options.spoolMaxBytes).ok());
    QCOMPARE(spool.depth(), stats.queued);
}

QTEST_MAIN(TestIntakePipeline)
#include "test_intakepipeline.moc"
