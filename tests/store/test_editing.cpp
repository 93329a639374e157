// SPDX-License-Identifier: GPL-3.0-or-later
// The incident editor's and the approval flow's storage, the same cases on SQLite and on
// PostgreSQL (DESK_TEST_ENGINE): review fields, linked reports, timeline, publication jobs.
#include "storetestsupport.h"

#include "core/clock.h"
#include "domain/incidentmerge.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"

#include <QTest>

using namespace desk;
using namespace desk::test;

class TestEditing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void preventiveActionsRoundTrip();
    void concurrentEditsMergeFieldByField();
    void linkedReportsMoveAndUnlink();
    void publishWritesOneJobPerEnabledTarget();
    void jobsOnlyForPublishedUpdates();
    void leadsRetryAndCancelJobs();
    void lastPublishedAndDiscard();
    void timelineTellsTheStory();

private:
    Incident newIncident(const QString &title);
    UpdateWithBodies publishedUpdate(Id incidentId, UpdateKind kind, const QString &text);
    Id insertReport(const QString &ref, qint64 ageMinutes);

    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_admin;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb, m_adminDb;
};

void TestEditing::init()
{
    Clock::setSource({});
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(ServiceRepository(m_t->db()).ensure(QStringLiteral("payments"), QStringLiteral("Payments")).ok());
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_admin = makeUser(*m_t, QStringLiteral("root_admin"), Role::Admin);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    m_adminDb = workstation(*m_t, m_admin);
}

void TestEditing::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_adminDb.reset();
    m_t.reset();
    Clock::setSource({});
}

Incident TestEditing::newIncident(const QString &title)
{
    Incident draft;
    draft.title = title;
    draft.serviceKeys = {QStringLiteral("payments")};
    auto created = IncidentRepository(*m_annaDb, m_anna).create(draft);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorString()));
    return created.value();
}

UpdateWithBodies TestEditing::publishedUpdate(Id incidentId, UpdateKind kind, const QString &text)
{
    auto u = UpdateRepository(*m_annaDb, m_anna).createDraft(incidentId, kind, {{Language::En, text}});
    u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).approve(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).publish(u->update.id, u->update.version);
    if (!u.ok())
        qFatal("%s", qPrintable(u.errorString()));
    return u.value();
}

Id TestEditing::insertReport(const QString &ref, qint64 ageMinutes)
{
    Report r;
    r.externalRef = ref;
    r.receivedAt = Clock::now().addSecs(-60 * ageMinutes);
    r.customerRef = QStringLiteral("C-") + ref;
    r.customerName = QStringLiteral("Zoë “Z” O'Neil");
    r.subject = QStringLiteral("Cannot pay");
    r.body = QStringLiteral("The card form fails.");
    r.serviceKey = QStringLiteral("payments");
    auto id = ReportRepository(*m_annaDb, m_anna).insert(r);
    if (!id.ok())
        qFatal("%s", qPrintable(id.errorString()));
    return id.value();
}

void TestEditing::preventiveActionsRoundTrip()
{
    Incident i = newIncident(QStringLiteral("Card payments fail"));
    i.rootCause = QStringLiteral("An expired certificate on the payment gateway.");
    i.actions = {{0, QStringLiteral("Alert 30 days before a certificate expires"), QStringLiteral("marco"),
                  QDate(2026, 12, 15), false},
                 {0, QStringLiteral("Renew certificates automatically"), QStringLiteral("luca"), QDate(), false}};
    auto saved = IncidentRepository(*m_annaDb, m_anna).save(i);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QCOMPARE(saved->actions.size(), 2);
    QVERIFY(saved->actions[0].id > 0);
    QCOMPARE(saved->actions[0].dueDate, QDate(2026, 12, 15));
    QVERIFY(!saved->actions[1].dueDate.isValid());
    QCOMPARE(saved->rootCause, i.rootCause);

    Incident next = saved.value();
    next.actions[0].done = true;
    next.actions.removeAt(1);
    next.actions.append({0, QStringLiteral("Runbook for gateway certificates"), QStringLiteral("anna"), QDate(2027, 1, 10), false});
    auto again = IncidentRepository(*m_annaDb, m_anna).save(next);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->actions.size(), 2);
    QCOMPARE(again->actions[0].id, saved->actions[0].id);
    QVERIFY(again->actions[0].done);
    QCOMPARE(again->actions[1].description, QStringLiteral("Runbook for gateway certificates"));

    next = again.value();
    next.actions.append({0, QStringLiteral("   "), QString(), QDate(), false});
    auto empty = IncidentRepository(*m_annaDb, m_anna).save(next);
    QCOMPARE(empty.error().code, Error::Code::Invalid);
    QCOMPARE(IncidentRepository(m_t->db(), m_anna).get(i.id)->actions.size(), 2); // nothing half-written
}

