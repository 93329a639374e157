// SPDX-License-Identifier: GPL-3.0-or-later
// Storage behaviour, the same cases on SQLite and on PostgreSQL (DESK_TEST_ENGINE).
#include "storetestsupport.h"

#include "core/clock.h"
#include "store/auditlog.h"
#include "store/bulkreportwriter.h"
#include "store/incidentrepository.h"
#include "store/migrator.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace desk;
using namespace desk::test;

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationsAreIdempotent();
    void refusesSchemaFromTheFuture();
    void incidentReferencesAreSequential();
    void concurrentIncidentEditIsAConflict();
    void claimIsCompareAndSet();
    void staleLinkIsAConflict();
    void transitionsNeedTheirUpdates();
    void approvalRules();
    void publishedUpdatesNeverChange();
    void auditChainDetectsTampering();
    void changeLogFollowsEveryRow();
    void searchTakesAnyText_data();
    void searchTakesAnyText();
    void searchFindsWords();
    void bulkLoadIsIdempotent();
    void whoIsWorking();
    void clearMessagesForBadDatabases();

private:
    Report sampleReport(const QString &ref, const QString &subject, const QString &body = {}) const;
    Id insertReport(const Report &r);

    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco, m_giulia, m_luca;
};

void TestStore::init()
{
    Clock::setSource({});
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(ServiceRepository(m_t->db()).ensure(QStringLiteral("payments"), QStringLiteral("Payments")).ok());
    QVERIFY(ServiceRepository(m_t->db()).ensure(QStringLiteral("login"), QStringLiteral("Login")).ok());
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_luca = makeUser(*m_t, QStringLiteral("luca"), Role::Lead);
}

void TestStore::cleanup()
{
    Clock::setSource({});
    m_t.reset();
}

Report TestStore::sampleReport(const QString &ref, const QString &subject, const QString &body) const
{
    Report r;
    r.externalRef = ref;
    r.receivedAt = Clock::now();
    r.customerRef = QStringLiteral("C-") + ref;
    r.customerName = QStringLiteral("Jürgen Müller");
    r.customerEmail = QStringLiteral("jm@example.org");
    r.language = Language::De;
    r.subject = subject;
    r.body = body.isEmpty() ? subject : body;
    r.serviceKey = QStringLiteral("payments");
    return r;
}

Id TestStore::insertReport(const Report &r)
{
    auto id = ReportRepository(m_t->db(), m_anna).insert(r);
    if (!id.ok())
        qFatal("insert failed: %s", qPrintable(id.errorString()));
    return id.value();
}

void TestStore::migrationsAreIdempotent()
{
    Migrator migrator(m_t->db());
    auto again = migrator.migrate();
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again.value(), 0);
    auto status = migrator.status();
    QVERIFY(status.ok());
    QCOMPARE(status->current, status->latest);
    QVERIFY(status->pending.isEmpty());
    QVERIFY(status->latest >= 1);
}

void TestStore::refusesSchemaFromTheFuture()
{
    QVERIFY(m_t->db().exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)")).ok());
    auto result = Migrator(m_t->db()).migrate();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::SchemaTooNew);
    QVERIFY(result.errorString().contains(QLatin1String("999")));
    QVERIFY(result.errorString().contains(QLatin1String("newer")));
}

void TestStore::incidentReferencesAreSequential()
{
    Clock::setSource([] { return QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC); });
    IncidentRepository incidents(m_t->db(), m_anna);
    Incident draft;
    draft.title = QStringLiteral("Card payments declined");
    draft.serviceKeys = {QStringLiteral("payments")};
    auto first = incidents.create(draft);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    auto second = incidents.create(draft);
    QVERIFY(second.ok());
    QCOMPARE(first->reference, QStringLiteral("INC-2026-0001"));
    QCOMPARE(second->reference, QStringLiteral("INC-2026-0002"));
    QCOMPARE(first->state, IncidentState::Reported);
    QCOMPARE(first->serviceKeys, QStringList{QStringLiteral("payments")});
    QCOMPARE(incidents.byReference(QStringLiteral("inc-2026-0002"))->id, second->id);

    draft.title = QStringLiteral("   ");
    auto empty = incidents.create(draft);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::Invalid);
    draft.title = QStringLiteral("x");
    draft.serviceKeys = {QStringLiteral("teleportation")};
    auto unknown = incidents.create(draft);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.errorString().contains(QLatin1String("teleportation")));
    QCOMPARE(incidents.list()->size(), 2); // nothing half-written
}

