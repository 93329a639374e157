// SPDX-License-Identifier: GPL-3.0-or-later
// Messages to reporters over SMTP, against a real server (tests/smtp-sink.py, aiosmtpd) on
// SQLite and PostgreSQL. What arrives is parsed back with vmime: each reporter's language, the
// headers that keep auto-responders quiet and thread the answer with the customer's e-mail. The
// server's faults (421 at the greeting, 451, 550, the connection cut after the message) end as
// a retry, a refusal with the server's words, or a message in doubt that only a lead resends.
// The real service is killed (SIGKILL) in the middle of 2,000 messages and started again: every
// reporter has exactly one message, or the one in doubt is marked so.
#include "export/confirmationmessages.h"
#include "mail/mailsender.h"
#include "servicefixture.h"
#include "smtpsink.h"
#include "store/incidentrepository.h"
#include "store/mailrepository.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"
#include "store/userrepository.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <vmime/vmime.hpp>

#include <signal.h>

using namespace desk;
using namespace desk::test;

namespace {
std::atomic<bool> kNeverStop{false};

struct Parsed
{
    QString from, to, replyTo, subject, messageId, inReplyTo, references, autoSubmitted, text, html;
};

QString field(const vmime::shared_ptr<vmime::header> &h, const char *name)
{
    if (!h->hasField(name))
        return {};
    return QString::fromStdString(h->findField(name)->getValue()->generate()).simplified();
}

Parsed parse(const QByteArray &bytes)
{
    auto message = vmime::make_shared<vmime::message>();
    message->parse(bytes.toStdString());
    auto h = message->getHeader();
    Parsed p;
    p.from = QString::fromStdString(vmime::dynamicCast<const vmime::mailbox>(h->From()->getValue())->getEmail().toString());
    p.to = field(h, "To");
    p.replyTo = field(h, "Reply-To");
    p.subject = QString::fromStdString(
        vmime::dynamicCast<const vmime::text>(h->Subject()->getValue())->getConvertedText(vmime::charsets::UTF_8));
    p.messageId = field(h, "Message-Id");
    p.inReplyTo = field(h, "In-Reply-To");
    p.references = field(h, "References");
    p.autoSubmitted = field(h, "Auto-Submitted");
    vmime::messageParser parser(message);
    for (size_t i = 0; i < parser.getTextPartCount(); ++i) {
        auto part = parser.getTextPartAt(i);
        if (part->getType().getSubType() != vmime::mediaTypes::TEXT_PLAIN && part->getType().getSubType() != vmime::mediaTypes::TEXT_HTML)
            continue;
        auto extract = [](const vmime::shared_ptr<const vmime::contentHandler> &content) {
            vmime::string text;
            vmime::utility::outputStreamStringAdapter out(text);
            content->extract(out);
            return QString::fromStdString(text);
        };
        if (auto html = vmime::dynamicCast<const vmime::htmlTextPart>(part)) {
            p.text += extract(html->getPlainText());
            p.html += extract(html->getText());
        } else {
            p.text += extract(part->getText());
        }
    }
    return p;
}
} // namespace

class TestMailDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachReporterGetsTheirMessage();
    void serverFaultsEndAsRetryRefusalOrDoubt();
    void aServerThatTurnsUsAwayIsTriedAgain();
    void startTlsAndLogin();
    void implicitTlsAndPacing();
    void aKilledServiceSendsEachMessageOnceOrInDoubt();
    void sighupReadsTheConfigurationAgain();
    void theWatchWritesToTheOwnerAndTheLeadsOnce();

private:
    bool startSink(SmtpSink &sink, const QStringList &arguments = {});
    Id report(const QString &email, Language language, Channel channel = Channel::ContactForm, const QString &ref = {});
    void publishAcknowledgement();
    MailSettings settings(quint16 port) const;
    MailRunReport run(const MailSettings &settings);
    QMap<QString, MailJob> jobsByAddress() const;

    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb;
    Incident m_incident;
    int m_reports = 0;
};