void TestEditing::concurrentEditsMergeFieldByField()
{
    const Incident base = newIncident(QStringLiteral("Login slow"));
    auto other = workstation(*m_t, m_giulia);

    Incident theirs = base;
    theirs.description = QStringLiteral("Sign-in takes 30 s.");
    theirs.impact = ImpactLevel::Major;
    QVERIFY(IncidentRepository(*other, m_giulia).save(theirs).ok());

    Incident mine = base;
    mine.workaround = QStringLiteral("Use the app.");
    mine.impact = ImpactLevel::Critical;
    auto refused = IncidentRepository(*m_annaDb, m_anna).save(mine);
    QCOMPARE(refused.error().code, Error::Code::Conflict);

    const Incident current = IncidentRepository(*m_annaDb, m_anna).get(base.id).value();
    const auto outcome = IncidentMerge::merge(base, mine, current);
    QCOMPARE(outcome.conflicts, QList<IncidentMerge::Field>{IncidentMerge::Field::Impact});
    QCOMPARE(outcome.takenFromMine, QList<IncidentMerge::Field>{IncidentMerge::Field::Workaround});
    QCOMPARE(outcome.takenFromTheirs, QList<IncidentMerge::Field>{IncidentMerge::Field::Description});
    auto merged = IncidentRepository(*m_annaDb, m_anna).save(outcome.merged);
    QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
    QCOMPARE(merged->description, QStringLiteral("Sign-in takes 30 s."));
    QCOMPARE(merged->workaround, QStringLiteral("Use the app."));
    QCOMPARE(merged->impact, ImpactLevel::Critical);
}

void TestEditing::linkedReportsMoveAndUnlink()
{
    const Incident a = newIncident(QStringLiteral("Checkout down"));
    const Incident b = newIncident(QStringLiteral("Checkout down (EU)"));
    QList<Id> ids;
    for (int n = 0; n < 5; ++n) {
        ids << insertReport(QStringLiteral("R-%1").arg(n), 10 - n);
        auto r = ReportRepository(*m_annaDb, m_anna).get(ids.last());
        QVERIFY(ReportRepository(*m_annaDb, m_anna).linkToIncident(ids.last(), a.id, r->version).ok());
    }
    auto page = IncidentRepository(*m_annaDb, m_anna).linkedReports(a.id, 3);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->first().id, ids.last()); // newest first
    QCOMPARE(IncidentRepository(*m_annaDb, m_anna).linkedReports(a.id, 3, 3)->size(), 2);

    auto moved = IncidentRepository(*m_annaDb, m_anna).moveReports(a.id, {ids[0], ids[1]}, b.id);
    QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
    QCOMPARE(moved.value(), 2);
    QCOMPARE(IncidentRepository(*m_annaDb, m_anna).scope(b.id)->reports, 2);
    auto unlinked = IncidentRepository(*m_annaDb, m_anna).moveReports(a.id, {ids[2], ids[0]}, 0);
    QCOMPARE(unlinked.value(), 1); // ids[0] is no longer here: left alone
    const Report back = ReportRepository(*m_annaDb, m_anna).get(ids[2]).value();
    QCOMPARE(back.status, ReportStatus::New);
    QCOMPARE(back.incidentId, 0);
    QCOMPARE(ReportRepository(*m_annaDb, m_anna).get(ids[0])->incidentId, b.id);
    QCOMPARE(IncidentRepository(*m_annaDb, m_anna).moveReports(a.id, {ids[3]}, a.id).error().code, Error::Code::Invalid);

    // The timelines say it in one line each, on both engines (PostgreSQL logs every report).
    auto line = [this](Id incident, const QString &action) -> TimelineEntry {
        const auto timeline = IncidentRepository(*m_annaDb, m_anna).timeline(incident);
        for (const TimelineEntry &e : timeline.value())
            if (e.action == action)
                return e;
        return {};
    };
    const TimelineEntry movedOut = line(a.id, QStringLiteral("incident.move_reports"));
    QCOMPARE(movedOut.count, 2);
    QCOMPARE(movedOut.detail, b.reference);
    const TimelineEntry movedIn = line(b.id, QStringLiteral("incident.receive_reports"));
    QCOMPARE(movedIn.count, 2);
    QCOMPARE(movedIn.detail, a.reference);
    const TimelineEntry sentBack = line(a.id, QStringLiteral("incident.unlink_reports"));
    QCOMPARE(sentBack.action, QStringLiteral("incident.unlink_reports"));
    QCOMPARE(sentBack.count, 1);
}

