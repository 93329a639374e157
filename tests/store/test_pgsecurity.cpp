// SPDX-License-Identifier: GPL-3.0-or-later
// The policy's rules hold in PostgreSQL itself: a modified client logged in as an agent or a
// lead, sending SQL of its own, still cannot break them.
#include "storetestsupport.h"

#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"

#include <QTest>

using namespace desk;
using namespace desk::test;

class TestPgSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agentCannotApprove();
    void nobodyApprovesTheirOwnUpdate();
    void leadApprovesAsThemselves();
    void authorCannotBeForged();
    void publishedUpdatesAreFrozen();
    void auditLogIsAppendOnly();
    void agentsCannotManageUsersOrServices();
    void onlyLeadsWritePublicationJobs();

private:
    Id submittedUpdateBy(Database &db, const User &author);
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_luca;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb, m_lucaDb;
};

void TestPgSecurity::init()
{
    if (engineUnderTest() != Engine::Postgres)
        QFAIL("this test is registered for PostgreSQL only: DESK_TEST_ENGINE=postgres");
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_luca = makeUser(*m_t, QStringLiteral("luca"), Role::Lead);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    m_lucaDb = workstation(*m_t, m_luca);
}

void TestPgSecurity::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_lucaDb.reset();
    m_t.reset();
}

Id TestPgSecurity::submittedUpdateBy(Database &db, const User &author)
{
    Incident draft;
    draft.title = QStringLiteral("Payments failing");
    auto incident = IncidentRepository(db, author).create(draft);
    if (!incident.ok())
        qFatal("%s", qPrintable(incident.errorString()));
    auto update = UpdateRepository(db, author).createDraft(incident->id, UpdateKind::Progress,
                                                           {{Language::En, QStringLiteral("We are on it.")}});
    update = UpdateRepository(db, author).submit(update->update.id, update->update.version);
    if (!update.ok())
        qFatal("%s", qPrintable(update.errorString()));
    return update->update.id;
}

void TestPgSecurity::agentCannotApprove()
{
    const Id id = submittedUpdateBy(*m_giuliaDb, m_giulia); // written by a lead, so only the role is wrong
    auto r = m_annaDb->exec(QStringLiteral("UPDATE updates SET status = 'approved', approver = 'giulia' WHERE id = ?"), {id});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    QVERIFY2(r.errorString().contains(QLatin1String("team lead")), qPrintable(r.errorString()));
    auto publish = m_annaDb->exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE id = ?"), {id});
    QVERIFY(!publish.ok());
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT status FROM updates WHERE id = ?"), {id})->toString(),
             QStringLiteral("submitted"));
}

void TestPgSecurity::nobodyApprovesTheirOwnUpdate()
{
    const Id id = submittedUpdateBy(*m_giuliaDb, m_giulia);
    auto r = m_giuliaDb->exec(QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = ?"), {id});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("own update")), qPrintable(r.errorString()));
    auto changes = m_giuliaDb->exec(QStringLiteral("UPDATE updates SET status = 'changes_requested' WHERE id = ?"), {id});
    QVERIFY(!changes.ok());
}

void TestPgSecurity::leadApprovesAsThemselves()
{
    const Id id = submittedUpdateBy(*m_annaDb, m_anna);
    // The client claims someone else approved; the database records who really did.
    auto r = m_lucaDb->exec(QStringLiteral("UPDATE updates SET status = 'approved', approver = 'giulia' WHERE id = ?"), {id});
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT approver FROM updates WHERE id = ?"), {id})->toString(),
             QStringLiteral("luca"));
    auto notApproved = m_lucaDb->exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE id = ? AND false"), {id});
    QVERIFY(notApproved.ok());
    auto skip = m_annaDb->exec(QStringLiteral("UPDATE updates SET approver = 'anna' WHERE id = ?"), {id});
    QVERIFY(!skip.ok());
}

void TestPgSecurity::authorCannotBeForged()
{
    Incident draft;
    draft.title = QStringLiteral("Orders");
    auto incident = IncidentRepository(*m_annaDb, m_anna).create(draft);
    QVERIFY(incident.ok());
    auto id = m_annaDb->scalar(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                                              "VALUES (?, 'progress', 'draft', 'giulia', 0, 0) RETURNING id"),
                               {incident->id});
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT author FROM updates WHERE id = ?"), {id.value()})->toString(),
             QStringLiteral("anna"));
    auto preApproved = m_annaDb->exec(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                                                     "VALUES (?, 'progress', 'approved', 'anna', 0, 0)"),
                                      {incident->id});
    QVERIFY(!preApproved.ok());
    auto rename = m_annaDb->exec(QStringLiteral("UPDATE updates SET author = 'luca' WHERE id = ?"), {id.value()});
    QVERIFY(!rename.ok());
}

