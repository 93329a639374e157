// SPDX-License-Identifier: GPL-3.0-or-later
// The promise metrics on SQLite and PostgreSQL against a reference computed here from what the
// history generator planned (a year with late acknowledgements, missed days, slow Help Center
// deliveries, late approvals, updates sent back, unconfirmed reporters, late reviews); and the
// cadence on delivery: a Help Center job that fails keeps the incident overdue, its later success
// counts late by the right amount.
#include "core/clock.h"
#include "domain/cadence.h"
#include "metrics/promisemetrics.h"
#include "store/incidentrepository.h"
#include "store/metricsrepository.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"
#include "store/updaterepository.h"
#include "storetestsupport.h"
#include "tools/history.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace desk;
using namespace desk::test;
using namespace desk::PromiseMetrics;

namespace {
constexpr qint64 kMinute = 60000;

/** The reference: the facts as the plan says they must be, computed without SQL. */
struct Reference
{
    QHash<QString, IncidentFacts> incidents; // by reference
    QList<Due> dues;
    QList<Approval> approvals;
};

Reference reference(const HistoryPlan &plan, qint64 nowMs)
{
    Reference out;
    const QString today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().toString(Qt::ISODate);
    for (const PlannedIncident &in : plan.incidents) {
        IncidentFacts f;
        f.id = in.id;
        f.reference = in.reference;
        f.impact = in.impact;
        f.state = in.state;
        f.services = in.services;
        std::sort(f.services.begin(), f.services.end());
        qint64 first = std::numeric_limits<qint64>::max();
        QString firstLanguage;
        QSet<QString> customers;
        for (int j = 0; j < in.reports.size(); ++j) {
            const PlannedReport &r = in.reports.at(j);
            if (r.receivedAt < first) {
                first = r.receivedAt;
                firstLanguage = r.language;
            }
            customers.insert(!r.customerRef.isEmpty()     ? QStringLiteral("ref ") + r.customerRef
                             : !r.customerEmail.isEmpty() ? QStringLiteral("mail ") + r.customerEmail.toLower()
                                                          : QStringLiteral("report %1").arg(j));
            if (r.confirmedAt) {
                ++f.confirmed;
                f.lastConfirmedAt = std::max(f.lastConfirmedAt, r.confirmedAt);
            }
        }
        f.openedAt = first;
        f.language = firstLanguage;
        f.reports = int(in.reports.size());
        f.customers = int(customers.size());
        QList<qint64> chain; // deliveries that answer the daily promise, up to the resolution
        for (const PlannedUpdate &u : in.updates) {
            if (u.kind == QLatin1String("acknowledgement") && !f.acknowledgedAt)
                f.acknowledgedAt = u.deliveredAt;
            if (u.kind == QLatin1String("impact") && !f.describedAt)
                f.describedAt = u.deliveredAt;
            if (u.kind == QLatin1String("resolution"))
                f.resolvedAt = u.deliveredAt;
            if (u.kind != QLatin1String("postmortem") && u.deliveredAt)
                chain << u.deliveredAt;
            Approval a;
            a.incidentId = in.id;
            a.submittedAt = u.submittedAt;
            a.decidedAt = u.decidedAt;
            a.approved = true;
            a.sentBack = u.sentBack;
            out.approvals << a;
        }
        std::sort(chain.begin(), chain.end());
        for (int c = 1; c < chain.size(); ++c)
            out.dues << Due{in.id, in.reference, {}, chain.at(c - 1) + in.cadenceMinutes * kMinute, chain.at(c)};
        if (in.state == QLatin1String("identified") && chain.last() + in.cadenceMinutes * kMinute < nowMs)
            out.dues << Due{in.id, in.reference, {}, chain.last() + in.cadenceMinutes * kMinute, 0};
        f.resolvedStateAt = in.resolvedAt;
        f.reviewedAt = in.reviewedAt;
        for (const PlannedAction &a : in.actions) {
            if (a.done)
                ++f.actionsDone;
            else
                ++f.actionsOpen;
            if (!a.done && a.dueDate < today)
                ++f.actionsOverdue;
        }
        out.incidents.insert(in.reference, f);
    }
    return out;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at((values.size() + 1) / 2 - 1); // nearest rank
}
} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void yearOfHistoryMatchesTheReference();
    void failedHelpCenterJobKeepsTheIncidentOverdue();
    void reportFiguresFollowEveryChange();

