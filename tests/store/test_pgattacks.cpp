// SPDX-License-Identifier: GPL-3.0-or-later
// The policy's rules tried as an attacker would: two agents, two leads and an administrator, each
// with only their own PostgreSQL login, run SQL of their own over real connections. Every attack
// must be refused with the reason, leave every table exactly as it was, and leave the audit
// chain intact. Controls next to the attacks prove the same people can do the legitimate thing,
// so a refusal means the rule, not a broken fixture.
#include "storetestsupport.h"
#include "store/auditlog.h"
#include "store/incidentrepository.h"
#include "store/migrator.h"
#include "store/updaterepository.h"

#include <QCryptographicHash>
#include <QTest>

#include <thread>

using namespace desk;
using namespace desk::test;

namespace {
const QStringList kTables{QStringLiteral("users"), QStringLiteral("services"), QStringLiteral("counters"),
                          QStringLiteral("incidents"), QStringLiteral("incident_services"),
                          QStringLiteral("preventive_actions"), QStringLiteral("reports"), QStringLiteral("updates"),
                          QStringLiteral("update_bodies"), QStringLiteral("audit_log"), QStringLiteral("audit_chain_head"),
                          QStringLiteral("change_log"), QStringLiteral("publication_targets"),
                          QStringLiteral("publication_jobs"), QStringLiteral("presence"),
                          QStringLiteral("applied_operations"), QStringLiteral("schema_migrations"),
                          QStringLiteral("confirmation_exports")};
} // namespace

class TestPgAttacks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void attack_data();
    void attack();
    void controlsStillWork();
    void authorIsWhoeverLoggedIn();
    void changingApprovedTextSendsItBackToDraft();
    void movingAnApprovedUpdateSendsItBack();
    void cadenceClockFollowsPublicationsOnly();
    void leaseIsClampedByTheServer();
    void presenceAndOperationsBelongToTheirUser();
    void privilegedCodeIgnoresTemporaryObjects();
    void auditChainHoldsAtEveryIsolationLevel();
    void auditChainHoldsUnderConcurrency();
    void migrationsFromTwoWorkstationsAtOnce();

private:
    QString fingerprint() const;
    void expectChainIntact();
    std::unique_ptr<Database> as(const QString &who) const;
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    Id newUpdate(const QString &author, UpdateKind kind, const QString &finalStatus, Id incident = 0);

    TestDatabase m_t;
    QHash<QString, User> m_users;
    Id m_incident = 0;   // acknowledged, with a published acknowledgement
    Id m_other = 0;      // reported, nothing written yet
    Id m_draft = 0;      // anna's draft
    Id m_submitted = 0;  // anna's, submitted
    Id m_approved = 0;   // anna's, approved by luca
    Id m_giuliaOwn = 0;  // giulia's own, submitted
    Id m_published = 0;  // the acknowledgement, published
    Id m_report = 0;     // claimed by anna (live)
    Id m_linked = 0;     // linked to m_incident
    Id m_target = 0;
    Id m_job = 0;
};

void TestPgAttacks::initTestCase()
{
    if (postgresAdminUrl().isEmpty()) {
        if (postgresRequired())
            QFAIL("CI=true but no PostgreSQL test server is running (tests/pg-start.sh failed)");
        QSKIP("no PostgreSQL test server (tests/pg-start.sh)");
    }
    QString why;
    QVERIFY2(m_t.create(Engine::Postgres, &why), qPrintable(why));
    for (const auto &[name, role] : {std::pair{QStringLiteral("anna"), Role::Agent}, std::pair{QStringLiteral("marco"), Role::Agent},
                                     std::pair{QStringLiteral("giulia"), Role::Lead}, std::pair{QStringLiteral("luca"), Role::Lead},
                                     std::pair{QStringLiteral("boss"), Role::Admin}})
        m_users.insert(name, makeUser(m_t, name, role));

    Database &su = m_t.db();
    QVERIFY(su.exec(QStringLiteral("INSERT INTO services (key, name) VALUES ('payments', 'Payments')")).ok());
    auto anna = as(QStringLiteral("anna"));
    Incident draft;
    draft.title = QStringLiteral("Payments fail");
    auto made = IncidentRepository(*anna, m_users[QStringLiteral("anna")]).create(draft);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    m_incident = made->id;
    draft.title = QStringLiteral("Search is slow");
    auto other = IncidentRepository(*anna, m_users[QStringLiteral("anna")]).create(draft);
    QVERIFY2(other.ok(), qPrintable(other.errorString()));
    m_other = other->id;

    m_published = newUpdate(QStringLiteral("anna"), UpdateKind::Acknowledgement, QStringLiteral("approved"));
    auto inc = IncidentRepository(*anna, m_users[QStringLiteral("anna")]).get(m_incident);
    QVERIFY(IncidentRepository(*anna, m_users[QStringLiteral("anna")]).transition(m_incident, IncidentState::Acknowledged, inc->version).ok());
    auto giulia = as(QStringLiteral("giulia"));
    auto boss = as(QStringLiteral("boss"));
    auto target = boss->scalar(QStringLiteral("INSERT INTO publication_targets (kind, name, created_at) "
                                              "VALUES ('helpcenter', 'Site', 0) RETURNING id"));
    QVERIFY2(target.ok(), qPrintable(target.errorString()));
    m_target = target.value().toLongLong();
    auto pub = UpdateRepository(*giulia, m_users[QStringLiteral("giulia")])
                   .publish(m_published, value(QStringLiteral("SELECT version FROM updates WHERE id = ?"), {m_published}).toInt());
    QVERIFY2(pub.ok(), qPrintable(pub.errorString()));
    m_job = value(QStringLiteral("SELECT id FROM publication_jobs WHERE update_id = ?"), {m_published}).toLongLong();
    QVERIFY(m_job > 0);

    m_draft = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("draft"));
    m_submitted = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("submitted"));
    m_approved = newUpdate(QStringLiteral("anna"), UpdateKind::Impact, QStringLiteral("approved"));
    m_giuliaOwn = newUpdate(QStringLiteral("giulia"), UpdateKind::Progress, QStringLiteral("submitted"));

    for (int n = 0; n < 2; ++n) {
        auto r = anna->scalar(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, "
                                             "updated_at) VALUES (?, 0, 'contact_form', 'Card refused', 'It fails', 0) "
                                             "RETURNING id"),
                              {QStringLiteral("ATT-%1").arg(n)});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        (n == 0 ? m_report : m_linked) = r.value().toLongLong();
    }
    QVERIFY(anna->exec(QStringLiteral("UPDATE reports SET claimed_by = 'anna', claim_until = desk_now_ms() + 3600000, "
                                      "status = 'claimed' WHERE id = ?"), {m_report}).ok());
    QVERIFY(anna->exec(QStringLiteral("UPDATE reports SET status = 'linked', incident_id = ? WHERE id = ?"),
                       {m_incident, m_linked}).ok());
    QVERIFY(anna->exec(QStringLiteral("UPDATE reports SET confirmation = 'exported', confirmed_at = desk_now_ms() "
                                      "WHERE id = ?"), {m_linked}).ok());
    QVERIFY(anna->exec(QStringLiteral("INSERT INTO presence (workstation, user_name, entity, entity_id, activity, "
                                      "heartbeat_at) VALUES ('ws-anna', 'anna', 'incident', ?, 'viewing', 0)"),
                       {m_incident}).ok());
    expectChainIntact();
}