void TestEditing::publishWritesOneJobPerEnabledTarget()
{
    PublicationRepository admin(*m_adminDb, m_admin);
    auto site = admin.addTarget(PublicationKind::HelpCenter, QStringLiteral("Help Center"),
                                QStringLiteral("{\"url\": \"https://help.example.org/dav/\"}"));
    QVERIFY2(site.ok(), qPrintable(site.errorString()));
    auto hook = admin.addTarget(PublicationKind::Webhook, QStringLiteral("Chat"), {});
    QVERIFY(hook.ok());
    auto cachet = admin.addTarget(PublicationKind::Cachet, QStringLiteral("Status page"), {});
    QVERIFY(admin.setTargetEnabled(cachet->id, false, cachet->version).ok());
    QCOMPARE(admin.addTarget(PublicationKind::Webhook, QStringLiteral("Bad"), QStringLiteral("[1")).error().code,
             Error::Code::Invalid);
    QCOMPARE(PublicationRepository(*m_giuliaDb, m_giulia).addTarget(PublicationKind::Webhook, QStringLiteral("X")).error().code,
             Error::Code::Forbidden);

    const Incident i = newIncident(QStringLiteral("Orders delayed"));
    const UpdateWithBodies u = publishedUpdate(i.id, UpdateKind::Acknowledgement, QStringLiteral("We know."));
    auto jobs = PublicationRepository(*m_annaDb, m_anna).jobsForUpdate(u.update.id);
    QVERIFY2(jobs.ok(), qPrintable(jobs.errorString()));
    QCOMPARE(jobs->size(), 2);
    QStringList names;
    for (const PublicationJob &j : jobs.value()) {
        names << j.targetName;
        QCOMPARE(j.state, JobState::Pending);
        QCOMPARE(j.incidentReference, i.reference);
        QCOMPARE(j.updateKind, UpdateKind::Acknowledgement);
        QCOMPARE(j.idempotencyKey.size(), 36);
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Chat"), QStringLiteral("Help Center")}));
    QVERIFY(jobs->at(0).idempotencyKey != jobs->at(1).idempotencyKey);

    // Publishing again is refused, and the database refuses a second job for the same target.
    QVERIFY(!UpdateRepository(*m_giuliaDb, m_giulia).publish(u.update.id, u.update.version).ok());
    auto twice = m_t->db().exec(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, state, idempotency_key, "
                                               "created_at, updated_at) VALUES (?, ?, 'pending', 'again', 0, 0)"),
                                {u.update.id, site->id});
    QVERIFY(!twice.ok());
    QCOMPARE(PublicationRepository(m_t->db(), m_anna).jobs()->size(), 2);
}

void TestEditing::jobsOnlyForPublishedUpdates()
{
    auto site = PublicationRepository(*m_adminDb, m_admin).addTarget(PublicationKind::HelpCenter, QStringLiteral("Site"));
    QVERIFY(site.ok());
    const Incident i = newIncident(QStringLiteral("Search broken"));
    auto u = UpdateRepository(*m_annaDb, m_anna).createDraft(i.id, UpdateKind::Impact, {{Language::En, QStringLiteral("x")}});
    u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).approve(u->update.id, u->update.version);
    QVERIFY(u.ok());
    auto early = m_t->db().exec(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, state, idempotency_key, "
                                               "created_at, updated_at) VALUES (?, ?, 'pending', 'early', 0, 0)"),
                                {u->update.id, site->id});
    QVERIFY(!early.ok());
    QVERIFY2(early.errorString().contains(QLatin1String("published")), qPrintable(early.errorString()));
}

void TestEditing::leadsRetryAndCancelJobs()
{
    QVERIFY(PublicationRepository(*m_adminDb, m_admin).addTarget(PublicationKind::Webhook, QStringLiteral("Hook")).ok());
    const Incident i = newIncident(QStringLiteral("Emails late"));
    const UpdateWithBodies u = publishedUpdate(i.id, UpdateKind::Impact, QStringLiteral("Emails arrive late."));
    const PublicationJob job = PublicationRepository(*m_annaDb, m_anna).jobsForUpdate(u.update.id)->first();
    QCOMPARE(PublicationRepository(*m_annaDb, m_anna).cancel(job.id, job.version).error().code, Error::Code::Forbidden);
    auto cancelled = PublicationRepository(*m_giuliaDb, m_giulia).cancel(job.id, job.version);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorString()));
    QCOMPARE(cancelled->state, JobState::Cancelled);
    QCOMPARE(PublicationRepository(*m_giuliaDb, m_giulia).cancel(job.id, cancelled->version).error().code,
             Error::Code::Invalid);
    QCOMPARE(PublicationRepository(*m_giuliaDb, m_giulia).retry(job.id, job.version).error().code, Error::Code::Conflict);
    auto retried = PublicationRepository(*m_giuliaDb, m_giulia).retry(job.id, cancelled->version);
    QVERIFY2(retried.ok(), qPrintable(retried.errorString()));
    QCOMPARE(retried->state, JobState::Pending);
}