void TestMailDelivery::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Checkout fails <script>alert(1)</script>");
    draft.description = QStringLiteral("Payments are refused.");
    m_incident = IncidentRepository(*m_annaDb, m_anna).create(draft).value();
    m_reports = 0;
}

void TestMailDelivery::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_t.reset();
}

bool TestMailDelivery::startSink(SmtpSink &sink, const QStringList &arguments)
{
    QString error;
    if (sink.start(&error, arguments))
        return true;
    if (postgresRequired()) // CI: every real server the tests need is there
        qFatal("%s", qPrintable(error));
    qWarning("%s", qPrintable(error));
    return false;
}

Id TestMailDelivery::report(const QString &email, Language language, Channel channel, const QString &ref)
{
    Report r;
    r.externalRef = ref.isEmpty() ? QStringLiteral("REP-%1").arg(++m_reports) : ref;
    r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    r.channel = channel;
    r.customerName = QStringLiteral("Zoë Müller %1").arg(m_reports);
    r.customerEmail = email;
    r.language = language;
    r.subject = QStringLiteral("Broken");
    r.body = QStringLiteral("It does not work.");
    ReportRepository reports(*m_annaDb, m_anna);
    auto id = reports.insert(r);
    if (!id.ok())
        qFatal("cannot add a report: %s", qPrintable(id.errorString()));
    auto linked = reports.linkToIncident(id.value(), m_incident.id, reports.get(id.value())->version);
    if (!linked.ok())
        qFatal("cannot link a report: %s", qPrintable(linked.errorString()));
    return id.value();
}

void TestMailDelivery::publishAcknowledgement()
{
    publishUpdate(*m_annaDb, m_anna, *m_giuliaDb, m_giulia, m_incident.id, QStringLiteral("We are on it."),
                  UpdateKind::Acknowledgement);
}

MailSettings TestMailDelivery::settings(quint16 port) const
{
    MailSettings s;
    s.smtp.host = QStringLiteral("127.0.0.1");
    s.smtp.port = port;
    s.smtp.security = SmtpSettings::Security::None;
    s.smtp.timeoutSeconds = 10;
    s.fromName = QStringLiteral("Servizio Clienti");
    s.fromAddress = QStringLiteral("noreply@shop.example");
    s.replyTo = QStringLiteral("support@shop.example");
    s.retrySeconds = 1;
    s.helpCenterBaseUrl = QStringLiteral("https://help.shop.example/");
    return s;
}

MailRunReport TestMailDelivery::run(const MailSettings &s)
{
    auto report = MailSender(m_t->db(), m_giulia, s, QStringLiteral("test-sender")).runDue(kNeverStop);
    if (!report.ok())
        qFatal("the sender failed: %s", qPrintable(report.errorString()));
    return report.value();
}

QMap<QString, MailJob> TestMailDelivery::jobsByAddress() const
{
    QMap<QString, MailJob> out;
    const QList<MailJob> all = MailRepository(m_t->db(), m_giulia).jobs().value();
    for (const MailJob &j : all)
        out.insert(j.recipient, j);
    return out;
}