void TestStore::concurrentIncidentEditIsAConflict()
{
    auto a = workstation(*m_t, m_anna);
    auto b = workstation(*m_t, m_marco);
    Incident draft;
    draft.title = QStringLiteral("Login fails");
    auto created = IncidentRepository(*a, m_anna).create(draft);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));

    Incident mineA = IncidentRepository(*a, m_anna).get(created->id).value();
    Incident mineB = IncidentRepository(*b, m_marco).get(created->id).value();
    mineA.title = QStringLiteral("Login fails for two-factor users");
    auto savedA = IncidentRepository(*a, m_anna).save(mineA);
    QVERIFY2(savedA.ok(), qPrintable(savedA.errorString()));
    QCOMPARE(savedA->version, mineA.version + 1);

    mineB.workaround = QStringLiteral("Use a backup code");
    auto savedB = IncidentRepository(*b, m_marco).save(mineB);
    QVERIFY(!savedB.ok());
    QCOMPARE(savedB.error().code, Error::Code::Conflict);
    QVERIFY(savedB.errorString().contains(created->reference));

    const Incident stored = IncidentRepository(m_t->db(), m_anna).get(created->id).value();
    QCOMPARE(stored.title, mineA.title); // A's edit kept, B's not written over it
    QVERIFY(stored.workaround.isEmpty());

    mineB.version = stored.version; // B merged and saves again
    mineB.title = stored.title;
    QVERIFY(IncidentRepository(*b, m_marco).save(mineB).ok());
}

void TestStore::claimIsCompareAndSet()
{
    const Id id = insertReport(sampleReport(QStringLiteral("R1"), QStringLiteral("Karte abgelehnt")));
    auto a = workstation(*m_t, m_anna);
    auto b = workstation(*m_t, m_marco);
    QDateTime now(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC);
    Clock::setSource([&now] { return now; });

    auto claimA = ReportRepository(*a, m_anna).claim(id, 30);
    QVERIFY2(claimA.ok(), qPrintable(claimA.errorString()));
    QCOMPARE(claimA->claimedBy, QStringLiteral("anna"));
    QCOMPARE(claimA->status, ReportStatus::Claimed);

    auto claimB = ReportRepository(*b, m_marco).claim(id, 30);
    QVERIFY(!claimB.ok());
    QCOMPARE(claimB.error().code, Error::Code::Conflict);
    QVERIFY2(claimB.errorString().contains(QLatin1String("anna")), qPrintable(claimB.errorString()));
    QVERIFY(!ReportRepository(*b, m_marco).release(id).ok());

    now = now.addSecs(31 * 60); // the lease ran out
    auto late = ReportRepository(*b, m_marco).claim(id, 30);
    QVERIFY2(late.ok(), qPrintable(late.errorString()));
    QCOMPARE(late->claimedBy, QStringLiteral("marco"));
    QVERIFY(ReportRepository(*b, m_marco).release(id).ok());
    QCOMPARE(ReportRepository(m_t->db(), m_anna).get(id)->status, ReportStatus::New);
}

void TestStore::staleLinkIsAConflict()
{
    const Id id = insertReport(sampleReport(QStringLiteral("R2"), QStringLiteral("Zahlung")));
    Incident draft;
    draft.title = QStringLiteral("Payments down");
    const Incident incident = IncidentRepository(m_t->db(), m_anna).create(draft).value();
    const Report loaded = ReportRepository(m_t->db(), m_anna).get(id).value();

    auto other = workstation(*m_t, m_marco);
    QVERIFY(ReportRepository(*other, m_marco).markNotIncident(id, loaded.version).ok());

    auto linked = ReportRepository(m_t->db(), m_anna).linkToIncident(id, incident.id, loaded.version);
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().code, Error::Code::Conflict);
    QCOMPARE(ReportRepository(m_t->db(), m_anna).get(id)->status, ReportStatus::NotIncident);

    const Report fresh = ReportRepository(m_t->db(), m_anna).get(id).value();
    auto relinked = ReportRepository(m_t->db(), m_anna).linkToIncident(id, incident.id, fresh.version);
    QVERIFY2(relinked.ok(), qPrintable(relinked.errorString()));
    QCOMPARE(relinked->incidentId, incident.id);
    const Id second = insertReport(sampleReport(QStringLiteral("R3"), QStringLiteral("Zahlung 2")));
    QVERIFY(ReportRepository(m_t->db(), m_anna).linkToIncident(second, incident.id, 1).ok());
    auto scope = IncidentRepository(m_t->db(), m_anna).scope(incident.id);
    QCOMPARE(scope->reports, 2);
    QCOMPARE(scope->customers, 2);
    auto all = IncidentRepository(m_t->db(), m_anna).scopes();
    QVERIFY(all.ok());
    QCOMPARE(all->value(incident.id).reports, 2);
    QCOMPARE(all->value(incident.id).customers, 2);
    QVERIFY(!ReportRepository(m_t->db(), m_anna).markDuplicate(second, second, 2).ok());
}