void TestPgAttacks::cleanupTestCase()
{
    m_t.close();
}

std::unique_ptr<Database> TestPgAttacks::as(const QString &who) const
{
    QString error;
    auto db = m_t.connectAs(who, kPassword, &error);
    if (!db)
        qFatal("cannot log in as %s: %s", qPrintable(who), qPrintable(error));
    return db;
}

QVariant TestPgAttacks::value(const QString &sql, const QVariantList &values) const
{
    auto v = const_cast<TestDatabase &>(m_t).db().scalar(sql, values);
    if (!v.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(v.errorString()));
    return v.value();
}

Id TestPgAttacks::newUpdate(const QString &author, UpdateKind kind, const QString &finalStatus, Id incident)
{
    auto db = as(author);
    UpdateRepository repo(*db, m_users[author]);
    auto u = repo.createDraft(incident ? incident : m_incident, kind, {{Language::En, QStringLiteral("Text of %1").arg(author)},
                                                                      {Language::It, QStringLiteral("Testo")}});
    if (!u.ok())
        qFatal("draft: %s", qPrintable(u.errorString()));
    if (finalStatus == QLatin1String("draft"))
        return u->update.id;
    u = repo.submit(u->update.id, u->update.version);
    if (!u.ok())
        qFatal("submit: %s", qPrintable(u.errorString()));
    if (finalStatus == QLatin1String("submitted"))
        return u->update.id;
    auto luca = as(QStringLiteral("luca"));
    u = UpdateRepository(*luca, m_users[QStringLiteral("luca")]).approve(u->update.id, u->update.version);
    if (!u.ok())
        qFatal("approve: %s", qPrintable(u.errorString()));
    return u->update.id;
}

QString TestPgAttacks::fingerprint() const
{
    QString all;
    for (const QString &table : kTables) {
        all += table + u'=' +
               value(QStringLiteral("SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM %1 x").arg(table))
                   .toString()
               + u';';
    }
    all += QStringLiteral("roles=") + value(QStringLiteral("SELECT string_agg(rolname::text || rolsuper::text || rolcreaterole::text, ',' "
                                                           "ORDER BY rolname) FROM pg_roles WHERE rolname NOT LIKE 'pg_%'"))
                                          .toString();
    all += QStringLiteral("members=") + value(QStringLiteral("SELECT string_agg(roleid::regrole::text || '>' || member::regrole::text, "
                                                             "',' ORDER BY 1) FROM pg_auth_members")).toString();
    all += QStringLiteral("objects=") + value(QStringLiteral("SELECT string_agg(c.relname::text || ':' || c.relowner::regrole::text, ',' "
                                                             "ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON "
                                                             "n.oid = c.relnamespace WHERE n.nspname = 'public'")).toString();
    all += QStringLiteral("functions=") + value(QStringLiteral("SELECT string_agg(p.proname::text || ':' || md5(p.prosrc) || ':' || "
                                                               "p.proowner::regrole::text, ',' ORDER BY 1) FROM pg_proc p "
                                                               "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"))
                                            .toString();
    all += QStringLiteral("triggers=") + value(QStringLiteral("SELECT string_agg(tgname::text || tgenabled::text, ',' ORDER BY 1) FROM pg_trigger"))
                                            .toString();
    return all;
}

