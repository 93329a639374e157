// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions, spike detection and racing claims, on SQLite and PostgreSQL.
#include "storetestsupport.h"

#include "core/clock.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "triage/suggester.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace desk;
using namespace desk::test;

class TestTriage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rankingPrefersTextServiceAndTime();
    void suggestionsComeFromTheDatabase();
    void spikeOfUnlinkedReports();
    void racingClaimsHaveOneWinner();

private:
    Id report(const QString &ref, const QString &subject, const QString &service, const QDateTime &at);
    std::unique_ptr<TestDatabase> m_t;
    User m_anna;
};

void TestTriage::init()
{
    Clock::setSource({});
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    for (const char *key : {"payments", "login", "search"})
        QVERIFY(ServiceRepository(m_t->db()).ensure(QString::fromLatin1(key), QString::fromLatin1(key)).ok());
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
}

void TestTriage::cleanup()
{
    Clock::setSource({});
    m_t.reset();
}

Id TestTriage::report(const QString &ref, const QString &subject, const QString &service, const QDateTime &at)
{
    Report r;
    r.externalRef = ref;
    r.receivedAt = at;
    r.customerRef = ref;
    r.subject = subject;
    r.body = subject;
    r.serviceKey = service;
    auto id = ReportRepository(m_t->db(), m_anna).insert(r);
    return id.ok() ? id.value() : 0;
}

void TestTriage::rankingPrefersTextServiceAndTime()
{
    const QDateTime now(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC);
    Report r;
    r.subject = QStringLiteral("Card payment declined at checkout");
    r.body = QStringLiteral("My card payment is declined every time");
    r.serviceKey = QStringLiteral("payments");
    r.receivedAt = now;
    using C = IncidentSuggester::Candidate;
    const QList<C> candidates{
        C{1, QStringLiteral("INC-1"), QStringLiteral("Search broken"), QStringLiteral("Search returns nothing"),
          {QStringLiteral("search")}, now.addSecs(-3600)},
        C{2, QStringLiteral("INC-2"), QStringLiteral("Card payments declined"),
          QStringLiteral("Card payments declined at checkout"), {QStringLiteral("payments")}, now.addSecs(-7200)},
        C{3, QStringLiteral("INC-3"), QStringLiteral("Card payments declined"),
          QStringLiteral("Card payments declined at checkout"), {QStringLiteral("payments")}, now.addDays(-20)},
        C{4, QStringLiteral("INC-4"), QStringLiteral("Refunds slow"), QStringLiteral("Refunds take long"),
          {QStringLiteral("payments")}, now.addSecs(-600)},
    };
    const QList<Suggestion> ranked = IncidentSuggester::rank(r, candidates, 3);
    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked.at(0).incidentId, 2); // words, service and time
    QCOMPARE(ranked.at(1).incidentId, 3); // same words and service, long ago
    QCOMPARE(ranked.at(2).incidentId, 4); // only the service
    QVERIFY(ranked.at(0).score > ranked.at(1).score);
    QVERIFY(ranked.at(0).reason.contains(QLatin1String("same service")));
    QVERIFY(IncidentSuggester::words(QStringLiteral("Café ÉCLAIR, x!")).contains(QStringLiteral("cafe")));
    QCOMPARE(IncidentSuggester::similarity({}, {QStringLiteral("a")}), 0.0);
}