void TestMailDelivery::eachReporterGetsTheirMessage()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    const QList<Language> languages{Language::It, Language::En, Language::Fr, Language::De, Language::Es};
    for (Language l : languages)
        report(QStringLiteral("%1@customers.example").arg(toKey(l)), l);
    report(QStringLiteral("mailer@customers.example"), Language::It, Channel::Email,
           QStringLiteral("CAF=12ab@mail.customers.example"));
    publishAcknowledgement();
    const MailRunReport done = run(settings(sink.port()));
    QCOMPARE(done.sent, 6);
    QCOMPARE(done.failed + done.retrying + done.inDoubt, 0);

    const QList<SmtpSink::Received> received = sink.received();
    QCOMPARE(received.size(), 6);
    const QMap<QString, MailJob> jobs = jobsByAddress();
    ReportRepository reports(m_t->db(), m_giulia);
    const Incident incident = IncidentRepository(m_t->db(), m_giulia).get(m_incident.id).value();
    for (const SmtpSink::Received &r : received) {
        QCOMPARE(r.rcptTos.size(), 1);
        const QString to = r.rcptTos.first();
        QCOMPARE(r.mailFrom, QStringLiteral("noreply@shop.example"));
        const MailJob job = jobs.value(to);
        QCOMPARE(job.state, MailState::Sent);
        QVERIFY(job.sentAt.isValid());
        const Report rep = reports.get(job.reportId).value();
        const Parsed p = parse(r.bytes);
        QCOMPARE(p.from, QStringLiteral("noreply@shop.example"));
        QVERIFY2(p.to.contains(to), qPrintable(p.to));
        QVERIFY2(p.replyTo.contains(QLatin1String("support@shop.example")), qPrintable(p.replyTo));
        QCOMPARE(p.autoSubmitted, QStringLiteral("auto-generated"));
        QCOMPARE(p.messageId, QStringLiteral("<%1@shop.example>").arg(job.messageKey));
        // In the reporter's language: the subject is the one the template makes for them.
        const QString link = ConfirmationMessages::helpCenterLink(QStringLiteral("https://help.shop.example/"), incident, rep.language);
        const ReporterMessage expected = ConfirmationMessages::render(NoticeKind::Acknowledgement, rep, incident, link).value();
        QCOMPARE(p.subject, expected.subject);
        QVERIFY2(p.text.contains(rep.externalRef), qPrintable(p.text));
        QVERIFY2(p.text.contains(link), qPrintable(p.text));
        // What customers wrote or the team titled is text, never markup, in the HTML part.
        QVERIFY2(p.html.contains(QLatin1String("&lt;script&gt;")), qPrintable(p.html));
        QVERIFY(!p.html.contains(QLatin1String("<script>")));
        if (rep.channel == Channel::Email) {
            QCOMPARE(p.inReplyTo, QStringLiteral("<CAF=12ab@mail.customers.example>"));
            QCOMPARE(p.references, QStringLiteral("<CAF=12ab@mail.customers.example>"));
        } else {
            QVERIFY(p.inReplyTo.isEmpty());
        }
    }
    // Italian and German subjects differ: the language is each reporter's own.
    QVERIFY(parse(received.at(0).bytes).subject != parse(received.at(3).bytes).subject);
    // Nothing left: a second run sends nothing again.
    QCOMPARE(run(settings(sink.port())).sent, 0);
    QCOMPARE(sink.received().size(), 6);
}