void TestPgAttacks::expectChainIntact()
{
    auto verified = AuditLog(m_t.db()).verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
    QVERIFY2(verified->intact, qPrintable(QStringLiteral("audit chain broken at %1").arg(verified->firstBrokenSeq)));
}

void TestPgAttacks::attack_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("refusal"); // a piece of the message the person sees

    auto row = [](const char *name, const char *who, QStringList sql, const char *refusal) {
        QTest::newRow(name) << QString::fromLatin1(who) << sql << QString::fromUtf8(refusal);
    };
    // %D draft, %S submitted, %A approved, %G giulia's own submitted, %P published, %I incident,
    // %O other incident, %R report claimed by anna, %L linked report, %T target, %J job.
    // 1. Privileges
    row("agent becomes a lead", "marco", {QStringLiteral("SET ROLE desk_lead")}, "permission denied");
    row("agent becomes the owner", "marco", {QStringLiteral("SET ROLE desk_owner")}, "permission denied");
    row("lead becomes the owner", "giulia", {QStringLiteral("SET ROLE desk_owner")}, "permission denied");
    row("admin becomes the owner", "boss", {QStringLiteral("SET ROLE desk_owner")}, "permission denied");
    row("agent grants herself admin", "anna", {QStringLiteral("GRANT desk_admin TO anna")}, "must have admin option");
    row("admin grants herself superuser", "boss", {QStringLiteral("ALTER ROLE boss SUPERUSER")}, "must be superuser");
    row("agent creates a table in public", "anna", {QStringLiteral("CREATE TABLE public.mine (x int)")}, "permission denied");
    row("agent replaces a guard function", "anna",
        {QStringLiteral("CREATE OR REPLACE FUNCTION public.desk_is_lead() RETURNS boolean LANGUAGE sql AS 'SELECT true'")},
        "permission denied");
    row("lead disables a trigger", "giulia", {QStringLiteral("ALTER TABLE updates DISABLE TRIGGER updates_guard")},
        "must be owner");
    row("admin disables the audit", "boss", {QStringLiteral("ALTER TABLE reports DISABLE TRIGGER ALL")}, "must be owner");
    row("agent changes session authorization", "anna", {QStringLiteral("SET SESSION AUTHORIZATION giulia")},
        "permission denied");
    row("agent calls the audit writer", "anna",
        {QStringLiteral("SELECT desk_audit_write('forged', 'report', 1, '{}', '{}')")}, "permission denied");
    // 2. Four eyes
    row("agent approves", "marco", {QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = %S")},
        "only a team lead");
    row("author approves her own", "anna", {QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = %S")},
        "only a team lead");
    row("lead approves her own", "giulia", {QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = %G")},
        "nobody approves their own");
    row("lead approves her own as desk_lead", "giulia",
        {QStringLiteral("SET ROLE desk_lead"), QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = %G")},
        "nobody approves their own");
    row("lead approves her own as desk_admin", "boss",
        {QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                        "VALUES (%I, 'progress', 'draft', 'boss', 0, 0)"),
         QStringLiteral("UPDATE updates SET status = 'submitted' WHERE author = 'boss'"),
         QStringLiteral("SET ROLE desk_lead"),
         QStringLiteral("UPDATE updates SET status = 'approved' WHERE author = 'boss'")},
        "nobody approves their own");
    row("lead publishes a submitted update", "luca", {QStringLiteral("UPDATE updates SET status = 'published' WHERE id = %S")},
        "only an approved update");
    row("lead publishes a draft", "luca", {QStringLiteral("UPDATE updates SET status = 'published' WHERE id = %D")},
        "only an approved update");
    row("lead approves a draft", "luca", {QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = %D")},
        "only a submitted update");
    row("lead names another approver", "giulia",
        {QStringLiteral("UPDATE updates SET approver = 'luca' WHERE id = %G")}, "set by the review");
    row("agent publishes", "anna", {QStringLiteral("UPDATE updates SET status = 'published' WHERE id = %A")},
        "only a team lead");
    row("agent inserts a published update", "anna",
        {QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                        "VALUES (%I, 'progress', 'published', 'anna', 0, 0)")},
        "starts as a draft");
    row("agent inserts an approved update", "anna",
        {QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, approver, created_at, updated_at) "
                        "VALUES (%I, 'progress', 'approved', 'anna', 'luca', 0, 0)")},
        "starts as a draft");
    row("agent forges the review comment", "anna", {QStringLiteral("UPDATE updates SET review_comment = 'ok' WHERE id = %S")},
        "set by the review");
    row("publication time without publishing", "luca",
        {QStringLiteral("UPDATE updates SET published_at = 1 WHERE id = %A")}, "only publishing");
    row("submission time rewritten", "anna",
        {QStringLiteral("UPDATE updates SET submitted_at = 1 WHERE id = %S")}, "only submitting");
    row("author rewritten", "anna", {QStringLiteral("UPDATE updates SET author = 'marco' WHERE id = %D")},
        "permission denied");
    // 3–4. Published updates never change, move or go
    row("published body edited", "giulia", {QStringLiteral("UPDATE update_bodies SET body = 'x' WHERE update_id = %P")},
        "never changes");
    row("published body edited by admin", "boss", {QStringLiteral("UPDATE update_bodies SET body = 'x' WHERE update_id = %P")},
        "never changes");
    row("published body deleted", "anna", {QStringLiteral("DELETE FROM update_bodies WHERE update_id = %P")},
        "never changes");
    row("body added to a published update", "anna",
        {QStringLiteral("INSERT INTO update_bodies (update_id, language, body) VALUES (%P, 'de', 'x')")}, "never changes");
    row("body moved into a published update", "anna",
        {QStringLiteral("UPDATE update_bodies SET update_id = %P WHERE update_id = %D AND language = 'en'")},
        "never changes");
    row("body moved out of a published update", "giulia",
        {QStringLiteral("UPDATE update_bodies SET update_id = %D WHERE update_id = %P AND language = 'it'")},
        "never changes");
    row("published update moved", "giulia", {QStringLiteral("UPDATE updates SET incident_id = %O WHERE id = %P")},
        "never changes");
    row("published update deleted", "giulia", {QStringLiteral("DELETE FROM updates WHERE id = %P")}, "never changes");
    row("published update withdrawn", "luca", {QStringLiteral("UPDATE updates SET status = 'draft' WHERE id = %P")},
        "never changes");
    row("bodies truncated", "boss", {QStringLiteral("TRUNCATE update_bodies")}, "permission denied");
    // 5. Lifecycle
    row("skip to resolved", "anna", {QStringLiteral("UPDATE incidents SET state = 'resolved' WHERE id = %O")},
        "cannot go from reported to resolved");
    row("acknowledge without the update", "anna", {QStringLiteral("UPDATE incidents SET state = 'acknowledged' WHERE id = %O")},
        "acknowledgement update");
    row("resolve without the update", "anna", {QStringLiteral("UPDATE incidents SET state = 'resolved' WHERE id = %I")},
        "resolution update");
    row("closed straight away", "giulia", {QStringLiteral("UPDATE incidents SET state = 'closed' WHERE id = %I")},
        "cannot go from acknowledged to closed");
    row("new incident already resolved", "anna",
        {QStringLiteral("INSERT INTO incidents (reference, title, state, created_at, updated_at) "
                        "VALUES ('INC-2026-9999', 'x', 'resolved', 0, 0)")},
        "starts as reported");
    row("new incident already published", "anna",
        {QStringLiteral("INSERT INTO incidents (reference, title, created_at, updated_at, last_published_at) "
                        "VALUES ('INC-2026-9998', 'x', 0, 0, 5)")},
        "starts as reported");
    row("acknowledgement time rewritten", "anna", {QStringLiteral("UPDATE incidents SET acknowledged_at = 1 WHERE id = %I")},
        "set by acknowledging, and only then");
    row("resolution time forged", "giulia", {QStringLiteral("UPDATE incidents SET resolved_at = 1 WHERE id = %I")},
        "set by resolving, and only then");
    row("reference taken over", "anna",
        {QStringLiteral("UPDATE incidents SET reference = 'INC-2026-0001' WHERE id = %O")}, "permission denied");
    row("creation time rewritten", "anna", {QStringLiteral("UPDATE incidents SET created_at = 1 WHERE id = %I")},
        "permission denied");
    row("incident deleted", "boss", {QStringLiteral("DELETE FROM incidents WHERE id = %O")}, "permission denied");
    row("duplicate reference", "anna",
        {QStringLiteral("INSERT INTO incidents (reference, title, created_at, updated_at) "
                        "SELECT reference, 'x', 0, 0 FROM incidents WHERE id = %I")},
        "duplicate key");
    // 6. Claims
    row("claim in another's name", "marco",
        {QStringLiteral("UPDATE reports SET claimed_by = 'giulia', claim_until = desk_now_ms() + 1000 WHERE id = %L")},
        "in another person's name");
    row("live claim released by another", "marco",
        {QStringLiteral("UPDATE reports SET claimed_by = NULL, claim_until = NULL, status = 'new' WHERE id = %R")},
        "holds a live claim");
    row("live claim taken over", "marco",
        {QStringLiteral("UPDATE reports SET claimed_by = 'marco' WHERE id = %R")}, "holds a live claim");
    row("claimed report linked by another", "giulia",
        {QStringLiteral("UPDATE reports SET status = 'linked', incident_id = %I WHERE id = %R")}, "holds a live claim");
    row("claim inserted for another", "marco",
        {QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, updated_at, claimed_by, "
                        "claim_until) VALUES ('ATT-X', 0, 'phone', 's', 'b', 0, 'anna', 1)")},
        "in another person's name");
    // 7. Counters and references
    row("counter rewound", "anna", {QStringLiteral("UPDATE counters SET value = 0")}, "only moves forward");
    row("counter jumps", "anna", {QStringLiteral("UPDATE counters SET value = value + 100")}, "only moves forward");
    row("counter deleted", "boss", {QStringLiteral("DELETE FROM counters")}, "permission denied");
    row("sequence rewound", "boss", {QStringLiteral("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), 1)")},
        "permission denied");
    // 8. Audit log
    row("audit entry added", "giulia",
        {QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, prev_hash, hash) "
                        "VALUES (424242, 0, 'luca', 'forged', 'report', '', '')")},
        "permission denied");
    row("audit entry changed", "boss", {QStringLiteral("UPDATE audit_log SET actor = 'nobody'")}, "permission denied");
    row("audit entry deleted", "boss", {QStringLiteral("DELETE FROM audit_log")}, "permission denied");
    row("audit truncated", "boss", {QStringLiteral("TRUNCATE audit_log")}, "permission denied");
    row("audit head moved", "boss", {QStringLiteral("UPDATE audit_chain_head SET statements = 0")}, "permission denied");
    row("change log forged", "anna",
        {QStringLiteral("INSERT INTO change_log (at, table_name, row_id, op) VALUES (0, 'reports', 1, 'update')")},
        "permission denied");
    row("change log emptied", "boss", {QStringLiteral("DELETE FROM change_log")}, "permission denied");
    row("migrations forged", "boss",
        {QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'x', 0)")},
        "permission denied");
    // 9. Secrets
    row("password hash stored", "boss",
        {QStringLiteral("UPDATE users SET password_hash = 'argon2' WHERE name = 'boss'")}, "passwords are not kept");
    row("secret in a target", "boss",
        {QStringLiteral("UPDATE publication_targets SET config = '{\"apiKey\": \"s3cr3t\"}' WHERE id = %T")},
        "cannot hold a secret");
    row("token in a new target", "boss",
        {QStringLiteral("INSERT INTO publication_targets (kind, name, config, created_at) "
                        "VALUES ('webhook', 'Hook', '{\"hmac_secret\": \"x\"}', 0)")},
        "cannot hold a secret");
    // Customers' words and confirmations
    row("customer text rewritten", "anna", {QStringLiteral("UPDATE reports SET body = 'nothing happened' WHERE id = %L")},
        "permission denied");
    row("report deleted", "giulia", {QStringLiteral("DELETE FROM reports WHERE id = %L")}, "permission denied");
    row("confirmation forged backwards", "anna",
        {QStringLiteral("UPDATE reports SET confirmation = 'none', confirmed_at = NULL WHERE id = %L")},
        "only moves forward");
    row("confirmation of an unacknowledged incident", "anna",
        {QStringLiteral("UPDATE reports SET status = 'linked', incident_id = %O WHERE id = %L"),
         QStringLiteral("UPDATE reports SET confirmation = 'exported', confirmed_at = 5 WHERE id = %L")},
        "acknowledged incident");
    // Jobs, services, users
    row("agent writes a job", "anna", {QStringLiteral("UPDATE publication_jobs SET state = 'done' WHERE id = %J")},
        "permission denied");
    row("job pointed at another update", "luca", {QStringLiteral("UPDATE publication_jobs SET update_id = %A WHERE id = %J")},
        "keeps its update");
    row("job for an unpublished update", "luca",
        {QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, idempotency_key, created_at, updated_at) "
                        "VALUES (%A, %T, 'k-forged', 0, 0)")},
        "only a published update");
    row("agent changes a service", "anna", {QStringLiteral("UPDATE services SET status = 'major_outage'")},
        "permission denied");
    row("lead renames a service", "giulia", {QStringLiteral("UPDATE services SET name = 'x'")}, "permission denied");
    row("agent promotes herself", "anna", {QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'anna'")},
        "permission denied");
    row("lead adds a user", "giulia",
        {QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('eve', 'admin', 0)")}, "permission denied");
}

void TestPgAttacks::attack()
{
    QFETCH(QString, who);
    QFETCH(QStringList, statements);
    QFETCH(QString, refusal);
    const QHash<QString, Id> ids{{QStringLiteral("%D"), m_draft},     {QStringLiteral("%S"), m_submitted},
                                 {QStringLiteral("%A"), m_approved},  {QStringLiteral("%G"), m_giuliaOwn},
                                 {QStringLiteral("%P"), m_published}, {QStringLiteral("%I"), m_incident},
                                 {QStringLiteral("%O"), m_other},     {QStringLiteral("%R"), m_report},
                                 {QStringLiteral("%L"), m_linked},    {QStringLiteral("%T"), m_target},
                                 {QStringLiteral("%J"), m_job}};
    const QString before = fingerprint();
    {
        auto db = as(who);
        // The whole attack is one transaction, as a script would run it: nothing of it may stay.
        QVERIFY(db->exec(QStringLiteral("BEGIN")).ok());
        QString error;
        for (QString sql : statements) {
            for (auto it = ids.cbegin(); it != ids.cend(); ++it)
                sql.replace(it.key(), QString::number(it.value()));
            auto r = db->exec(sql);
            if (!r.ok()) {
                error = r.errorString();
                break;
            }
        }
        db->exec(QStringLiteral("ROLLBACK")).ok();
        QVERIFY2(!error.isEmpty(), "the attack was not refused");
        QVERIFY2(error.contains(refusal, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("refused, but not for the rule: %1").arg(error)));
        // A single statement once more, committed on its own: still nothing stays.
        for (QString sql : statements.size() == 1 ? statements : QStringList()) {
            for (auto it = ids.cbegin(); it != ids.cend(); ++it)
                sql.replace(it.key(), QString::number(it.value()));
            db->exec(sql).ok();
        }
    }
    const QString after = fingerprint();
    if (after != before) {
        const QStringList a = after.split(u';'), b = before.split(u';');
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            if (a[i] != b[i])
                qWarning().noquote() << "changed:" << a[i].left(60);
    }
    QVERIFY2(after == before, "the attack changed the database");
    expectChainIntact();
}

void TestPgAttacks::controlsStillWork()
{
    // The controls: what the attacks tried, done by whom the policy allows, succeeds.
    auto luca = as(QStringLiteral("luca"));
    QVERIFY(luca->exec(QStringLiteral("BEGIN")).ok());
    auto approved = luca->exec(QStringLiteral("UPDATE updates SET status = 'approved' WHERE id = ?"), {m_giuliaOwn});
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
    QCOMPARE(luca->scalar(QStringLiteral("SELECT approver FROM updates WHERE id = ?"), {m_giuliaOwn})->toString(),
             QStringLiteral("luca"));
    auto published = luca->exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE id = ?"), {m_approved});
    QVERIFY2(published.ok(), qPrintable(published.errorString()));
    QVERIFY(luca->exec(QStringLiteral("ROLLBACK")).ok());
    auto anna = as(QStringLiteral("anna"));
    QVERIFY(anna->exec(QStringLiteral("BEGIN")).ok());
    auto released = anna->exec(QStringLiteral("UPDATE reports SET claimed_by = NULL, claim_until = NULL, status = 'new' "
                                              "WHERE id = ?"), {m_report});
    QVERIFY2(released.ok(), qPrintable(released.errorString()));
    auto edited = anna->exec(QStringLiteral("UPDATE update_bodies SET body = 'better' WHERE update_id = ?"), {m_draft});
    QVERIFY2(edited.ok(), qPrintable(edited.errorString()));
    auto counted = anna->exec(QStringLiteral("UPDATE counters SET value = value + 1"));
    QVERIFY2(counted.ok(), qPrintable(counted.errorString()));
    QVERIFY(anna->exec(QStringLiteral("ROLLBACK")).ok());
    auto giulia = as(QStringLiteral("giulia"));
    QVERIFY(giulia->exec(QStringLiteral("BEGIN")).ok());
    QVERIFY(giulia->exec(QStringLiteral("UPDATE services SET status = 'degraded'")).ok());
    QVERIFY(giulia->exec(QStringLiteral("ROLLBACK")).ok());
}

void TestPgAttacks::authorIsWhoeverLoggedIn()
{
    auto marco = as(QStringLiteral("marco"));
    auto id = marco->scalar(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                                           "VALUES (?, 'progress', 'draft', 'giulia', 0, 0) RETURNING id"), {m_incident});
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(value(QStringLiteral("SELECT author FROM updates WHERE id = ?"), {id.value()}).toString(), QStringLiteral("marco"));
    // SET ROLE proves nothing: the person is the login.
    QVERIFY(marco->exec(QStringLiteral("SET ROLE desk_agent")).ok());
    auto again = marco->scalar(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, updated_at) "
                                              "VALUES (?, 'progress', 'draft', 'desk_agent', 0, 0) RETURNING id"), {m_incident});
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(value(QStringLiteral("SELECT author FROM updates WHERE id = ?"), {again.value()}).toString(), QStringLiteral("marco"));
    QCOMPARE(value(QStringLiteral("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(), QStringLiteral("marco"));
    QVERIFY(marco->exec(QStringLiteral("DELETE FROM updates WHERE id IN (?, ?)"), {id.value(), again.value()}).ok());
    expectChainIntact();
}

void TestPgAttacks::changingApprovedTextSendsItBackToDraft()
{
    const Id u = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("approved"));
    auto anna = as(QStringLiteral("anna"));
    QVERIFY(anna->exec(QStringLiteral("UPDATE update_bodies SET body = 'All fine, no refunds' WHERE update_id = ? "
                                      "AND language = 'en'"), {u}).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM updates WHERE id = ?"), {u}).toString(), QStringLiteral("draft"));
    QVERIFY(value(QStringLiteral("SELECT approver IS NULL FROM updates WHERE id = ?"), {u}).toBool());
    auto giulia = as(QStringLiteral("giulia"));
    auto published = giulia->exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE id = ?"), {u});
    QVERIFY(!published.ok());
    QVERIFY(published.errorString().contains(QStringLiteral("only an approved update")));
    // A language added after submission: back to draft as well.
    const Id s = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("submitted"));
    QVERIFY(anna->exec(QStringLiteral("INSERT INTO update_bodies (update_id, language, body) VALUES (?, 'fr', 'x')"), {s}).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM updates WHERE id = ?"), {s}).toString(), QStringLiteral("draft"));
    expectChainIntact();
}

void TestPgAttacks::movingAnApprovedUpdateSendsItBack()
{
    const Id u = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("approved"));
    auto anna = as(QStringLiteral("anna"));
    QVERIFY(anna->exec(QStringLiteral("UPDATE updates SET incident_id = ? WHERE id = ?"), {m_other, u}).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM updates WHERE id = ?"), {u}).toString(), QStringLiteral("draft"));
    const Id k = newUpdate(QStringLiteral("anna"), UpdateKind::Progress, QStringLiteral("approved"));
    QVERIFY(anna->exec(QStringLiteral("UPDATE updates SET kind = 'resolution' WHERE id = ?"), {k}).ok());
    QCOMPARE(value(QStringLiteral("SELECT status FROM updates WHERE id = ?"), {k}).toString(), QStringLiteral("draft"));
    expectChainIntact();
}

void TestPgAttacks::cadenceClockFollowsPublicationsOnly()
{
    const qint64 truth = value(QStringLiteral("SELECT max(published_at) FROM updates WHERE incident_id = ? AND status = 'published'"),
                               {m_incident}).toLongLong();
    auto giulia = as(QStringLiteral("giulia"));
    // Moving the cadence clock forward would hide an overdue update: the database keeps the truth.
    QVERIFY(giulia->exec(QStringLiteral("UPDATE incidents SET last_published_at = 99999999999999 WHERE id = ?"), {m_incident}).ok());
    QCOMPARE(value(QStringLiteral("SELECT last_published_at FROM incidents WHERE id = ?"), {m_incident}).toLongLong(), truth);
    QVERIFY(giulia->exec(QStringLiteral("UPDATE incidents SET last_published_at = NULL WHERE id = ?"), {m_incident}).ok());
    QCOMPARE(value(QStringLiteral("SELECT last_published_at FROM incidents WHERE id = ?"), {m_incident}).toLongLong(), truth);
}

void TestPgAttacks::leaseIsClampedByTheServer()
{
    auto marco = as(QStringLiteral("marco"));
    auto r = marco->scalar(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, updated_at) "
                                          "VALUES ('LEASE-1', 0, 'phone', 's', 'b', 0) RETURNING id"));
    QVERIFY(r.ok());
    QVERIFY(marco->exec(QStringLiteral("UPDATE reports SET claimed_by = 'marco', claim_until = 9999999999999999, "
                                       "status = 'claimed' WHERE id = ?"), {r.value()}).ok());
    const qint64 until = value(QStringLiteral("SELECT claim_until - desk_now_ms() FROM reports WHERE id = ?"), {r.value()}).toLongLong();
    QVERIFY2(until <= 8LL * 3600 * 1000, qPrintable(QString::number(until)));
    // An expired lease (by the server's clock) may be taken over.
    QVERIFY(m_t.db().exec(QStringLiteral("UPDATE reports SET claim_until = desk_now_ms() - 1000 WHERE id = ?"), {r.value()}).ok());
    auto anna = as(QStringLiteral("anna"));
    auto taken = anna->exec(QStringLiteral("UPDATE reports SET claimed_by = 'anna', claim_until = desk_now_ms() + 60000 "
                                           "WHERE id = ?"), {r.value()});
    QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
    expectChainIntact();
}

