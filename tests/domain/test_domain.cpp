// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/cadence.h"
#include "domain/incidentmerge.h"
#include "domain/lifecycle.h"
#include "domain/types.h"
#include "domain/updateworkflow.h"

#include <QTest>

using namespace desk;

Q_DECLARE_METATYPE(desk::IncidentState)
Q_DECLARE_METATYPE(desk::UpdateStatus)
Q_DECLARE_METATYPE(desk::Role)
Q_DECLARE_METATYPE(desk::UpdateWorkflow::Action)
Q_DECLARE_METATYPE(desk::Cadence::Standing)

class TestDomain final : public QObject
{
    Q_OBJECT

private slots:
    void enumKeysRoundTrip();
    void lifecycleTransitions_data();
    void lifecycleTransitions();
    void lifecyclePreconditions_data();
    void lifecyclePreconditions();
    void cadenceStates();
    void workflow_data();
    void workflow();
    void workflowTargets();
    void cadence_data();
    void cadence();
    void mergeFieldByField();
    void mergeSameChangeIsNoConflict();
};

void TestDomain::enumKeysRoundTrip()
{
    for (IncidentState s : allValues<IncidentState>())
        QCOMPARE(fromKey<IncidentState>(toKey(s)), std::optional<IncidentState>(s));
    for (UpdateStatus s : allValues<UpdateStatus>())
        QCOMPARE(fromKey<UpdateStatus>(toKey(s)), std::optional<UpdateStatus>(s));
    for (ReportStatus s : allValues<ReportStatus>())
        QCOMPARE(fromKey<ReportStatus>(toKey(s)), std::optional<ReportStatus>(s));
    for (Language l : allValues<Language>())
        QCOMPARE(fromKey<Language>(toKey(l)), std::optional<Language>(l));
    QCOMPARE(allValues<IncidentState>().size(), 8);
    QCOMPARE(allValues<Language>().size(), 5);
    QVERIFY(!fromKey<IncidentState>(QStringLiteral("exploded")));
    QVERIFY(!fromKey<Role>(QStringLiteral("Lead"))); // keys are exact
}

// Every (from, to) pair of the eight states, with whether the lifecycle allows it.
void TestDomain::lifecycleTransitions_data()
{
    QTest::addColumn<IncidentState>("from");
    QTest::addColumn<IncidentState>("to");
    QTest::addColumn<bool>("allowed");

    using S = IncidentState;
    const QList<QPair<S, S>> allowed{
        {S::Reported, S::Acknowledged},      {S::Acknowledged, S::Investigating}, {S::Acknowledged, S::Identified},
        {S::Acknowledged, S::Monitoring},    {S::Acknowledged, S::Resolved},      {S::Investigating, S::Identified},
        {S::Investigating, S::Monitoring},   {S::Investigating, S::Resolved},     {S::Identified, S::Investigating},
        {S::Identified, S::Monitoring},      {S::Identified, S::Resolved},        {S::Monitoring, S::Investigating},
        {S::Monitoring, S::Identified},      {S::Monitoring, S::Resolved},        {S::Resolved, S::Investigating},
        {S::Resolved, S::Reviewed},          {S::Reviewed, S::Closed},
    };
    for (S from : allValues<S>()) {
        for (S to : allValues<S>()) {
            QTest::addRow("%s->%s", qPrintable(toKey(from)), qPrintable(toKey(to)))
                << from << to << allowed.contains({from, to});
        }
    }
}

void TestDomain::lifecycleTransitions()
{
    QFETCH(IncidentState, from);
    QFETCH(IncidentState, to);
    QFETCH(bool, allowed);
    QCOMPARE(Lifecycle::isAllowed(from, to), allowed);
    const TransitionContext everything{true, true, true};
    const Status status = Lifecycle::check(from, to, everything);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.error().code, Error::Code::Forbidden);
        QVERIFY(status.error().message.contains(toKey(from)));
    }
}

void TestDomain::lifecyclePreconditions_data()
{
    QTest::addColumn<IncidentState>("from");
    QTest::addColumn<IncidentState>("to");
    QTest::addColumn<bool>("ack");
    QTest::addColumn<bool>("resolution");
    QTest::addColumn<bool>("rootCause");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    using S = IncidentState;
    QTest::newRow("ack without update") << S::Reported << S::Acknowledged << false << false << false << false
                                        << QStringLiteral("acknowledgement");
    QTest::newRow("ack with update") << S::Reported << S::Acknowledged << true << false << false << true << QString();
    QTest::newRow("resolve without update") << S::Monitoring << S::Resolved << true << false << false << false
                                            << QStringLiteral("resolution");
    QTest::newRow("resolve with update") << S::Monitoring << S::Resolved << true << true << false << true << QString();
    QTest::newRow("review without cause") << S::Resolved << S::Reviewed << true << true << false << false
                                          << QStringLiteral("root cause");
    QTest::newRow("review with cause") << S::Resolved << S::Reviewed << true << true << true << true << QString();
    QTest::newRow("progress needs nothing") << S::Acknowledged << S::Investigating << false << false << false << true
                                            << QString();
}