void TestMailDelivery::serverFaultsEndAsRetryRefusalOrDoubt()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    for (const char *who : {"ok", "gone", "busy", "later", "cut"})
        report(QStringLiteral("%1@customers.example").arg(QLatin1String(who)), Language::En);
    sink.setFaults({{QStringLiteral("rcpt_550"), QJsonArray{QStringLiteral("gone@customers.example")}},
                    {QStringLiteral("rcpt_451_once"), QJsonArray{QStringLiteral("busy@customers.example")}},
                    {QStringLiteral("data_451_once"), QJsonArray{QStringLiteral("later@customers.example")}},
                    {QStringLiteral("cut_after_data_once"), QJsonArray{QStringLiteral("cut@customers.example")}}});
    publishAcknowledgement();
    const MailSettings s = settings(sink.port());
    MailRunReport first = run(s);
    QCOMPARE(first.sent, 1);
    QCOMPARE(first.failed, 1);
    QCOMPARE(first.retrying, 2);
    QCOMPARE(first.inDoubt, 1);
    QMap<QString, MailJob> jobs = jobsByAddress();
    QCOMPARE(jobs.value(QStringLiteral("ok@customers.example")).state, MailState::Sent);
    const MailJob gone = jobs.value(QStringLiteral("gone@customers.example"));
    QCOMPARE(gone.state, MailState::Failed);
    QVERIFY2(gone.lastError.contains(QLatin1String("550")) && gone.lastError.contains(QLatin1String("no such mailbox")),
             qPrintable(gone.lastError));
    for (const char *who : {"busy", "later"}) {
        const MailJob j = jobs.value(QStringLiteral("%1@customers.example").arg(QLatin1String(who)));
        QCOMPARE(j.state, MailState::Pending);
        QVERIFY2(j.lastError.contains(QLatin1String("451")), qPrintable(j.lastError));
        QVERIFY(j.nextAttemptAt > QDateTime::currentDateTimeUtc().addMSecs(-100));
    }
    const MailJob cut = jobs.value(QStringLiteral("cut@customers.example"));
    QCOMPARE(cut.state, MailState::InDoubt);
    QVERIFY2(cut.lastError.contains(QLatin1String("may have been delivered")), qPrintable(cut.lastError));

    // Not due yet: nothing is tried before the backoff is over.
    QCOMPARE(run(s).sent, 0);
    QTest::qWait(1200);
    MailRunReport second = run(s);
    QCOMPARE(second.sent, 2);
    QCOMPARE(second.inDoubt + second.failed, 0);

    // The message in doubt is resent only when a lead says so, and then exactly once.
    MailRepository lead(*m_giuliaDb, m_giulia);
    QVERIFY(lead.retry(cut.id, cut.version).ok());
    QCOMPARE(run(s).sent, 1);

    QMap<QString, int> arrived;
    QSet<QString> ids;
    for (const SmtpSink::Received &r : sink.received()) {
        ++arrived[r.rcptTos.first()];
        QVERIFY2(!ids.contains(r.messageId), qPrintable(r.messageId));
        ids.insert(r.messageId);
    }
    QCOMPARE(arrived.value(QStringLiteral("ok@customers.example")), 1);
    QCOMPARE(arrived.value(QStringLiteral("busy@customers.example")), 1);
    QCOMPARE(arrived.value(QStringLiteral("later@customers.example")), 1);
    QCOMPARE(arrived.value(QStringLiteral("cut@customers.example")), 1);
    QCOMPARE(arrived.value(QStringLiteral("gone@customers.example")), 0);
    QCOMPARE(jobsByAddress().value(QStringLiteral("busy@customers.example")).attempts, 2);
}

void TestMailDelivery::aServerThatTurnsUsAwayIsTriedAgain()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    report(QStringLiteral("ada@customers.example"), Language::En);
    sink.setFaults({{QStringLiteral("greet_421"), 1}});
    publishAcknowledgement();
    MailRunReport refused = run(settings(sink.port()));
    QCOMPARE(refused.sent, 0);
    QVERIFY2(refused.serverProblem.contains(QLatin1String("does not take mail now"))
                 && refused.serverProblem.contains(QLatin1String("too busy")),
             qPrintable(refused.serverProblem));
    MailJob job = jobsByAddress().first();
    QCOMPARE(job.state, MailState::Pending);
    QCOMPARE(job.attempts, 0); // nothing was tried
    QVERIFY(job.lastError.contains(QLatin1String("too busy")));
    QTest::qWait(1200);
    QCOMPARE(run(settings(sink.port())).sent, 1);

    // Nobody listening at all: the same.
    report(QStringLiteral("bob@customers.example"), Language::En);
    sink.stop();
    MailRunReport away = run(settings(sink.port()));
    QVERIFY2(away.serverProblem.contains(QLatin1String("cannot be reached")), qPrintable(away.serverProblem));
    QCOMPARE(jobsByAddress().value(QStringLiteral("bob@customers.example")).state, MailState::Pending);
}