private:
    /** Every incident's report figures as the database keeps them against the same computed here from the reports. */
    void compareReportFigures();

    std::unique_ptr<TestDatabase> m_t;
    QDateTime m_now;
};

void TestMetrics::init()
{
    m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    Clock::setSource([this] { return m_now; });
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
}

void TestMetrics::cleanup()
{
    m_t.reset();
    Clock::setSource({});
}

void TestMetrics::yearOfHistoryMatchesTheReference()
{
    HistoryOptions options;
    options.incidents = 160;
    options.reports = 6000;
    options.endMs = m_now.toMSecsSinceEpoch();
    options.keepPlan = true;
    auto plan = HistoryGenerator(m_t->db(), options).run();
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->reports, 6000);
    QVERIFY(plan->missedOnPurpose > 5);
    const qint64 now = m_now.toMSecsSinceEpoch();
    const qint64 from = m_now.addMonths(-13).toMSecsSinceEpoch();
    auto facts = MetricsRepository(m_t->db()).facts(from, now + 1, now);
    QVERIFY2(facts.ok(), qPrintable(facts.errorString()));
    const Reference expected = reference(plan.value(), now);

    // Incident by incident.
    QCOMPARE(facts->incidents.size(), expected.incidents.size());
    for (const IncidentFacts &got : facts->incidents) {
        QVERIFY2(expected.incidents.contains(got.reference), qPrintable(got.reference));
        const IncidentFacts &want = expected.incidents.value(got.reference);
        const QByteArray where = got.reference.toUtf8();
        QVERIFY2(got.inPeriod, where.constData());
        QCOMPARE(got.openedAt, want.openedAt);
        QCOMPARE(got.acknowledgedAt, want.acknowledgedAt);
        QCOMPARE(got.describedAt, want.describedAt);
        QCOMPARE(got.resolvedAt, want.resolvedAt);
        QCOMPARE(got.resolvedStateAt, want.resolvedStateAt);
        QCOMPARE(got.reviewedAt, want.reviewedAt);
        QCOMPARE(got.reports, want.reports);
        QCOMPARE(got.customers, want.customers);
        QCOMPARE(got.confirmed, want.confirmed);
        QCOMPARE(got.lastConfirmedAt, want.lastConfirmedAt);
        QCOMPARE(got.actionsOpen, want.actionsOpen);
        QCOMPARE(got.actionsOverdue, want.actionsOverdue);
        QCOMPARE(got.actionsDone, want.actionsDone);
        QCOMPARE(got.language, want.language);
        QCOMPARE(got.services, want.services);
        QCOMPARE(got.impact, want.impact);
    }

    // Every due update and what met it; the misses the plan made are among them.
    QCOMPARE(facts->dues.size(), expected.dues.size());
    QSet<QString> gotDues, wantDues;
    for (const Due &d : facts->dues)
        gotDues.insert(QStringLiteral("%1 %2 %3").arg(d.reference).arg(d.dueAt).arg(d.deliveredAt));
    for (const Due &d : expected.dues)
        wantDues.insert(QStringLiteral("%1 %2 %3").arg(d.reference).arg(d.dueAt).arg(d.deliveredAt));
    QCOMPARE(gotDues, wantDues);
    const int missedInPlan = int(std::count_if(expected.dues.begin(), expected.dues.end(), [](const Due &d) { return !d.kept(); }));
    QVERIFY(missedInPlan >= plan->missedOnPurpose);

    // Decisions: each update once, sent back or not.
    QCOMPARE(facts->approvals.size(), expected.approvals.size());
    const int sentBack = int(std::count_if(facts->approvals.begin(), facts->approvals.end(), [](const Approval &a) { return a.sentBack; }));
    QCOMPARE(sentBack, int(std::count_if(expected.approvals.begin(), expected.approvals.end(), [](const Approval &a) { return a.sentBack; })));
    QVERIFY(sentBack > 0);

    // The aggregate, computed here another way.
    const Summary whole = summarize(facts.value(), Filter());
    QCOMPARE(whole.incidents, expected.incidents.size());
    QCOMPARE(whole.dues, expected.dues.size());
    QCOMPARE(whole.duesKept, expected.dues.size() - missedInPlan);
    QList<double> acknowledge;
    int reporters = 0, confirmedReporters = 0;
    for (const IncidentFacts &f : expected.incidents) {
        acknowledge << double(f.acknowledgedAt - f.openedAt) / kMinute;
        if (f.resolvedAt) {
            reporters += f.reports;
            confirmedReporters += f.confirmed;
        }
    }
    QCOMPARE(whole.toAcknowledge.count, int(acknowledge.size()));
    QCOMPARE(whole.toAcknowledge.median, median(acknowledge));
    QCOMPARE(whole.reporters, reporters);
    QCOMPARE(whole.confirmedReporters, confirmedReporters);
    QVERIFY(whole.confirmationCoverage() > 0.6 && whole.confirmationCoverage() < 0.9);
    QCOMPARE(whole.sentBack, sentBack);

    // Per month: the months add up to the year; per service: an incident counts in each of its services.
    const QList<Summary> months = grouped(facts.value(), Filter(), Grouping::Month);
    QVERIFY(months.size() >= 12);
    int incidents = 0, dues = 0;
    for (const Summary &m : months) {
        incidents += m.incidents;
        dues += m.dues;
    }
    QCOMPARE(incidents, whole.incidents);
    QCOMPARE(dues, whole.dues);
    Filter payments;
    payments.service = QStringLiteral("payments");
    const int inPayments = int(std::count_if(expected.incidents.begin(), expected.incidents.end(),
                                             [](const IncidentFacts &f) { return f.services.contains(QLatin1String("payments")); }));
    QCOMPARE(summarize(facts.value(), payments).incidents, inPayments);

    // The worst miss comes first, with its lateness.
    const QList<Due> missed = misses(facts.value(), Filter());
    QCOMPARE(missed.size(), missedInPlan);
    QVERIFY(missed.first().lateMs(now) >= missed.last().lateMs(now));

    // A shorter period holds only what happened in it.
    const qint64 lastMonth = m_now.addMonths(-1).toMSecsSinceEpoch();
    auto recent = MetricsRepository(m_t->db()).facts(lastMonth, now + 1, now);
    QVERIFY(recent.ok());
    for (const Due &d : recent->dues)
        QVERIFY(d.dueAt >= lastMonth);
    const int openedLastMonth = int(std::count_if(expected.incidents.begin(), expected.incidents.end(),
                                                  [&](const IncidentFacts &f) { return f.openedAt >= lastMonth; }));
    QCOMPARE(summarize(recent.value(), Filter()).incidents, openedLastMonth);
}