void TestPgAttacks::presenceAndOperationsBelongToTheirUser()
{
    auto marco = as(QStringLiteral("marco"));
    const QString before = value(QStringLiteral("SELECT string_agg(p::text, '|') FROM presence p WHERE user_name = 'anna'")).toString();
    auto updated = marco->exec(QStringLiteral("UPDATE presence SET activity = 'editing' WHERE user_name = 'anna'"));
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().numRowsAffected(), 0);
    auto deleted = marco->exec(QStringLiteral("DELETE FROM presence WHERE user_name = 'anna'"));
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value().numRowsAffected(), 0);
    QCOMPARE(value(QStringLiteral("SELECT string_agg(p::text, '|') FROM presence p WHERE user_name = 'anna'")).toString(), before);
    QVERIFY(marco->exec(QStringLiteral("INSERT INTO presence (workstation, user_name, entity, entity_id, activity, heartbeat_at) "
                                       "VALUES ('ws-marco', 'anna', 'incident', ?, 'editing', 0)"), {m_incident}).ok());
    QCOMPARE(value(QStringLiteral("SELECT user_name FROM presence WHERE workstation = 'ws-marco'")).toString(), QStringLiteral("marco"));
    QVERIFY(marco->exec(QStringLiteral("INSERT INTO applied_operations (key, applied_at, actor) VALUES ('op-1', 0, 'anna')")).ok());
    QCOMPARE(value(QStringLiteral("SELECT actor FROM applied_operations WHERE key = 'op-1'")).toString(), QStringLiteral("marco"));
}