void TestStore::transitionsNeedTheirUpdates()
{
    auto agentDb = workstation(*m_t, m_anna);
    Incident draft;
    draft.title = QStringLiteral("Search broken");
    const Incident incident = IncidentRepository(*agentDb, m_anna).create(draft).value();
    auto refused = IncidentRepository(*agentDb, m_anna).transition(incident.id, IncidentState::Acknowledged, incident.version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);

    UpdateRepository updates(*agentDb, m_anna);
    auto ack = updates.createDraft(incident.id, UpdateKind::Acknowledgement, {{Language::En, QStringLiteral("We know.")}});
    QVERIFY2(ack.ok(), qPrintable(ack.errorString()));
    QVERIFY(updates.submit(ack->update.id, ack->update.version).ok());
    auto moved = IncidentRepository(*agentDb, m_anna).transition(incident.id, IncidentState::Acknowledged, incident.version);
    QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
    QCOMPARE(moved->state, IncidentState::Acknowledged);
    QVERIFY(moved->acknowledgedAt.isValid());
    auto skip = IncidentRepository(*agentDb, m_anna).transition(incident.id, IncidentState::Closed, moved->version);
    QVERIFY(!skip.ok());
    auto stale = IncidentRepository(*agentDb, m_anna).transition(incident.id, IncidentState::Investigating, incident.version);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
}

void TestStore::approvalRules()
{
    auto annaDb = workstation(*m_t, m_anna);
    auto marcoDb = workstation(*m_t, m_marco);
    auto giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Checkout slow");
    const Incident incident = IncidentRepository(*annaDb, m_anna).create(draft).value();

    auto created = UpdateRepository(*annaDb, m_anna)
                       .createDraft(incident.id, UpdateKind::Progress,
                                    {{Language::En, QStringLiteral("Still on it.")}, {Language::It, QStringLiteral("Ci stiamo lavorando.")}});
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QCOMPARE(created->bodies.size(), 2);
    QCOMPARE(created->update.author, QStringLiteral("anna"));
    auto submitted = UpdateRepository(*annaDb, m_anna).submit(created->update.id, created->update.version);
    QVERIFY(submitted.ok());
    const int v = submitted->update.version;

    auto byAgent = UpdateRepository(*marcoDb, m_marco).approve(created->update.id, v);
    QCOMPARE(byAgent.error().code, Error::Code::Forbidden);
    auto byAuthor = UpdateRepository(*annaDb, m_anna).approve(created->update.id, v);
    QCOMPARE(byAuthor.error().code, Error::Code::Forbidden);
    auto noComment = UpdateRepository(*giuliaDb, m_giulia).requestChanges(created->update.id, QStringLiteral(" "), v);
    QCOMPARE(noComment.error().code, Error::Code::Invalid);

    auto changes = UpdateRepository(*giuliaDb, m_giulia).requestChanges(created->update.id, QStringLiteral("Say when."), v);
    QVERIFY2(changes.ok(), qPrintable(changes.errorString()));
    QCOMPARE(changes->update.status, UpdateStatus::ChangesRequested);
    QCOMPARE(changes->update.reviewComment, QStringLiteral("Say when."));
    QCOMPARE(changes->update.approver, QStringLiteral("giulia"));

    auto edited = UpdateRepository(*annaDb, m_anna)
                      .edit(created->update.id, {{Language::En, QStringLiteral("Next update at 18:00.")}}, changes->update.version);
    QVERIFY2(edited.ok(), qPrintable(edited.errorString()));
    QCOMPARE(edited->bodies.size(), 1);
    auto again = UpdateRepository(*annaDb, m_anna).submit(created->update.id, edited->update.version);
    QVERIFY(again.ok());
    QCOMPARE(UpdateRepository(m_t->db(), m_giulia).pendingApproval()->size(), 1);
    auto approved = UpdateRepository(*giuliaDb, m_giulia).approve(created->update.id, again->update.version);
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
    QCOMPARE(approved->update.status, UpdateStatus::Approved);
    auto byAgentPublish = UpdateRepository(*marcoDb, m_marco).publish(created->update.id, approved->update.version);
    QCOMPARE(byAgentPublish.error().code, Error::Code::Forbidden);
    auto published = UpdateRepository(*giuliaDb, m_giulia).publish(created->update.id, approved->update.version);
    QVERIFY2(published.ok(), qPrintable(published.errorString()));
    QVERIFY(published->update.publishedAt.isValid());
    QCOMPARE(IncidentRepository(m_t->db(), m_anna).get(incident.id)->lastPublishedAt, published->update.publishedAt);
    QVERIFY(UpdateRepository(m_t->db(), m_giulia).pendingApproval()->isEmpty());
}