void TestMailDelivery::startTlsAndLogin()
{
    QTemporaryDir keys;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                   QStringLiteral("-keyout"), keys.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   keys.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    SmtpSink sink;
    if (!startSink(sink, {QStringLiteral("--tls-cert"), keys.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                          keys.filePath(QStringLiteral("key.pem")), QStringLiteral("--auth"), QStringLiteral("desk:s3cret")}))
        QSKIP("no SMTP test server");
    report(QStringLiteral("ada@customers.example"), Language::En);
    publishAcknowledgement();
    MailSettings s = settings(sink.port());
    s.smtp.host = QStringLiteral("localhost");
    s.smtp.security = SmtpSettings::Security::StartTls;
    s.smtp.caFile = keys.filePath(QStringLiteral("cert.pem"));
    s.smtp.user = QStringLiteral("desk");
    s.smtp.password = QStringLiteral("s3cret");
    const MailRunReport accepted = run(s);
    QVERIFY2(accepted.sent == 1, qPrintable(accepted.serverProblem));
    QCOMPARE(sink.received().size(), 1);
    // A wrong password: the server's refusal, and the password in no message.
    report(QStringLiteral("bob@customers.example"), Language::En);
    s.smtp.password = QStringLiteral("wrong-horse");
    s.smtp.timeoutSeconds = 3;
    MailRunReport refused = run(s);
    QVERIFY(!refused.serverProblem.isEmpty());
    QVERIFY(!refused.serverProblem.contains(QLatin1String("wrong-horse")));
    QCOMPARE(sink.received().size(), 1);
    QCOMPARE(jobsByAddress().value(QStringLiteral("bob@customers.example")).state, MailState::Pending);
    // A certificate nobody vouches for is refused.
    s.smtp.caFile.clear();
    QVERIFY(!MailSender(m_t->db(), m_giulia, s, QStringLiteral("x")).check().ok());
}

