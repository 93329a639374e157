// SPDX-License-Identifier: GPL-3.0-or-later
// Mail jobs on SQLite and PostgreSQL: the database makes one per reporter when the acknowledgement
// or the resolution is published and when a report is linked later, and cancels a waiting one
// when its report moves away; two senders never take the same job; a message sent stays sent;
// a sender that stopped leaves its claims to the queue and what it was sending in doubt; only a
// lead retries, cancels, settles or holds. On PostgreSQL the same rules hold against raw SQL.
#include "store/incidentrepository.h"
#include "store/mailrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"

#include <QTest>

using namespace desk;
using namespace desk::test;

class TestMailJobs final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishingTheNoticeMakesOneJobPerReporter();
    void aReportLinkedLaterGetsItsMessage();
    void onePersonGetsOneMessage();
    void twoSendersNeverTakeTheSameJob();
    void aSentMessageStaysSentAndConfirmsTheReport();
    void aStoppedSenderLeavesDoubtNotDuplicates();
    void onlyALeadDecides();
    void aHeldIncidentSendsNothing();
    void theMailerRoleOnlyMovesJobs();

private:
    Id report(const QString &email, Language language = Language::En);
    void link(Id reportId, Id incidentId);
    Id publish(UpdateKind kind);
    QList<MailJob> jobs(const QList<MailState> &states = {}) const;

    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb;
    Incident m_incident;
    int m_reports = 0;
};

void TestMailJobs::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Checkout fails");
    m_incident = IncidentRepository(*m_annaDb, m_anna).create(draft).value();
}

void TestMailJobs::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_t.reset();
}

Id TestMailJobs::report(const QString &email, Language language)
{
    Report r;
    r.externalRef = QStringLiteral("REP-%1").arg(++m_reports);
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.channel = Channel::ContactForm;
    r.customerName = QStringLiteral("Customer %1").arg(m_reports);
    r.customerEmail = email;
    r.language = language;
    r.subject = QStringLiteral("It does not work");
    r.body = QStringLiteral("Payment page spins forever.");
    auto id = ReportRepository(*m_annaDb, m_anna).insert(r);
    if (!id.ok())
        qFatal("cannot add a report: %s", qPrintable(id.errorString()));
    return id.value();
}

void TestMailJobs::link(Id reportId, Id incidentId)
{
    ReportRepository reports(*m_annaDb, m_anna);
    auto r = reports.get(reportId);
    auto linked = reports.linkToIncident(reportId, incidentId, r->version);
    if (!linked.ok())
        qFatal("cannot link a report: %s", qPrintable(linked.errorString()));
}

Id TestMailJobs::publish(UpdateKind kind)
{
    return publishUpdate(*m_annaDb, m_anna, *m_giuliaDb, m_giulia, m_incident.id, QStringLiteral("We are on it."), kind);
}

QList<MailJob> TestMailJobs::jobs(const QList<MailState> &states) const
{
    auto all = MailRepository(m_t->db(), m_giulia).jobs(0, states);
    if (!all.ok())
        qFatal("cannot list mail jobs: %s", qPrintable(all.errorString()));
    return all.value();
}

void TestMailJobs::publishingTheNoticeMakesOneJobPerReporter()
{
    const Id withMail = report(QStringLiteral("ada@example.org"), Language::It);
    const Id other = report(QStringLiteral("bob@example.org"));
    const Id noMail = report(QString());
    for (Id r : {withMail, other, noMail})
        link(r, m_incident.id);
    QVERIFY(jobs().isEmpty()); // nothing is published yet
    publish(UpdateKind::Progress);
    QVERIFY(jobs().isEmpty()); // only the acknowledgement and the resolution are mailed
    publish(UpdateKind::Acknowledgement);
    QList<MailJob> made = jobs();
    QCOMPARE(made.size(), 2); // the report without an address gets none
    for (const MailJob &j : made) {
        QVERIFY(!j.resolution);
        QCOMPARE(j.state, MailState::Pending);
        QCOMPARE(j.incidentReference, m_incident.reference);
        QVERIFY(j.messageKey.size() >= 32);
    }
    QVERIFY(made.at(0).messageKey != made.at(1).messageKey);
    QCOMPARE(MailRepository(m_t->db(), m_giulia).countByState()->value(MailState::Pending), 2);
}

void TestMailJobs::aReportLinkedLaterGetsItsMessage()
{
    const Id first = report(QStringLiteral("ada@example.org"));
    link(first, m_incident.id);
    publish(UpdateKind::Acknowledgement);
    QCOMPARE(jobs().size(), 1);
    const Id late = report(QStringLiteral("late@example.org"));
    link(late, m_incident.id);
    QCOMPARE(jobs().size(), 2);
    QCOMPARE(jobs().first().reportId, late);

    // Moved to another incident before it went out: that message is cancelled, and the new
    // incident has nothing published yet, so nothing new is made.
    Incident draft;
    draft.title = QStringLiteral("Another one");
    const Incident other = IncidentRepository(*m_annaDb, m_anna).create(draft).value();
    link(late, other.id);
    const QList<MailJob> after = jobs();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().state, MailState::Cancelled);
    QVERIFY(after.first().lastError.contains(QLatin1String("no longer linked")));
    QCOMPARE(after.last().state, MailState::Pending);
}