void TestDomain::lifecyclePreconditions()
{
    QFETCH(IncidentState, from);
    QFETCH(IncidentState, to);
    QFETCH(bool, ack);
    QFETCH(bool, resolution);
    QFETCH(bool, rootCause);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const Status status = Lifecycle::check(from, to, {ack, resolution, rootCause});
    QCOMPARE(status.ok(), ok);
    if (!ok)
        QVERIFY2(status.errorString().contains(mentions), qPrintable(status.errorString()));
}

void TestDomain::cadenceStates()
{
    using S = IncidentState;
    const QList<S> underCadence{S::Acknowledged, S::Investigating, S::Identified, S::Monitoring};
    for (S s : allValues<S>()) {
        QCOMPARE(Lifecycle::isUnderCadence(s), underCadence.contains(s));
        QCOMPARE(Lifecycle::isOpen(s), s != S::Resolved && s != S::Reviewed && s != S::Closed);
    }
}

void TestDomain::workflow_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("isAuthor");
    QTest::addColumn<UpdateStatus>("status");
    QTest::addColumn<UpdateWorkflow::Action>("action");
    QTest::addColumn<bool>("allowed");

    using A = UpdateWorkflow::Action;
    using U = UpdateStatus;
    // The rules, stated once here and checked against every combination below.
    const auto rule = [](Role role, bool author, U s, A a) {
        const bool lead = role != Role::Agent;
        if (s == U::Published)
            return false;
        switch (a) {
        case A::Edit:
            return s != U::Submitted;
        case A::Delete:
            return author || lead;
        case A::Submit:
            return s == U::Draft || s == U::ChangesRequested;
        case A::Withdraw:
            return s == U::Submitted && (author || lead);
        case A::Approve:
        case A::RequestChanges:
            return lead && !author && s == U::Submitted;
        case A::Publish:
            return lead && s == U::Approved;
        }
        return false;
    };
    const QList<A> actions{A::Edit, A::Submit, A::Withdraw, A::Approve, A::RequestChanges, A::Publish, A::Delete};
    for (Role role : allValues<Role>()) {
        for (bool author : {true, false}) {
            for (U s : allValues<U>()) {
                for (A a : actions) {
                    QTest::addRow("%s %s %s action%d", qPrintable(toKey(role)), author ? "author" : "other",
                                  qPrintable(toKey(s)), int(a))
                        << role << author << s << a << rule(role, author, s, a);
                }
            }
        }
    }
}

void TestDomain::workflow()
{
    QFETCH(Role, role);
    QFETCH(bool, isAuthor);
    QFETCH(UpdateStatus, status);
    QFETCH(UpdateWorkflow::Action, action);
    QFETCH(bool, allowed);
    const User actor{1, QStringLiteral("me"), {}, role, true};
    Update update;
    update.author = isAuthor ? QStringLiteral("me") : QStringLiteral("someone");
    update.status = status;
    const Status result = UpdateWorkflow::check(actor, update, action);
    QCOMPARE(result.ok(), allowed);
    if (!allowed)
        QVERIFY(!result.errorString().isEmpty());
}

void TestDomain::workflowTargets()
{
    using A = UpdateWorkflow::Action;
    using U = UpdateStatus;
    QCOMPARE(UpdateWorkflow::targetStatus(U::Draft, A::Submit), U::Submitted);
    QCOMPARE(UpdateWorkflow::targetStatus(U::Submitted, A::Approve), U::Approved);
    QCOMPARE(UpdateWorkflow::targetStatus(U::Submitted, A::RequestChanges), U::ChangesRequested);
    QCOMPARE(UpdateWorkflow::targetStatus(U::Submitted, A::Withdraw), U::Draft);
    QCOMPARE(UpdateWorkflow::targetStatus(U::Approved, A::Publish), U::Published);
    QCOMPARE(UpdateWorkflow::targetStatus(U::Approved, A::Edit), U::Draft); // edited text needs a new approval
    QCOMPARE(UpdateWorkflow::targetStatus(U::ChangesRequested, A::Edit), U::ChangesRequested);
}