void TestMetrics::failedHelpCenterJobKeepsTheIncidentOverdue()
{
    const User agent = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    const User lead = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    const User admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    QVERIFY(PublicationRepository(*workstation(*m_t, admin), admin)
                .addTarget(PublicationKind::HelpCenter, QStringLiteral("Help Center"),
                           QStringLiteral("{\"baseUrl\": \"http://127.0.0.1:9/\"}"))
                .ok());
    auto agentDb = workstation(*m_t, agent);
    auto leadDb = workstation(*m_t, lead);
    Incident draft;
    draft.title = QStringLiteral("Payments fail");
    const Id incident = IncidentRepository(*agentDb, agent).create(draft)->id;
    const auto publish = [&](UpdateKind kind) {
        auto u = UpdateRepository(*agentDb, agent).createDraft(incident, kind, {{Language::En, QStringLiteral("News.")}});
        u = UpdateRepository(*agentDb, agent).submit(u->update.id, u->update.version);
        u = UpdateRepository(*leadDb, lead).approve(u->update.id, u->update.version);
        u = UpdateRepository(*leadDb, lead).publish(u->update.id, u->update.version);
        return u.ok() ? PublicationRepository(*leadDb, lead).jobsForUpdate(u->update.id).value().first().id : Id(0);
    };
    const Id ackJob = publish(UpdateKind::Acknowledgement);
    QVERIFY(ackJob);
    auto acknowledging = IncidentRepository(*agentDb, agent).transition(
        incident, IncidentState::Acknowledged, IncidentRepository(*agentDb, agent).get(incident)->version);
    QVERIFY2(acknowledging.ok(), qPrintable(acknowledging.errorString()));
    QVERIFY(PublicationRepository(*leadDb, lead).take(ackJob).value());
    QVERIFY(PublicationRepository(*leadDb, lead).markDone(ackJob, {}, {}).ok());
    const QDateTime acknowledged = m_now;
    QCOMPARE(IncidentRepository(*agentDb, agent).get(incident)->lastDeliveredAt, acknowledged);

    // The next day's update is published in time, but the Help Center refuses it.
    m_now = m_now.addSecs(20 * 3600);
    const Id progressJob = publish(UpdateKind::Progress);
    QVERIFY(PublicationRepository(*leadDb, lead).take(progressJob).value());
    QVERIFY(PublicationRepository(*leadDb, lead).markFailed(progressJob, QStringLiteral("503"), std::nullopt).ok());
    Incident now = IncidentRepository(*agentDb, agent).get(incident).value();
    QCOMPARE(now.lastDeliveredAt, acknowledged); // the click did not move the clock
    QCOMPARE(now.undeliveredUpdates, 1);
    m_now = m_now.addSecs(6 * 3600); // 26 hours after the acknowledgement
    const QDateTime due = Cadence::nextDue(now.state, now.lastDeliveredAt, now.acknowledgedAt, now.cadenceMinutes);
    QCOMPARE(due, acknowledged.addSecs(24 * 3600));
    QCOMPARE(Cadence::standing(now.state, due, m_now), Cadence::Standing::Overdue);
    auto open = MetricsRepository(m_t->db()).facts(acknowledged.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch() + 1,
                                                   m_now.toMSecsSinceEpoch());
    QVERIFY2(open.ok(), qPrintable(open.errorString()));
    QCOMPARE(open->dues.size(), 1);
    QCOMPARE(open->dues.first().deliveredAt, 0);
    QCOMPARE(open->dues.first().lateMs(m_now.toMSecsSinceEpoch()), 2 * 3600 * 1000);

    // A lead sends it again; it lands three hours late, and counts that late.
    PublicationJob failedJob;
    const QList<PublicationJob> jobs = PublicationRepository(*leadDb, lead).jobs().value();
    for (const PublicationJob &j : jobs)
        if (j.id == progressJob)
            failedJob = j;
    QCOMPARE(failedJob.state, JobState::Failed);
    auto retried = PublicationRepository(*leadDb, lead).retry(progressJob, failedJob.version);
    QVERIFY2(retried.ok(), qPrintable(retried.errorString()));
    m_now = m_now.addSecs(3600);
    QVERIFY(PublicationRepository(*leadDb, lead).take(progressJob).value());
    QVERIFY(PublicationRepository(*leadDb, lead).markDone(progressJob, {}, {}).ok());
    now = IncidentRepository(*agentDb, agent).get(incident).value();
    QCOMPARE(now.lastDeliveredAt, m_now);
    QCOMPARE(now.undeliveredUpdates, 0);
    QCOMPARE(Cadence::standing(now.state, Cadence::nextDue(now.state, now.lastDeliveredAt, now.acknowledgedAt, now.cadenceMinutes), m_now),
             Cadence::Standing::OnTrack);
    auto late = MetricsRepository(m_t->db()).facts(acknowledged.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch() + 1,
                                                   m_now.toMSecsSinceEpoch());
    QVERIFY(late.ok());
    QCOMPARE(late->dues.size(), 1);
    QCOMPARE(late->dues.first().deliveredAt, m_now.toMSecsSinceEpoch());
    QVERIFY(!late->dues.first().kept());
    QCOMPARE(late->dues.first().lateMs(0), 3 * 3600 * 1000);
    QCOMPARE(misses(late.value(), Filter()).size(), 1);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"

void TestMetrics::compareReportFigures()
{
    struct Figures
    {
        int reports = 0;
        int anonymous = 0;
        QSet<QString> customers;
        int confirmed = 0;
        qint64 lastConfirmed = 0;
        qint64 firstAt = 0;
        qint64 firstId = 0;
        QString firstLanguage;
    };
    QMap<Id, Figures> want;
    auto rows = m_t->db().exec(QStringLiteral("SELECT incident_id, id, customer_ref, customer_email, confirmation, "
                                              "confirmed_at, received_at, language FROM reports "
                                              "WHERE incident_id IS NOT NULL"));
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        Figures &f = want[r.value(0).toLongLong()];
        ++f.reports;
        const QString ref = r.value(2).toString();
        const QString email = r.value(3).toString();
        if (!ref.isEmpty())
            f.customers.insert(QStringLiteral("ref ") + ref);
        else if (!email.isEmpty())
            f.customers.insert(QStringLiteral("mail ") + email.toLower());
        else
            ++f.anonymous;
        if (r.value(4).toString() != QLatin1String("none")) {
            ++f.confirmed;
            f.lastConfirmed = std::max(f.lastConfirmed, r.value(5).toLongLong());
        }
        const qint64 at = r.value(6).toLongLong();
        const qint64 id = r.value(1).toLongLong();
        if (!f.firstId || at < f.firstAt || (at == f.firstAt && id < f.firstId)) {
            f.firstAt = at;
            f.firstId = id;
            f.firstLanguage = r.value(7).toString();
        }
    }
    auto kept = m_t->db().exec(QStringLiteral("SELECT incident_id, reports, anonymous, known_customers, confirmed, "
                                              "coalesce(last_confirmed_at, 0), coalesce(first_report_at, 0), "
                                              "coalesce(first_report_id, 0), coalesce(first_language, '') "
                                              "FROM incident_report_stats ORDER BY incident_id"));
    QVERIFY2(kept.ok(), qPrintable(kept.errorString()));
    int withReports = 0;
    while (kept.value().next()) {
        const QSqlQuery &r = kept.value();
        const Id incident = r.value(0).toLongLong();
        const Figures f = want.value(incident);
        if (r.value(1).toInt() > 0)
            ++withReports;
        QCOMPARE(r.value(1).toInt(), f.reports);
        QCOMPARE(r.value(2).toInt(), f.anonymous);
        QCOMPARE(r.value(3).toInt(), int(f.customers.size()));
        QCOMPARE(r.value(4).toInt(), f.confirmed);
        QCOMPARE(r.value(5).toLongLong(), f.lastConfirmed);
        QCOMPARE(r.value(6).toLongLong(), f.firstAt);
        QCOMPARE(r.value(7).toLongLong(), f.firstId);
        QCOMPARE(r.value(8).toString(), f.firstLanguage);
    }
    QCOMPARE(withReports, int(want.size()));
    auto distinct = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM incident_customers"));
    QVERIFY(distinct.ok());
    qsizetype customers = 0;
    for (const Figures &f : std::as_const(want))
        customers += f.customers.size();
    QCOMPARE(distinct->toLongLong(), qint64(customers));
}