void TestEditing::lastPublishedAndDiscard()
{
    const Incident i = newIncident(QStringLiteral("Uploads fail"));
    QVERIFY(!UpdateRepository(*m_annaDb, m_anna).lastPublished(i.id)->has_value());
    Clock::setSource([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
    publishedUpdate(i.id, UpdateKind::Impact, QStringLiteral("First."));
    Clock::setSource([] { return QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC); });
    const UpdateWithBodies second = publishedUpdate(i.id, UpdateKind::Progress, QStringLiteral("Second."));
    auto last = UpdateRepository(*m_annaDb, m_anna).lastPublished(i.id);
    QVERIFY(last.ok() && last->has_value());
    QCOMPARE(last.value()->bodies.value(Language::En), QStringLiteral("Second."));
    QCOMPARE(UpdateRepository(*m_annaDb, m_anna).lastPublished(i.id, second.update.id).value()->bodies.value(Language::En),
             QStringLiteral("First."));

    auto draft = UpdateRepository(*m_annaDb, m_anna).createDraft(i.id, UpdateKind::Progress, {{Language::It, QStringLiteral("Bozza")}});
    const User marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    QCOMPARE(UpdateRepository(*workstation(*m_t, marco), marco).discard(draft->update.id, draft->update.version).error().code,
             Error::Code::Forbidden); // another agent cannot throw the author's draft away
    QVERIFY(UpdateRepository(*m_annaDb, m_anna).discard(draft->update.id, draft->update.version).ok());
    QCOMPARE(UpdateRepository(*m_annaDb, m_anna).get(draft->update.id).error().code, Error::Code::NotFound);
    QVERIFY(!UpdateRepository(*m_annaDb, m_anna).discard(second.update.id, second.update.version).ok());
}

void TestEditing::timelineTellsTheStory()
{
    QVERIFY(PublicationRepository(*m_adminDb, m_admin).addTarget(PublicationKind::HelpCenter, QStringLiteral("Site")).ok());
    Incident i = newIncident(QStringLiteral("Invoices missing"));
    for (int n = 0; n < 3; ++n) {
        const Id r = insertReport(QStringLiteral("T-%1").arg(n), 5);
        QVERIFY(ReportRepository(*m_annaDb, m_anna).linkToIncident(r, i.id, 1).ok());
    }
    auto u = UpdateRepository(*m_annaDb, m_anna).createDraft(i.id, UpdateKind::Acknowledgement, {{Language::En, QStringLiteral("Seen.")}});
    u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).requestChanges(u->update.id, QStringLiteral("Mention invoices."), u->update.version);
    u = UpdateRepository(*m_annaDb, m_anna).edit(u->update.id, {{Language::En, QStringLiteral("Invoices: seen.")}}, u->update.version);
    u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).approve(u->update.id, u->update.version);
    i = IncidentRepository(*m_annaDb, m_anna).get(i.id).value();
    QVERIFY(IncidentRepository(*m_annaDb, m_anna).transition(i.id, IncidentState::Acknowledged, i.version).ok());
    QVERIFY(UpdateRepository(*m_giuliaDb, m_giulia).publish(u->update.id, u->update.version).ok());

    auto timeline = IncidentRepository(m_t->db(), m_anna).timeline(i.id);
    QVERIFY2(timeline.ok(), qPrintable(timeline.errorString()));
    QStringList actions;
    for (const TimelineEntry &e : timeline.value())
        actions << e.action;
    const QStringList expected{QStringLiteral("incident.create"), QStringLiteral("report.link"),
                               QStringLiteral("update.create"),   QStringLiteral("update.submit"),
                               QStringLiteral("update.request_changes"), QStringLiteral("update.edit"),
                               QStringLiteral("update.submit"),   QStringLiteral("update.approve"),
                               QStringLiteral("incident.state"),  QStringLiteral("update.publish")};
    QCOMPARE(actions, expected);
    QCOMPARE(timeline->at(1).count, 3); // three links in a minute are one line
    QCOMPARE(timeline->at(4).detail, QStringLiteral("acknowledgement\nMention invoices."));
    QCOMPARE(timeline->at(4).actor, QStringLiteral("giulia"));
    QCOMPARE(timeline->at(8).detail, QStringLiteral("acknowledged"));
}

QTEST_GUILESS_MAIN(TestEditing)
#include "test_editing.moc"