void TestMailDelivery::implicitTlsAndPacing()
{
    QTemporaryDir keys;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                   QStringLiteral("-keyout"), keys.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   keys.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    SmtpSink sink;
    if (!startSink(sink, {QStringLiteral("--tls-cert"), keys.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                          keys.filePath(QStringLiteral("key.pem")), QStringLiteral("--implicit-tls")}))
        QSKIP("no SMTP test server");
    for (int i = 0; i < 4; ++i)
        report(QStringLiteral("r%1@customers.example").arg(i), Language::En);
    publishAcknowledgement();
    MailSettings s = settings(sink.port());
    s.smtp.host = QStringLiteral("localhost");
    s.smtp.security = SmtpSettings::Security::Tls;
    s.smtp.caFile = keys.filePath(QStringLiteral("cert.pem"));
    s.ratePerMinute = 300; // one message every 200 ms
    QElapsedTimer clock;
    clock.start();
    const MailRunReport done = run(s);
    QVERIFY2(done.sent == 4, qPrintable(done.serverProblem));
    QVERIFY2(clock.elapsed() >= 3 * 200 - 20, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(sink.received().size(), 4);
}

void TestMailDelivery::aKilledServiceSendsEachMessageOnceOrInDoubt()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    ServiceFixture service;
    QVERIFY(service.setUp(*m_t));
    auto dropLogin = qScopeGuard([&] { service.tearDown(); });
    constexpr int kReporters = 2000;
    // Reporters in bulk, linked already; publishing the acknowledgement makes their 2,000 jobs at once.
    const QString insert = m_t->db().isPostgres()
        ? QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, customer_email, language, subject, body, "
                         "status, incident_id, updated_at) SELECT 'BULK-' || n, 0, 'contact_form', 'r' || n || "
                         "'@customers.example', 'en', 's', 'b', 'linked', ?, 0 FROM generate_series(1, ?) AS n")
        : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?) "
                         "INSERT INTO reports (external_ref, received_at, channel, customer_email, language, subject, body, "
                         "status, incident_id, updated_at) SELECT 'BULK-' || n, 0, 'contact_form', 'r' || n || "
                         "'@customers.example', 'en', 's', 'b', 'linked', ?, 0 FROM s");
    auto inserted = m_t->db().isPostgres() ? m_t->db().exec(insert, {m_incident.id, kReporters})
                                           : m_t->db().exec(insert, {kReporters, m_incident.id});
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
    sink.setFaults({{QStringLiteral("delay_ms"), 2}});
    publishAcknowledgement();
    QCOMPARE(MailRepository(m_t->db(), m_giulia).countByState()->value(MailState::Pending), kReporters);

    const QString config = service.writeConfig(
        QStringLiteral("service.conf"), {}, {}, 0,
        QStringLiteral("\n[mail]\nhost=127.0.0.1\nport=%1\nsecurity=none\nfrom_address=noreply@shop.example\n"
                       "reply_to=support@shop.example\nretry_seconds=1\nsender_name=test-host\n")
            .arg(sink.port()));
    QProcess *first = service.start(config, this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(first, &log), log.constData());
    QVERIFY(QTest::qWaitFor([&] { return sink.received().size() >= 400; }, 60000));
    ::kill(pid_t(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished(10000));
    const int beforeRestart = int(sink.received().size());
    QVERIFY2(beforeRestart < kReporters, "the batch was over before the kill: nothing was tested");

    QProcess *second = service.start(config, this);
    log.clear();
    QVERIFY2(ServiceFixture::waitListening(second, &log), log.constData());
    MailRepository jobs(m_t->db(), m_giulia);
    QVERIFY(QTest::qWaitFor([&] {
        const auto counts = jobs.countByState().value();
        return counts.value(MailState::Pending) + counts.value(MailState::Claimed) + counts.value(MailState::Sending) == 0;
    }, 120000));
    second->terminate();
    QVERIFY(second->waitForFinished(15000));
    log += second->readAll();

    const auto counts = jobs.countByState().value();
    QCOMPARE(counts.value(MailState::Sent) + counts.value(MailState::InDoubt), kReporters);
    QVERIFY2(counts.value(MailState::InDoubt) <= 1, "only the message being sent at the kill can be in doubt");
    QHash<QString, int> arrived;
    for (const SmtpSink::Received &r : sink.received())
        ++arrived[r.messageId];
    for (auto it = arrived.cbegin(); it != arrived.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
    const QList<MailJob> all = jobs.jobs(0, {}, kReporters + 10).value();
    for (const MailJob &j : all) {
        const int n = arrived.value(QStringLiteral("<%1@shop.example>").arg(j.messageKey));
        if (j.state == MailState::Sent)
            QVERIFY2(n == 1, qPrintable(QStringLiteral("%1: sent, arrived %2 times").arg(j.recipient).arg(n)));
        else
            QVERIFY2(j.state == MailState::InDoubt && n <= 1, qPrintable(j.recipient));
    }
    if (counts.value(MailState::InDoubt) == 1)
        QVERIFY2(log.contains("in doubt"), log.constData());
    qInfo("killed after %d messages; %d sent, %d in doubt", beforeRestart, counts.value(MailState::Sent),
          counts.value(MailState::InDoubt));
}

void TestMailDelivery::sighupReadsTheConfigurationAgain()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    ServiceFixture service;
    QVERIFY(service.setUp(*m_t));
    auto dropLogin = qScopeGuard([&] { service.tearDown(); });
    report(QStringLiteral("ada@customers.example"), Language::En);
    publishAcknowledgement();
    // Started without mail: nothing goes out.
    const QString config = service.writeConfig(QStringLiteral("service.conf"));
    QProcess *running = service.start(config, this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(running, &log), log.constData());
    QTest::qWait(500);
    QCOMPARE(sink.received().size(), 0);

    // A broken configuration is refused and the service goes on as it was.
    QFile broken(config);
    QVERIFY(broken.open(QIODevice::Append));
    broken.write("\n[mail]\nhost=127.0.0.1\nsecurity=ssl\n");
    broken.close();
    ::kill(pid_t(running->processId()), SIGHUP);
    QVERIFY(QTest::qWaitFor([&] { log += running->readAll(); return log.contains("not reloaded"); }, 10000));
    QVERIFY2(log.contains("[mail] security"), log.constData());
    QCOMPARE(running->state(), QProcess::Running);

    // Mail configured: after SIGHUP the service writes to the reporter.
    service.writeConfig(QStringLiteral("service.conf"), {}, {}, 0,
                        QStringLiteral("\n[mail]\nhost=127.0.0.1\nport=%1\nsecurity=none\nfrom_address=noreply@shop.example\n")
                            .arg(sink.port()));
    ::kill(pid_t(running->processId()), SIGHUP);
    QVERIFY(QTest::qWaitFor([&] { log += running->readAll(); return log.contains("configuration reloaded"); }, 15000));
    QVERIFY2(QTest::qWaitFor([&] { return sink.received().size() == 1; }, 15000), log.constData());
    QCOMPARE(running->state(), QProcess::Running);
    running->terminate();
    QVERIFY(running->waitForFinished(15000));
    QCOMPARE(running->exitCode(), 0);
}

