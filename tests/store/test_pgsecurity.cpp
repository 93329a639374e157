// SPDX-License-Identifier: GPL-3.0-or-later
// The policy's rules hold in PostgreSQL itself: a modified client logged in as an agent or a
// lead, sending SQL of its own, still cannot break them.
#include "storetestsupport.h"

#include "store/incidentrepository.h"
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

private:
    Id submittedUpdateBy(Database &db, const User &author);
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_luca;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb, m_lucaDb;
};

void TestPgSecurity::init()
{
    if (engineUnderTest() != Engine::Postgres)
        QSKIP("these rules are checked on PostgreSQL");
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
    auto inserted = m_annaDb->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, prev_hash, hash) "
                                                  "VALUES (0, 'giulia', 'forged', 'report', 'x', 'y')"));
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
    auto last = m_t->db().exec(QStringLiteral("SELECT actor, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QVERIFY(last.value().next());
    QCOMPARE(last.value().value(0).toString(), QStringLiteral("anna")); // the actor is who logged in
    QVERIFY(last.value().value(1).toString() != QLatin1String("y"));    // the chain is the server's
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

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "test_pgsecurity.moc"