void TestMetrics::reportFiguresFollowEveryChange()
{
    const User agent = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    auto agentDb = workstation(*m_t, agent);
    QList<Id> incidents;
    for (const QString &title : {QStringLiteral("Payments fail"), QStringLiteral("Login slow"), QStringLiteral("Search down")}) {
        Incident draft;
        draft.title = title;
        auto made = IncidentRepository(*agentDb, agent).create(draft);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        incidents << made->id;
    }
    // Reports from known customers (some writing twice, one address in two spellings) and from
    // nobody we can tell apart, in every language, some at the same moment.
    ReportRepository reports(*agentDb, agent);
    QList<Id> ids;
    const QDateTime start = m_now.addDays(-2);
    for (int k = 0; k < 30; ++k) {
        Report r;
        r.externalRef = QStringLiteral("FIG-%1").arg(k);
        r.receivedAt = start.addSecs(60 * (k / 2));
        r.subject = QStringLiteral("Broken");
        r.body = QStringLiteral("It does not work.");
        r.language = Language(k % 5);
        if (k % 6 == 0) {
        } else if (k % 6 == 1) {
            r.customerEmail = k % 4 == 1 ? QStringLiteral("Mario@Example.org") : QStringLiteral("mario@example.org");
        } else {
            r.customerRef = QStringLiteral("CU-%1").arg(k % 7);
        }
        auto id = reports.insert(r);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ids << id.value();
    }
    const auto version = [&](Id id) { return reports.get(id)->version; };
    // Linked, one after the other, across the three incidents.
    for (int k = 0; k < ids.size(); ++k)
        QVERIFY(reports.linkToIncident(ids.at(k), incidents.at(k % 3), version(ids.at(k))).ok());
    compareReportFigures();
    // Moved to another incident, taken back to the queue (the first report of an incident among them).
    for (int k = 0; k < 6; ++k)
        QVERIFY(reports.linkToIncident(ids.at(k), incidents.at((k + 1) % 3), version(ids.at(k))).ok());
    for (int k = 6; k < 12; k += 2)
        QVERIFY(reports.restore(ids.at(k), ReportStatus::New, 0, 0, version(ids.at(k))).ok());
    compareReportFigures();
    // Reporters told of the resolution, some at a later time (as the data's owner: the policy lets
    // a person confirm only reports of an acknowledged incident, which is not what is tested here).
    ReportRepository owner(m_t->db(), agent);
    Status told = owner.markConfirmationsExported(ids.mid(12, 6), m_now.addSecs(-600).toMSecsSinceEpoch());
    QVERIFY2(told.ok(), qPrintable(told.errorString()));
    told = owner.markConfirmationsExported(ids.mid(20, 2), m_now.toMSecsSinceEpoch());
    QVERIFY2(told.ok(), qPrintable(told.errorString()));
    compareReportFigures();
    // Edited by someone allowed to (the owner of the data): a customer's address, a time, and a
    // report removed — each of them held something the figures show.
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE reports SET customer_email = 'other@example.org' "
                                          "WHERE id = ?"), {ids.at(13)}).ok());
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE reports SET received_at = received_at - 86400000 WHERE id = ?"),
                           {ids.at(25)}).ok());
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE reports SET confirmation = 'none', confirmed_at = NULL WHERE id = ?"),
                           {ids.at(20)}).ok());
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE reports SET incident_id = NULL, status = 'new' WHERE id = ?"), {ids.at(21)}).ok());
    auto removed = m_t->db().exec(QStringLiteral("DELETE FROM reports WHERE id = ?"), {ids.at(14)});
    QVERIFY2(removed.ok(), qPrintable(removed.errorString()));
    compareReportFigures();
    // Every report leaves an incident: its figures go to nothing, not below.
    for (int k = 0; k < ids.size(); ++k) {
        const auto found = reports.get(ids.at(k));
        if (!found.ok())
            continue; // the one removed
        const Report r = found.value();
        if (r.incidentId == incidents.at(1))
            QVERIFY(reports.restore(r.id, ReportStatus::New, 0, 0, r.version).ok());
    }
    compareReportFigures();

    if (m_t->db().isPostgres()) {
        // Kept by the database alone: a person's own SQL cannot write them.
        QVERIFY(!agentDb->exec(QStringLiteral("UPDATE incident_report_stats SET reports = 0")).ok());
        QVERIFY(!agentDb->exec(QStringLiteral("INSERT INTO incident_customers VALUES (?, 'r:x', 1)"), {incidents.first()}).ok());
        QVERIFY(!agentDb->exec(QStringLiteral("SELECT desk_report_stats_rebuild()")).ok());
        // Nor ask a Help Center refresh, which only the database does when a review changes.
        QVERIFY(!agentDb->exec(QStringLiteral("INSERT INTO site_refreshes (incident_id, target_id, requested_at) "
                                              "VALUES (?, 1, 0)"), {incidents.first()}).ok());
    }
}