void TestStore::publishedUpdatesNeverChange()
{
    auto annaDb = workstation(*m_t, m_anna);
    auto lucaDb = workstation(*m_t, m_luca);
    Incident draft;
    draft.title = QStringLiteral("Images missing");
    const Incident incident = IncidentRepository(*annaDb, m_anna).create(draft).value();
    auto u = UpdateRepository(*annaDb, m_anna).createDraft(incident.id, UpdateKind::Impact, {{Language::En, QStringLiteral("Impact.")}});
    u = UpdateRepository(*annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*lucaDb, m_luca).approve(u->update.id, u->update.version);
    u = UpdateRepository(*lucaDb, m_luca).publish(u->update.id, u->update.version);
    QVERIFY2(u.ok(), qPrintable(u.errorString()));
    const Id id = u->update.id;

    auto edit = UpdateRepository(*annaDb, m_anna).edit(id, {{Language::En, QStringLiteral("Rewritten")}}, u->update.version);
    QCOMPARE(edit.error().code, Error::Code::Forbidden);

    // Past the domain layer: straight SQL, as the database owner on PostgreSQL.
    for (const QString &sql : {QStringLiteral("UPDATE updates SET kind = 'progress' WHERE id = %1"),
                               QStringLiteral("DELETE FROM updates WHERE id = %1"),
                               QStringLiteral("UPDATE update_bodies SET body = 'tampered' WHERE update_id = %1"),
                               QStringLiteral("DELETE FROM update_bodies WHERE update_id = %1")}) {
        auto r = m_t->db().exec(sql.arg(id));
        QVERIFY2(!r.ok(), qPrintable(sql));
        QVERIFY2(r.errorString().contains(QLatin1String("published")), qPrintable(r.errorString()));
    }
    QCOMPARE(UpdateRepository(m_t->db(), m_anna).get(id)->bodies.value(Language::En), QStringLiteral("Impact."));
}