void TestDomain::cadence_data()
{
    QTest::addColumn<IncidentState>("state");
    QTest::addColumn<int>("minutesSinceLast");
    QTest::addColumn<bool>("hasPublished");
    QTest::addColumn<int>("cadence");
    QTest::addColumn<Cadence::Standing>("standing");

    using S = IncidentState;
    using C = Cadence::Standing;
    QTest::newRow("fresh") << S::Investigating << 60 << true << 1440 << C::OnTrack;
    QTest::newRow("due in 2h") << S::Identified << 1320 << true << 1440 << C::DueSoon;
    QTest::newRow("due in 2h01") << S::Identified << 1319 << true << 1440 << C::OnTrack;
    QTest::newRow("exactly due") << S::Monitoring << 1440 << true << 1440 << C::Overdue;
    QTest::newRow("missed a day") << S::Investigating << 2000 << true << 1440 << C::Overdue;
    QTest::newRow("from acknowledgement") << S::Acknowledged << 1500 << false << 1440 << C::Overdue;
    QTest::newRow("hourly cadence") << S::Investigating << 30 << true << 60 << C::DueSoon;
    QTest::newRow("resolved owes nothing") << S::Resolved << 5000 << true << 1440 << C::NotApplicable;
    QTest::newRow("reported owes nothing yet") << S::Reported << 5000 << true << 1440 << C::NotApplicable;
    QTest::newRow("closed") << S::Closed << 5000 << true << 1440 << C::NotApplicable;
}

void TestDomain::cadence()
{
    QFETCH(IncidentState, state);
    QFETCH(int, minutesSinceLast);
    QFETCH(bool, hasPublished);
    QFETCH(int, cadence);
    QFETCH(Cadence::Standing, standing);
    const QDateTime now(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
    const QDateTime last = now.addSecs(-qint64(minutesSinceLast) * 60);
    const QDateTime due = Cadence::nextDue(state, hasPublished ? last : QDateTime(), last, cadence);
    if (standing == Cadence::Standing::NotApplicable) {
        QVERIFY(!due.isValid());
    } else {
        QCOMPARE(due, last.addSecs(qint64(cadence) * 60));
    }
    QCOMPARE(Cadence::standing(state, due, now), standing);
}

void TestDomain::mergeFieldByField()
{
    using F = IncidentMerge::Field;
    Incident base;
    base.id = 7;
    base.title = QStringLiteral("Checkout down");
    base.serviceKeys = {QStringLiteral("payments"), QStringLiteral("cart")};
    base.actions = {{1, QStringLiteral("Add alert"), QStringLiteral("anna"), QDate(2026, 12, 1), false}};
    base.version = 3;

    Incident mine = base;
    mine.title = QStringLiteral("Checkout down in the EU");
    mine.serviceKeys = {QStringLiteral("cart"), QStringLiteral("payments")}; // same set, other order
    mine.actions[0].done = true;
    mine.rootCause = QStringLiteral("Mine");

    Incident theirs = base;
    theirs.version = 5;
    theirs.owner = QStringLiteral("luca");
    theirs.rootCause = QStringLiteral("Theirs");

    const auto out = IncidentMerge::merge(base, mine, theirs);
    QCOMPARE(out.merged.version, 5);
    QCOMPARE(out.merged.title, mine.title);
    QCOMPARE(out.merged.owner, QStringLiteral("luca"));
    QVERIFY(out.merged.actions[0].done);
    QCOMPARE(out.conflicts, QList<F>{F::RootCause});
    QCOMPARE(out.merged.rootCause, QStringLiteral("Mine")); // kept until the user chooses
    QCOMPARE(out.takenFromMine, (QList<F>{F::Title, F::Actions}));
    QCOMPARE(out.takenFromTheirs, QList<F>{F::Owner});
    QVERIFY(!out.takenFromMine.contains(F::Services));

    Incident chosen = out.merged;
    IncidentMerge::copyField(chosen, theirs, F::RootCause);
    QCOMPARE(chosen.rootCause, QStringLiteral("Theirs"));
    QCOMPARE(IncidentMerge::changedFields(base, chosen), (QList<F>{F::Title, F::Owner, F::RootCause, F::Actions}));
    QVERIFY(IncidentMerge::displayValue(chosen, F::Actions).startsWith(QLatin1String("[x] Add alert")));
}

void TestDomain::mergeSameChangeIsNoConflict()
{
    Incident base;
    base.title = QStringLiteral("A");
    Incident mine = base;
    Incident theirs = base;
    mine.impact = theirs.impact = ImpactLevel::Critical;
    const auto out = IncidentMerge::merge(base, mine, theirs);
    QVERIFY(out.conflicts.isEmpty());
    QVERIFY(out.takenFromMine.isEmpty());
    QCOMPARE(out.merged.impact, ImpactLevel::Critical);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