void TestPgAttacks::privilegedCodeIgnoresTemporaryObjects()
{
    // The attack that once ran SQL as the schema's owner: a temporary view named like a table the
    // privileged trigger writes, with an INSTEAD OF trigger whose function makes its caller a superuser.
    auto anna = as(QStringLiteral("anna"));
    for (const QString &sql : {
             QStringLiteral("CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN EXECUTE 'ALTER ROLE anna SUPERUSER'; RETURN NULL; END $$"),
             QStringLiteral("CREATE TEMP VIEW change_log AS SELECT 0::bigint AS seq, 0::bigint AS at, ''::text AS table_name, "
                            "0::bigint AS row_id, ''::text AS op"),
             QStringLiteral("CREATE TRIGGER escalate INSTEAD OF INSERT ON pg_temp.change_log FOR EACH ROW "
                            "EXECUTE FUNCTION pg_temp.escalate()"),
             QStringLiteral("CREATE TEMP TABLE audit_chain_head (singleton boolean, seq bigint, prev_hash text, hash text)"),
             QStringLiteral("INSERT INTO pg_temp.audit_chain_head VALUES (true, 0, '', 'forged')"),
             QStringLiteral("CREATE TEMP TABLE updates AS SELECT * FROM public.updates"),
             QStringLiteral("UPDATE pg_temp.updates SET status = 'draft'"),
             QStringLiteral("SET search_path = pg_temp, public")}) {
        auto r = anna->exec(sql);
        QVERIFY2(r.ok(), qPrintable(sql + QStringLiteral(": ") + r.errorString()));
    }
    // Now ordinary work that runs every privileged trigger.
    auto claimed = anna->exec(QStringLiteral("UPDATE public.reports SET claimed_by = 'anna', claim_until = desk_now_ms() + 60000 "
                                             "WHERE id = ?"), {m_report});
    QVERIFY2(claimed.ok(), qPrintable(claimed.errorString()));
    auto published = anna->exec(QStringLiteral("UPDATE public.update_bodies SET body = 'x' WHERE update_id = ?"), {m_published});
    QVERIFY(!published.ok()); // the temporary "updates" saying draft fooled nobody
    QVERIFY(!value(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = 'anna'")).toBool());
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'reports' AND row_id = ?"), {m_report}).toInt() > 0);
    expectChainIntact();
}

void TestPgAttacks::auditChainHoldsAtEveryIsolationLevel()
{
    for (const QString &level : {QStringLiteral("REPEATABLE READ"), QStringLiteral("SERIALIZABLE")}) {
        auto anna = as(QStringLiteral("anna"));
        auto marco = as(QStringLiteral("marco"));
        QVERIFY(anna->exec(QStringLiteral("BEGIN ISOLATION LEVEL ") + level).ok());
        QVERIFY(anna->exec(QStringLiteral("SELECT count(*) FROM audit_log")).ok()); // the snapshot is taken
        // Someone else's audited change commits after that snapshot…
        QVERIFY(marco->exec(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, updated_at) "
                                           "VALUES (?, 0, 'phone', 's', 'b', 0)"), {QString(QStringLiteral("ISO-M-") + level)}).ok());
        // …so hers cannot chain on what she sees: refused, never forked.
        auto late = anna->exec(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, updated_at) "
                                              "VALUES (?, 0, 'phone', 's', 'b', 0)"), {QString(QStringLiteral("ISO-A-") + level)});
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, Error::Code::Conflict); // "changed the same data at the same moment; try again"
        anna->exec(QStringLiteral("ROLLBACK")).ok();
        expectChainIntact();
    }
}