void TestStore::auditChainDetectsTampering()
{
    Incident draft;
    draft.title = QStringLiteral("Invoices fail");
    auto created = IncidentRepository(m_t->db(), m_anna).create(draft);
    QVERIFY(created.ok());
    AuditLog log(m_t->db());
    auto intact = log.verify();
    QVERIFY2(intact.ok(), qPrintable(intact.errorString()));
    QVERIFY(intact->intact);
    QVERIFY(intact->checked >= 5); // four users and the incident
    auto entries = log.list(QStringLiteral("incident"), created->id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("incident.create"));

    QVERIFY(!m_t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")).ok());
    QVERIFY(!m_t->db().exec(QStringLiteral("DELETE FROM audit_log")).ok());

    // Someone with full control of the server goes around the guard: the chain still tells.
    const QString disable = m_t->db().isPostgres() ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")
                                                   : QStringLiteral("DROP TRIGGER audit_log_no_update");
    QVERIFY(m_t->db().exec(disable).ok());
    const qint64 victim = entries->first().seq;
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = %1").arg(victim)).ok());
    auto broken = log.verify();
    QVERIFY(broken.ok());
    QVERIFY(!broken->intact);
    QCOMPARE(broken->firstBrokenSeq, victim);
}

void TestStore::changeLogFollowsEveryRow()
{
    auto before = m_t->db().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    QVERIFY(before.ok());
    const Id id = insertReport(sampleReport(QStringLiteral("R9"), QStringLiteral("Login")));
    QVERIFY(ReportRepository(m_t->db(), m_anna).claim(id).ok());
    auto q = m_t->db().exec(QStringLiteral("SELECT table_name, row_id, op FROM change_log WHERE seq > ? AND table_name = 'reports' "
                                           "ORDER BY seq"),
                            {before.value()});
    QVERIFY(q.ok());
    QStringList seen;
    while (q.value().next()) {
        QCOMPARE(q.value().value(1).toLongLong(), id);
        seen << q.value().value(2).toString();
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
}

void TestStore::searchTakesAnyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("operators") << QStringLiteral("AND OR NOT ( ) NEAR");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE reports; --");
    QTest::newRow("column filter") << QStringLiteral("subject:payment ^body");
    QTest::newRow("tsquery syntax") << QStringLiteral("a & !b | c:*");
    QTest::newRow("empty") << QString();
    QTest::newRow("emoji") << QStringLiteral("💳 declined");
}

void TestStore::searchTakesAnyText()
{
    QFETCH(QString, text);
    insertReport(sampleReport(QStringLiteral("S1"), QStringLiteral("payment declined")));
    auto found = ReportRepository(m_t->db(), m_anna).search(text);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QVERIFY(ReportRepository(m_t->db(), m_anna).count().value() == 1); // nothing dropped
}

void TestStore::searchFindsWords()
{
    const Id it = insertReport(sampleReport(QStringLiteral("S2"), QStringLiteral("Pagamento con carta rifiutato")));
    const Id de = insertReport(sampleReport(QStringLiteral("S3"), QStringLiteral("Kartenzahlung abgelehnt"),
                                            QStringLiteral("Seit heute früh geht nichts")));
    insertReport(sampleReport(QStringLiteral("S4"), QStringLiteral("Orders missing")));
    ReportRepository reports(m_t->db(), m_anna);
    QCOMPARE(reports.search(QStringLiteral("carta")).value(), QList<Id>{it});
    QCOMPARE(reports.search(QStringLiteral("früh")).value(), QList<Id>{de});
    QCOMPARE(reports.search(QStringLiteral("Müller")).value().size(), 3); // customer name is searchable
    QVERIFY(reports.search(QStringLiteral("nonexistentword")).value().isEmpty());
}

void TestStore::bulkLoadIsIdempotent()
{
    // A load into the empty table rebuilds the indexes at the end; they must all be back.
    const QString schemaObjects = m_t->db().isPostgres()
        ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'reports'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'reports' AND type IN ('index', 'trigger')");
    const int objects = m_t->db().scalar(schemaObjects)->toInt();
    QVERIFY(objects >= 7);
    {
        BulkReportWriter cancelled(m_t->db());
        QVERIFY(cancelled.begin().ok());
        cancelled.rollback();
        QCOMPARE(m_t->db().scalar(schemaObjects)->toInt(), objects);
    }
    const Id service = ServiceRepository(m_t->db()).idsByKey()->value(QStringLiteral("login"));
    for (int round = 0; round < 2; ++round) {
        BulkReportWriter writer(m_t->db());
        QVERIFY(writer.begin().ok());
        for (int i = 0; i < 1500; ++i) {
            ReportRow row;
            row.externalRef = QStringLiteral("bulk-%1").arg(i);
            row.receivedAtMs = 1'700'000'000'000 + i;
            row.channel = QStringLiteral("email");
            row.language = QStringLiteral("fr");
            row.subject = QStringLiteral("Connexion impossible\tavec\\tab");
            row.body = QStringLiteral("Ligne 1\nLigne 2 \"é\"");
            row.serviceId = service;
            QVERIFY(writer.add(row).ok());
        }
        auto stats = writer.commit();
        QVERIFY2(stats.ok(), qPrintable(stats.errorString()));
        QCOMPARE(stats->inserted, round == 0 ? 1500 : 0);
        QCOMPARE(stats->alreadyPresent, round == 0 ? 0 : 1500);
        QCOMPARE(m_t->db().scalar(schemaObjects)->toInt(), objects);
    }
    auto body = m_t->db().scalar(QStringLiteral("SELECT body FROM reports WHERE external_ref = 'bulk-7'"));
    QCOMPARE(body.value().toString(), QStringLiteral("Ligne 1\nLigne 2 \"é\""));
    auto subject = m_t->db().scalar(QStringLiteral("SELECT subject FROM reports WHERE external_ref = 'bulk-7'"));
    QCOMPARE(subject.value().toString(), QStringLiteral("Connexion impossible\tavec\\tab"));
    QCOMPARE(ReportRepository(m_t->db(), m_anna).search(QStringLiteral("connexion")).value().size(), 100); // limit

    BulkReportWriter abandoned(m_t->db());
    QVERIFY(abandoned.begin().ok());
    ReportRow row;
    row.externalRef = QStringLiteral("never");
    row.channel = QStringLiteral("email");
    row.language = QStringLiteral("en");
    row.subject = row.body = QStringLiteral("x");
    QVERIFY(abandoned.add(row).ok());
    abandoned.rollback();
    QCOMPARE(ReportRepository(m_t->db(), m_anna).count().value(), 1500);
}

void TestStore::whoIsWorking()
{
    UserRepository users(m_t->db());
    QCOMPARE(users.count().value(), 4);
    auto dup = users.add(QStringLiteral("anna"), {}, Role::Agent, kPassword, QStringLiteral("t"));
    QCOMPARE(dup.error().code, Error::Code::Conflict);
    QCOMPARE(users.add(QStringLiteral("Bad Name"), {}, Role::Agent, kPassword, QStringLiteral("t")).error().code,
             Error::Code::Invalid);
    QCOMPARE(users.add(QStringLiteral("shorty"), {}, Role::Agent, QStringLiteral("123"), QStringLiteral("t")).error().code,
             Error::Code::Invalid);
    if (m_t->db().isPostgres()) {
        auto giuliaDb = workstation(*m_t, m_giulia);
        auto me = UserRepository(*giuliaDb).current();
        QVERIFY2(me.ok(), qPrintable(me.errorString()));
        QCOMPARE(me->name, QStringLiteral("giulia"));
        QCOMPARE(me->role, Role::Lead);
        QString error;
        QVERIFY(!m_t->connectAs(QStringLiteral("giulia"), QStringLiteral("wrong-password"), &error));
        QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
        auto hash = m_t->db().scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'giulia'"));
        QVERIFY(hash->toString().startsWith(QLatin1String("SCRAM-SHA-256$")));
    } else {
        auto ok = users.authenticate(QStringLiteral("giulia"), kPassword);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QCOMPARE(ok->role, Role::Lead);
        auto wrong = users.authenticate(QStringLiteral("giulia"), QStringLiteral("nope"));
        QCOMPARE(wrong.error().code, Error::Code::Forbidden);
        auto nobody = users.authenticate(QStringLiteral("nobody"), kPassword);
        QCOMPARE(nobody.errorString(), wrong.errorString()); // no hint which one was wrong
        auto stored = m_t->db().scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'giulia'"));
        QVERIFY(stored->toString().startsWith(QLatin1String("$argon2id$")));
    }
}

void TestStore::clearMessagesForBadDatabases()
{
    if (m_t->db().isPostgres()) {
        DatabaseUrl down = m_t->url();
        down.port = 1; // nothing listens there
        down.connectTimeoutSeconds = 2;
        auto refused = Database::open(down);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Unavailable);
        QVERIFY2(refused.errorString().contains(QLatin1String("Cannot reach")), qPrintable(refused.errorString()));
        DatabaseUrl missing = m_t->url();
        missing.database = QStringLiteral("no_such_database");
        auto absent = Database::open(missing);
        QVERIFY2(absent.errorString().contains(QLatin1String("does not exist")), qPrintable(absent.errorString()));
        return;
    }
    QTemporaryDir dir;
    DatabaseUrl folder;
    folder.path = dir.path();
    auto isFolder = Database::open(folder);
    QVERIFY(isFolder.errorString().contains(QLatin1String("folder")));

    DatabaseUrl garbage;
    garbage.path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(garbage.path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto notDb = Database::open(garbage);
    QVERIFY(!notDb.ok());
    QVERIFY2(notDb.errorString().contains(QLatin1String("not an Incident Desk database")), qPrintable(notDb.errorString()));

    DatabaseUrl impossible;
    impossible.path = QStringLiteral("/proc/incident-desk/x.db");
    auto cannot = Database::open(impossible);
    QVERIFY(!cannot.ok());
    QVERIFY(cannot.errorString().contains(QLatin1String("/proc/incident-desk")));

    if (geteuid() != 0) { // root may write anything, so a read-only file is only read-only for others
        DatabaseUrl readOnly;
        readOnly.path = dir.filePath(QStringLiteral("ro.db"));
        { auto db = Database::open(readOnly); QVERIFY(db.ok()); }
        QFile::setPermissions(readOnly.path, QFile::ReadOwner);
        auto ro = Database::open(readOnly);
        QVERIFY(ro.errorString().contains(QLatin1String("read-only")));
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