void TestPgSecurity::publishedUpdatesAreFrozen()
{
    const Id id = submittedUpdateBy(*m_annaDb, m_anna);
    QVERIFY(m_lucaDb->exec(QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = ?"), {id}).ok());
    QVERIFY(m_lucaDb->exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE id = ?"), {id}).ok());
    for (Database *db : {m_annaDb.get(), m_lucaDb.get(), &m_t->db()}) {
        QVERIFY(!db->exec(QStringLiteral("UPDATE updates SET review_comment = 'x' WHERE id = ?"), {id}).ok());
        QVERIFY(!db->exec(QStringLiteral("UPDATE update_bodies SET body = 'x' WHERE update_id = ?"), {id}).ok());
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM updates WHERE id = ?"), {id}).ok());
    }
}

void TestPgSecurity::auditLogIsAppendOnly()
{
    // Clients do not write the log at all: the database does, from the changes themselves.
    auto inserted = m_annaDb->exec(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, prev_hash, hash) "
                                                  "VALUES (999999, 0, 'giulia', 'forged', 'report', 'x', 'y')"));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().code, Error::Code::Forbidden);
    auto made = m_annaDb->scalar(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, "
                                                "updated_at) VALUES ('AUDIT-1', 0, 'phone', 's', 'b', 0) RETURNING id"));
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    const Id report = made.value().toLongLong();
    QVERIFY(m_annaDb->exec(QStringLiteral("UPDATE reports SET claimed_by = 'anna', claim_until = desk_now_ms() + 60000, "
                                          "status = 'claimed' WHERE id = ?"), {report}).ok());
    auto last = m_t->db().exec(QStringLiteral("SELECT actor, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QVERIFY(last.value().next());
    QCOMPARE(last.value().value(0).toString(), QStringLiteral("anna")); // the actor is who logged in
    QCOMPARE(last.value().value(1).toString(), QStringLiteral("report.claim"));
    QCOMPARE(last.value().value(2).toLongLong(), report);
    for (Database *db : {m_annaDb.get(), m_lucaDb.get(), &m_t->db()}) {
        QVERIFY(!db->exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")).ok());
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QVERIFY(!db->exec(QStringLiteral("TRUNCATE audit_log")).ok());
    }
}

void TestPgSecurity::agentsCannotManageUsersOrServices()
{
    auto r = m_annaDb->exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'anna'"));
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    auto s = m_annaDb->exec(QStringLiteral("INSERT INTO services (key, name) VALUES ('x', 'X')"));
    QCOMPARE(s.error().code, Error::Code::Forbidden);
    auto c = m_annaDb->exec(QStringLiteral("INSERT INTO change_log (at, table_name, row_id, op) VALUES (0, 'x', 1, 'y')"));
    QCOMPARE(c.error().code, Error::Code::Forbidden);
    auto d = m_annaDb->exec(QStringLiteral("DELETE FROM reports"));
    QCOMPARE(d.error().code, Error::Code::Forbidden);
}

void TestPgSecurity::onlyLeadsWritePublicationJobs()
{
    const User admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    auto adminDb = workstation(*m_t, admin);
    auto target = PublicationRepository(*adminDb, admin).addTarget(PublicationKind::HelpCenter, QStringLiteral("Site"));
    QVERIFY2(target.ok(), qPrintable(target.errorString()));
    // Configuring targets is for administrators, even through SQL.
    auto agentTarget = m_annaDb->exec(QStringLiteral("INSERT INTO publication_targets (kind, name, created_at) "
                                                     "VALUES ('webhook', 'sneaky', 0)"));
    QCOMPARE(agentTarget.error().code, Error::Code::Forbidden);
    auto leadTarget = m_giuliaDb->exec(QStringLiteral("UPDATE publication_targets SET enabled = false"));
    QCOMPARE(leadTarget.error().code, Error::Code::Forbidden);

    const Id id = submittedUpdateBy(*m_annaDb, m_anna);
    auto approved = UpdateRepository(*m_giuliaDb, m_giulia).approve(id, 2);
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
    // An agent cannot queue the approved update for publishing, nor mark it published.
    auto agentJob = m_annaDb->exec(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, idempotency_key, "
                                                  "created_at, updated_at) VALUES (?, ?, 'k1', 0, 0)"),
                                   {id, target->id});
    QCOMPARE(agentJob.error().code, Error::Code::Forbidden);
    // A lead cannot queue it before it is published.
    auto earlyJob = m_giuliaDb->exec(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, idempotency_key, "
                                                    "created_at, updated_at) VALUES (?, ?, 'k2', 0, 0)"),
                                     {id, target->id});
    QVERIFY(!earlyJob.ok());
    QVERIFY2(earlyJob.errorString().contains(QLatin1String("published")), qPrintable(earlyJob.errorString()));

    auto published = UpdateRepository(*m_lucaDb, m_luca).publish(id, approved->update.version);
    QVERIFY2(published.ok(), qPrintable(published.errorString()));
    const PublicationJob job = PublicationRepository(*m_annaDb, m_anna).jobsForUpdate(id)->first();
    auto agentUpdate = m_annaDb->exec(QStringLiteral("UPDATE publication_jobs SET state = 'cancelled' WHERE id = ?"), {job.id});
    QCOMPARE(agentUpdate.error().code, Error::Code::Forbidden);
    auto rekey = m_giuliaDb->exec(QStringLiteral("UPDATE publication_jobs SET idempotency_key = 'other' WHERE id = ?"), {job.id});
    QCOMPARE(rekey.error().code, Error::Code::Forbidden);
    auto cancel = m_giuliaDb->exec(QStringLiteral("UPDATE publication_jobs SET state = 'cancelled' WHERE id = ?"), {job.id});
    QVERIFY2(cancel.ok(), qPrintable(cancel.errorString()));
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "test_pgsecurity.moc"