void TestPgAttacks::auditChainHoldsUnderConcurrency()
{
    // Eight people writing at once, at mixed isolation levels; every entry chains.
    const qint64 before = value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    std::atomic<int> committed{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < 8; ++w) {
        writers.emplace_back([this, w, &committed] {
            QString error;
            auto db = m_t.connectAs(w % 2 ? QStringLiteral("anna") : QStringLiteral("marco"), kPassword, &error);
            if (!db)
                return;
            const QString level = w % 3 == 0 ? QStringLiteral("SERIALIZABLE")
                                             : (w % 3 == 1 ? QStringLiteral("REPEATABLE READ") : QStringLiteral("READ COMMITTED"));
            for (int n = 0; n < 25; ++n) {
                if (!db->exec(QStringLiteral("BEGIN ISOLATION LEVEL ") + level).ok())
                    continue;
                bool ok = db->exec(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, "
                                                  "updated_at) VALUES (?, 0, 'phone', 's', 'b', 0)"),
                                   {QStringLiteral("CC-%1-%2").arg(w).arg(n)}).ok();
                ok = ok && db->exec(QStringLiteral("SELECT pg_sleep(0.001)")).ok();
                if (ok && db->exec(QStringLiteral("COMMIT")).ok())
                    ++committed;
                else
                    db->exec(QStringLiteral("ROLLBACK")).ok();
            }
            db.reset();
        });
    }
    for (auto &t : writers)
        t.join();
    QVERIFY(committed.load() > 0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before + committed.load());
    expectChainIntact();
}

void TestPgAttacks::migrationsFromTwoWorkstationsAtOnce()
{
    // Two administrators run `db migrate` on a new database at the same moment.
    TestDatabase fresh;
    QString why;
    QVERIFY2(fresh.create(Engine::Postgres, &why, false), qPrintable(why));
    std::atomic<int> failures{0};
    std::vector<std::thread> runners;
    for (int n = 0; n < 2; ++n) {
        runners.emplace_back([&fresh, &failures] {
            auto db = fresh.connectAgain();
            auto applied = Migrator(*db).migrate();
            if (!applied.ok()) {
                qWarning() << applied.errorString();
                ++failures;
            }
            db.reset();
        });
    }
    for (auto &t : runners)
        t.join();
    QCOMPARE(failures.load(), 0);
    auto status = Migrator(fresh.db()).status();
    QVERIFY(status.ok());
    QVERIFY(status->pending.isEmpty());
    QCOMPARE(fresh.db().scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toInt(), status->latest);
}

QTEST_GUILESS_MAIN(TestPgAttacks)
#include "test_pgattacks.moc"
