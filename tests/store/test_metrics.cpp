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

private:
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
