// SPDX-License-Identifier: GPL-3.0-or-later
// Intake tokens on SQLite and PostgreSQL: only an administrator adds and revokes them, only
// their SHA-256 is stored and nobody reads it back, a revoked token stays revoked. On PostgreSQL
// the database itself holds these rules.
#include "store/auditlog.h"
#include "store/intaketokenrepository.h"
#include "storetestsupport.h"

#include <QTest>

using namespace desk;
using namespace desk::test;

class TestIntakeTokens final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void issueCheckRevoke();
    void onlyAdministratorsManageTokens();

private:
    std::unique_ptr<TestDatabase> m_t;
    User m_agent, m_admin;
    std::unique_ptr<Database> m_agentDb, m_adminDb;
};

void TestIntakeTokens::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_agent = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_agentDb = workstation(*m_t, m_agent);
    m_adminDb = workstation(*m_t, m_admin);
}

void TestIntakeTokens::cleanup()
{
    m_agentDb.reset();
    m_adminDb.reset();
    m_t.reset();
}

void TestIntakeTokens::issueCheckRevoke()
{
    IntakeTokenRepository admin(*m_adminDb, m_admin);
    auto issued = admin.add(QStringLiteral("website"), {QStringLiteral("https://www.example.org")});
    QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
    QVERIFY(issued->secret.startsWith(QLatin1String("idk_")));
    QVERIFY(issued->secret.size() >= 40);
    QCOMPARE(issued->token.createdBy, m_admin.name);
    QCOMPARE(admin.add(QStringLiteral("website"), {}).error().code, Error::Code::Conflict); // one name, one token
    QCOMPARE(admin.add(QStringLiteral("bad origin"), {QStringLiteral("www.example.org")}).error().code, Error::Code::Invalid);

    IntakeTokenRepository service(m_t->db(), User{0, QStringLiteral("intake"), {}, Role::Agent, true});
    auto checked = service.check(issued->secret);
    QVERIFY2(checked.ok(), qPrintable(checked.errorString()));
    QCOMPARE(checked->name, QStringLiteral("website"));
    QCOMPARE(checked->allowedOrigins, QStringList{QStringLiteral("https://www.example.org")});
    QCOMPARE(service.check(issued->secret + u'x').error().code, Error::Code::NotFound);
    QCOMPARE(service.check(QStringLiteral("not even a token")).error().code, Error::Code::NotFound);
    QVERIFY(admin.list()->first().lastUsedAt.isValid()); // its use is noted

    QVERIFY(admin.revoke(QStringLiteral("website")).ok());
    QCOMPARE(service.check(issued->secret).error().code, Error::Code::NotFound);
    QCOMPARE(admin.revoke(QStringLiteral("website")).error().code, Error::Code::NotFound); // once
    QVERIFY(admin.list()->first().revokedAt.isValid());

    // Adding and revoking are in the audit log, with who and which form; the secret's hash is not.
    auto audit = AuditLog(m_t->db()).list(QStringLiteral("intake_token"), issued->token.id);
    QVERIFY2(audit.ok(), qPrintable(audit.errorString()));
    QStringList actions;
    for (const AuditEntry &e : audit.value()) {
        actions << e.action;
        QCOMPARE(e.actor, m_admin.name);
        QVERIFY(e.after.contains(QLatin1String("website")));
        QVERIFY(!e.after.contains(IntakeTokenRepository::sha256(issued->secret)));
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{QStringLiteral("intake.token_add"), QStringLiteral("intake.token_revoke")}));
    QVERIFY(AuditLog(m_t->db()).verify()->intact);
}

void TestIntakeTokens::onlyAdministratorsManageTokens()
{
    IntakeTokenRepository agent(*m_agentDb, m_agent);
    QVERIFY(!agent.add(QStringLiteral("mine"), {}).ok());
    QVERIFY(IntakeTokenRepository(*m_adminDb, m_admin).add(QStringLiteral("theirs"), {}).ok());
    QVERIFY(!agent.revoke(QStringLiteral("theirs")).ok());
    QVERIFY(IntakeTokenRepository(m_t->db(), m_admin).list()->first().revokedAt.isNull());
    if (!m_t->db().isPostgres())
        return; // SQLite is one file on this computer: whoever has it has everything
    // The same with any SQL an agent or an administrator can run; nobody reads the hashes back.
    QVERIFY(!m_agentDb->exec(QStringLiteral("SELECT token_sha256 FROM intake_tokens")).ok());
    QVERIFY(!m_adminDb->exec(QStringLiteral("SELECT token_sha256 FROM intake_tokens")).ok());
    QVERIFY(!m_agentDb->exec(QStringLiteral("SELECT * FROM intake_tokens")).ok());
    QVERIFY(m_adminDb->exec(QStringLiteral("SELECT name, revoked_at FROM intake_tokens")).ok());
    QVERIFY(!m_agentDb->exec(QStringLiteral("SELECT * FROM intake_requests")).ok());
    for (const QString &sql : {QStringLiteral("INSERT INTO intake_tokens (name, token_sha256) VALUES ('x', '%1')")
                                   .arg(QString(64, u'a')),
                               QStringLiteral("UPDATE intake_tokens SET revoked_at = 1"),
                               QStringLiteral("DELETE FROM intake_tokens")}) {
        QVERIFY2(!m_agentDb->exec(sql).ok(), qPrintable(sql));
    }
    QVERIFY(IntakeTokenRepository(*m_adminDb, m_admin).revoke(QStringLiteral("theirs")).ok());
    for (const QString &sql : {QStringLiteral("UPDATE intake_tokens SET revoked_at = NULL"),
                               QStringLiteral("UPDATE intake_tokens SET name = 'renamed'"),
                               QStringLiteral("UPDATE intake_tokens SET token_sha256 = '%1'").arg(QString(64, u'b')),
                               QStringLiteral("UPDATE intake_tokens SET last_used_at = 0"),
                               QStringLiteral("DELETE FROM intake_tokens"),
                               QStringLiteral("SELECT * FROM desk_intake_token('%1')").arg(QString(64, u'a'))}) {
        QVERIFY2(!m_adminDb->exec(sql).ok(), qPrintable(sql));
    }
}

QTEST_MAIN(TestIntakeTokens)
#include "test_intaketokens.moc"