void TestMailDelivery::theWatchWritesToTheOwnerAndTheLeadsOnce()
{
    SmtpSink sink;
    if (!startSink(sink))
        QSKIP("no SMTP test server");
    const User carl = makeUser(*m_t, QStringLiteral("carl"), Role::Agent);
    UserRepository users(m_t->db());
    for (const auto &[name, email] : {std::pair{"anna", "anna@team.example"}, std::pair{"giulia", "giulia@team.example"},
                                      std::pair{"carl", "carl@team.example"}})
        QVERIFY(users.setEmail(QLatin1String(name), QLatin1String(email), QStringLiteral("boss")).ok());
    QVERIFY(!users.setEmail(QStringLiteral("carl"), QStringLiteral("not an address"), QStringLiteral("boss")).ok());
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE incidents SET owner = 'anna' WHERE id = ?"), {m_incident.id}).ok());
    report(QStringLiteral("ada@customers.example"), Language::En); // received an hour ago
    MailSettings s = settings(sink.port());
    s.watch.unacknowledgedMinutes = 30;
    auto warn = [&] {
        auto sent = MailSender(m_t->db(), m_giulia, s, QStringLiteral("watch")).watch();
        if (!sent.ok())
            qFatal("the watch failed: %s", qPrintable(sent.errorString()));
        return sent.value();
    };

    // Reported an hour ago, not acknowledged: the owner and the lead, not the other agent; once.
    QCOMPARE(warn(), 2);
    QCOMPARE(warn(), 0);
    QStringList to;
    for (const SmtpSink::Received &r : sink.received()) {
        to << r.rcptTos;
        const Parsed p = parse(r.bytes);
        QVERIFY2(p.subject.contains(m_incident.reference) && p.subject.contains(QLatin1String("Not acknowledged")),
                 qPrintable(p.subject));
        QCOMPARE(p.autoSubmitted, QStringLiteral("auto-generated"));
        QVERIFY(!p.html.contains(QLatin1String("<script>"))); // the title is the team's text, escaped
    }
    to.sort();
    QCOMPARE(to, (QStringList{QStringLiteral("anna@team.example"), QStringLiteral("giulia@team.example")}));

    // An update overdue on another incident (no owner): the leads.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_t->db().exec(QStringLiteral("INSERT INTO incidents (reference, title, state, cadence_minutes, created_at, "
                                          "acknowledged_at, last_published_at, updated_at) VALUES ('INC-OLD', 'Slow search', "
                                          "'investigating', 1440, ?, ?, ?, ?)"),
                           {now - 30 * 3600000LL, now - 29 * 3600000LL, now - 25 * 3600000LL, now})
                .ok());
    QCOMPARE(warn(), 1);
    const Parsed overdue = parse(sink.received().last().bytes);
    QVERIFY2(overdue.subject.contains(QLatin1String("overdue")) && overdue.subject.contains(QLatin1String("INC-OLD")),
             qPrintable(overdue.subject));
    QCOMPARE(sink.received().last().rcptTos, QStringList{QStringLiteral("giulia@team.example")});

    // A publication that failed: once, then not again.
    const User boss{0, QStringLiteral("boss"), {}, Role::Admin, true};
    QVERIFY(PublicationRepository(m_t->db(), boss).addTarget(PublicationKind::Webhook, QStringLiteral("Status hook"),
                                                             QStringLiteral("{\"url\":\"https://hooks.example/x\"}")).ok());
    publishAcknowledgement();
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE publication_jobs SET state = 'failed', last_error = 'HTTP 500 from the hook'")).ok());
    QCOMPARE(warn(), 2);
    const Parsed failed = parse(sink.received().last().bytes);
    QVERIFY2(failed.subject.contains(QLatin1String("Publication failed")), qPrintable(failed.subject));
    QVERIFY2(failed.text.contains(QLatin1String("HTTP 500 from the hook")), qPrintable(failed.text));
    QCOMPARE(warn(), 0);
    Q_UNUSED(carl);
}

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "test_maildelivery.moc"