void TestMailJobs::onePersonGetsOneMessage()
{
    // The same customer wrote through the form and by e-mail: one notice, not two.
    link(report(QStringLiteral("ada@example.org")), m_incident.id);
    link(report(QStringLiteral("ADA@example.org")), m_incident.id);
    link(report(QStringLiteral("bob@example.org")), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    QCOMPARE(jobs().size(), 2);
    // … and writes again after it went out: still one.
    link(report(QStringLiteral("Ada@Example.org")), m_incident.id);
    QCOMPARE(jobs().size(), 2);
    link(report(QStringLiteral("carla@example.org")), m_incident.id);
    QCOMPARE(jobs().size(), 3);
}

void TestMailJobs::twoSendersNeverTakeTheSameJob()
{
    for (int i = 0; i < 30; ++i)
        link(report(QStringLiteral("r%1@example.org").arg(i)), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    auto one = m_t->connectAgain();
    auto two = m_t->connectAgain();
    auto a = MailRepository(*one, m_giulia).claim(QStringLiteral("host-a"), 20, QDateTime::currentMSecsSinceEpoch());
    auto b = MailRepository(*two, m_giulia).claim(QStringLiteral("host-b"), 20, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.errorString() + b.errorString()));
    QCOMPARE(a->size(), 20);
    QCOMPARE(b->size(), 10);
    QSet<Id> ids;
    for (const OutgoingMail &m : a.value() + b.value()) {
        QVERIFY(!ids.contains(m.job.id));
        ids.insert(m.job.id);
        QCOMPARE(m.incident.reference, m_incident.reference);
        QVERIFY(m.report.customerEmail.endsWith(QLatin1String("@example.org")));
    }
    // A job is begun by the sender that claimed it, and by no other.
    const Id first = a->first().job.id;
    QCOMPARE(MailRepository(*two, m_giulia).begin(first, QStringLiteral("host-b")).value(), false);
    QCOMPARE(MailRepository(*one, m_giulia).begin(first, QStringLiteral("host-a")).value(), true);
    QCOMPARE(MailRepository(*one, m_giulia).begin(first, QStringLiteral("host-a")).value(), false);
}

void TestMailJobs::aSentMessageStaysSentAndConfirmsTheReport()
{
    const Id r = report(QStringLiteral("ada@example.org"));
    link(r, m_incident.id);
    publish(UpdateKind::Acknowledgement);
    publish(UpdateKind::Resolution);
    MailRepository sender(m_t->db(), m_giulia);
    auto claimed = sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(claimed->size(), 2);
    for (const OutgoingMail &m : claimed.value()) {
        QVERIFY(sender.begin(m.job.id, QStringLiteral("host-a")).value());
        QVERIFY(sender.markSent(m.job.id, QDateTime::currentMSecsSinceEpoch()).ok());
    }
    const Report confirmed = ReportRepository(m_t->db(), m_giulia).get(r).value();
    QCOMPARE(confirmed.confirmation, ConfirmationState::Sent);
    // Nobody, not even a direct statement, takes a sent message back to the queue.
    auto back = m_t->db().exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending' WHERE report_id = ?"), {r});
    QVERIFY(!back.ok());
    QVERIFY2(back.errorString().contains(QLatin1String("stays sent")), qPrintable(back.errorString()));
    QVERIFY(!sender.markInDoubt(claimed->first().job.id, QStringLiteral("late")).ok());
    QCOMPARE(jobs({MailState::Sent}).size(), 2);
}

void TestMailJobs::aStoppedSenderLeavesDoubtNotDuplicates()
{
    for (int i = 0; i < 5; ++i)
        link(report(QStringLiteral("r%1@example.org").arg(i)), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    MailRepository sender(m_t->db(), m_giulia);
    auto claimed = sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(claimed->size(), 5);
    QVERIFY(sender.begin(claimed->at(0).job.id, QStringLiteral("host-a")).value());
    QVERIFY(sender.markSent(claimed->at(0).job.id, QDateTime::currentMSecsSinceEpoch()).ok());
    QVERIFY(sender.begin(claimed->at(1).job.id, QStringLiteral("host-a")).value());
    // … and host-a is killed here. Another sender's restart leaves host-a's jobs alone.
    QCOMPARE(sender.recover(QStringLiteral("host-b")).value(), std::make_pair(0, 0));
    QCOMPARE(sender.recover(QStringLiteral("host-a")).value(), std::make_pair(3, 1));
    QCOMPARE(jobs({MailState::Sent}).size(), 1);
    QCOMPARE(jobs({MailState::Pending}).size(), 3);
    const QList<MailJob> doubt = jobs({MailState::InDoubt});
    QCOMPARE(doubt.size(), 1);
    QCOMPARE(doubt.first().id, claimed->at(1).job.id);
    QVERIFY(doubt.first().lastError.contains(QLatin1String("may have been delivered")));
    // A message in doubt is not claimed again by anyone.
    auto again = sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(again->size(), 3);
    for (const OutgoingMail &m : again.value())
        QVERIFY(m.job.id != doubt.first().id);
    // A sender silent for long enough is recovered the same way by the others.
    QVERIFY(sender.begin(again->at(0).job.id, QStringLiteral("host-a")).value());
    QCOMPARE(sender.recoverStale(QDateTime::currentMSecsSinceEpoch() + 1000).value(), std::make_pair(2, 1));
}

void TestMailJobs::onlyALeadDecides()
{
    link(report(QStringLiteral("ada@example.org")), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    MailRepository sender(m_t->db(), m_giulia);
    auto claimed = sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch());
    const Id id = claimed->first().job.id;
    QVERIFY(sender.begin(id, QStringLiteral("host-a")).value());
    QVERIFY(sender.markInDoubt(id, QStringLiteral("cut")).ok());
    MailJob job = jobs().first();

    auto refused = MailRepository(*m_annaDb, m_anna).retry(id, job.version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    if (m_t->db().isPostgres()) {
        auto raw = m_annaDb->exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending' WHERE id = ?"), {id});
        QVERIFY2(!raw.ok(), "an agent's own SQL must not move a mail job");
        auto made = m_annaDb->exec(QStringLiteral("INSERT INTO mail_jobs (incident_id, report_id, kind, message_key, created_at, "
                                                  "updated_at) VALUES (?, ?, 'resolution', 'x', 0, 0)"),
                                   {m_incident.id, job.reportId});
        QVERIFY2(!made.ok(), "nobody makes a mail job by hand");
    }
    MailRepository lead(*m_giuliaDb, m_giulia);
    // Settled: the lead found it in the mail server's log.
    auto settled = lead.settleSent(id, job.version);
    QVERIFY2(settled.ok(), qPrintable(settled.errorString()));
    QCOMPARE(settled->state, MailState::Sent);
    QVERIFY(settled->sentAt.isValid());
    QVERIFY(!lead.retry(id, settled->version).ok()); // sent stays sent
    QVERIFY(!lead.cancel(id, settled->version).ok());
    QVERIFY(!lead.settleSent(id, job.version).ok()); // an old version: someone changed it meanwhile
}

void TestMailJobs::aHeldIncidentSendsNothing()
{
    link(report(QStringLiteral("ada@example.org")), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    QVERIFY(!MailRepository(*m_annaDb, m_anna).hold(m_incident.id, true).ok());
    if (m_t->db().isPostgres())
        QVERIFY(!m_annaDb->exec(QStringLiteral("INSERT INTO mail_holds (incident_id) VALUES (?)"), {m_incident.id}).ok());
    MailRepository lead(*m_giuliaDb, m_giulia);
    QVERIFY(lead.hold(m_incident.id, true).ok());
    QVERIFY(lead.heldIncidents()->contains(m_incident.id));
    MailRepository sender(m_t->db(), m_giulia);
    QVERIFY(sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch())->isEmpty());
    QVERIFY(!sender.nextDueAt()->has_value());
    QVERIFY(lead.hold(m_incident.id, false).ok());
    QCOMPARE(sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch())->size(), 1);
}

void TestMailJobs::theMailerRoleOnlyMovesJobs()
{
    if (!m_t->db().isPostgres())
        QSKIP("roles are PostgreSQL's");
    link(report(QStringLiteral("ada@example.org")), m_incident.id);
    publish(UpdateKind::Acknowledgement);
    const QString login = QStringLiteral("desk_mailer_test_%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(m_t->db().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_mailer").arg(login, kPassword)).ok());
    auto cleanupRole = qScopeGuard([&] { (void)m_t->db().exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(login)); });
    QString error;
    auto mailerDb = m_t->connectAs(login, kPassword, &error);
    QVERIFY2(mailerDb, qPrintable(error));
    const User mailer{0, login, QStringLiteral("service"), Role::Agent, true};
    MailRepository sender(*mailerDb, mailer);
    auto claimed = sender.claim(QStringLiteral("host-a"), 10, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(claimed.ok(), qPrintable(claimed.errorString()));
    QCOMPARE(claimed->size(), 1);
    const Id id = claimed->first().job.id;
    QVERIFY(sender.begin(id, QStringLiteral("host-a")).value());
    QVERIFY(sender.markInDoubt(id, QStringLiteral("cut")).ok());
    // What is in doubt is a person's to decide, not the sender's.
    QVERIFY(!mailerDb->exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending' WHERE id = ?"), {id}).ok());
    QVERIFY(!mailerDb->exec(QStringLiteral("UPDATE mail_jobs SET message_key = 'other' WHERE id = ?"), {id}).ok());
    QVERIFY(!mailerDb->exec(QStringLiteral("UPDATE reports SET customer_email = 'x@y.org'")).ok());
    QVERIFY(!mailerDb->exec(QStringLiteral("DELETE FROM mail_jobs")).ok());
    QVERIFY(!mailerDb->exec(QStringLiteral("INSERT INTO mail_holds (incident_id) VALUES (?)"), {m_incident.id}).ok());
}

QTEST_GUILESS_MAIN(TestMailJobs)
#include "test_mailjobs.moc"