void TestTriage::suggestionsComeFromTheDatabase()
{
    IncidentRepository incidents(m_t->db(), m_anna);
    Incident draft;
    draft.title = QStringLiteral("Two-factor login codes rejected");
    draft.description = QStringLiteral("Customers cannot log in with two-factor codes");
    draft.serviceKeys = {QStringLiteral("login")};
    const Id login = incidents.create(draft)->id;
    draft.title = QStringLiteral("Search returns nothing");
    draft.description = QStringLiteral("Search is empty");
    draft.serviceKeys = {QStringLiteral("search")};
    const Id search = incidents.create(draft)->id;
    draft.title = QStringLiteral("Old login problem");
    draft.serviceKeys = {QStringLiteral("login")};
    const Incident closedOne = incidents.create(draft).value();
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE incidents SET state = 'closed' WHERE id = ?"), {closedOne.id}).ok());

    Report r;
    r.subject = QStringLiteral("Two-factor code rejected when I log in");
    r.body = QStringLiteral("The login code is always rejected");
    r.serviceKey = QStringLiteral("login");
    r.receivedAt = Clock::now();
    auto found = IncidentSuggester(m_t->db()).forReport(r);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QVERIFY(!found->isEmpty());
    QCOMPARE(found->first().incidentId, login);
    for (const Suggestion &s : found.value())
        QVERIFY(s.incidentId != closedOne.id); // only open incidents
    Q_UNUSED(search);

    Report hostile;
    hostile.subject = QStringLiteral("\" OR ' AND NOT * ( ) : ^ | & !");
    QVERIFY(IncidentSuggester(m_t->db()).forReport(hostile).ok());
}

void TestTriage::spikeOfUnlinkedReports()
{
    const QDateTime now = Clock::now();
    for (int i = 0; i < 5; ++i)
        QVERIFY(report(QStringLiteral("p%1").arg(i), QStringLiteral("Payment failed"), QStringLiteral("payments"),
                       now.addSecs(-60 * (i * 5)))
                != 0);
    for (int i = 0; i < 4; ++i)
        report(QStringLiteral("l%1").arg(i), QStringLiteral("Login"), QStringLiteral("login"), now.addSecs(-60 * i));
    report(QStringLiteral("old"), QStringLiteral("Payment failed"), QStringLiteral("payments"), now.addSecs(-3600));
    auto spikes = SpikeDetector::detect(m_t->db(), now);
    QVERIFY2(spikes.ok(), qPrintable(spikes.errorString()));
    QCOMPARE(spikes->size(), 1);
    QCOMPARE(spikes->first().serviceKey, QStringLiteral("payments"));
    QCOMPARE(spikes->first().reportIds.size(), 5);
    // Once they are linked to an incident, there is no spike any more.
    Incident draft;
    draft.title = QStringLiteral("Payments failing");
    const Id incident = IncidentRepository(m_t->db(), m_anna).create(draft)->id;
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE reports SET incident_id = ?, status = 'linked' WHERE external_ref = 'p0'"),
                           {incident}).ok());
    QVERIFY(SpikeDetector::detect(m_t->db(), now)->isEmpty());
}

void TestTriage::racingClaimsHaveOneWinner()
{
    const User marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    QList<Id> ids;
    for (int i = 0; i < 15; ++i)
        ids << report(QStringLiteral("race%1").arg(i), QStringLiteral("Race"), QStringLiteral("login"), Clock::now());
    std::atomic<int> annaWins{0};
    std::atomic<int> marcoWins{0};
    std::atomic<int> conflicts{0};
    std::atomic<int> errors{0};
    const auto agent = [&](const User &user, std::atomic<int> &wins) {
        auto db = m_t->db().isPostgres() ? m_t->connectAs(user.name, kPassword) : m_t->connectAgain();
        if (!db) {
            ++errors;
            return;
        }
        ReportRepository reports(*db, user);
        for (Id id : ids) {
            auto claimed = reports.claim(id);
            if (claimed.ok())
                ++wins;
            else if (claimed.error().code == Error::Code::Conflict)
                ++conflicts;
            else if (claimed.error().code == Error::Code::Unavailable) // SQLite busy beyond its timeout
                ++errors;
            else
                ++errors;
        }
    };
    std::thread a(agent, std::cref(m_anna), std::ref(annaWins));
    std::thread b(agent, std::cref(marco), std::ref(marcoWins));
    a.join();
    b.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(annaWins + marcoWins, 15); // exactly one winner per report
    QCOMPARE(conflicts.load(), 15);     // the other one is told who won
    auto holders = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'race%' "
                                                   "AND claimed_by IS NOT NULL"));
    QCOMPARE(holders->toInt(), 15);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "test_triage.moc"
