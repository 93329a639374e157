// SPDX-License-Identifier: GPL-3.0-or-later
// The support mailbox, read from a real Dovecot (tests/imap-start.sh) over IMAPS and STARTTLS,
// into the team database on SQLite and PostgreSQL: each customer's mail becomes one report and
// moves to the processed folder, auto-replies, bulk mail and mail without a sender move aside,
// a reply joins its incident, a message seen again (a crash before it moved) makes no second
// report, and a server whose certificate is not trusted or a wrong password is refused.
#include "intake/intakepipeline.h"
#include "intake/mailboxreader.h"
#include "mailsamples.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestMailbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsTheMailbox();
    void aReplyJoinsItsIncident();
    void aMessageSeenAgainMakesNoSecondReport();
    void aMailTooLargeIsSetAside();
    void startTlsAndRefusals();
    void idleBringsMailAtOnce();

private:
    MailboxSettings settings() const;
    void deliver(const QByteArray &raw);
    int messagesIn(const QString &folderMatch) const;
    qint64 count(const QString &where) const;

    QHash<QString, QString> m_imap;
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    std::unique_ptr<IntakePipeline> m_pipeline;
    int m_delivered = 0;
};

void TestMailbox::initTestCase()
{
    m_imap = readEnvFile(qEnvironmentVariable("DESK_TEST_IMAP_ENV"));
    if (m_imap.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("no Dovecot (tests/imap-start.sh did not start one) and CI=true");
        QSKIP("no Dovecot: install dovecot-imapd (packaging/install-deps.sh)");
    }
}

void TestMailbox::init()
{
    // Each case starts with an empty mailbox, its folders included (Dovecot notices).
    QDirIterator files(m_imap.value(QStringLiteral("DESK_TEST_IMAP_MAILDIR")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/new/")) || path.contains(QLatin1String("/cur/")))
            QFile::remove(path);
    }
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    IntakePipeline::Options options;
    options.database = m_t->url();
    options.spoolPath = m_dir.filePath(QStringLiteral("spool-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    m_pipeline = std::make_unique<IntakePipeline>(options);
    QVERIFY(m_pipeline->start().ok());
}

void TestMailbox::cleanup()
{
    m_pipeline.reset();
    m_t.reset();
}

MailboxSettings TestMailbox::settings() const
{
    MailboxSettings s;
    s.host = m_imap.value(QStringLiteral("DESK_TEST_IMAP_HOST"));
    s.port = quint16(m_imap.value(QStringLiteral("DESK_TEST_IMAPS_PORT")).toUInt());
    s.security = MailboxSettings::Security::Tls;
    s.user = m_imap.value(QStringLiteral("DESK_TEST_IMAP_USER"));
    s.password = m_imap.value(QStringLiteral("DESK_TEST_IMAP_PASSWORD"));
    s.caFile = m_imap.value(QStringLiteral("DESK_TEST_IMAP_CA"));
    return s;
}

void TestMailbox::deliver(const QByteArray &raw)
{
    // As a delivery agent does: into tmp/, then renamed into new/.
    const QString maildir = m_imap.value(QStringLiteral("DESK_TEST_IMAP_MAILDIR"));
    const QString name = QStringLiteral("%1.desk%2.test").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_delivered);
    QFile file(maildir + QStringLiteral("/tmp/") + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();
    QVERIFY(QFile::rename(maildir + QStringLiteral("/tmp/") + name, maildir + QStringLiteral("/new/") + name));
}

int TestMailbox::messagesIn(const QString &folderMatch) const
{
    int n = 0;
    QDirIterator files(m_imap.value(QStringLiteral("DESK_TEST_IMAP_MAILDIR")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString folder = path.section(u'/', -3, -3);
        if ((path.contains(QLatin1String("/new/")) || path.contains(QLatin1String("/cur/")))
            && (folderMatch.isEmpty() ? folder == QLatin1String("Maildir") : folder.contains(folderMatch)))
            ++n;
    }
    return n;
}

qint64 TestMailbox::count(const QString &where) const
{
    return m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE ") + where)->toLongLong();
}

void TestMailbox::readsTheMailbox()
{
    const QList<MailSample> samples = mailSamples();
    for (const MailSample &s : samples)
        deliver(s.raw);
    MailboxReader reader(settings(), *m_pipeline);
    auto pass = reader.readOnce();
    QVERIFY2(pass.ok(), qPrintable(pass.errorString()));
    QCOMPARE(pass->reports, 7);
    QCOMPARE(pass->notReports, 3); // the auto-reply, the newsletter, the mail without a sender
    QCOMPARE(pass->left, 0);
    QCOMPARE(count(QStringLiteral("channel = 'email'")), 7);
    QCOMPARE(messagesIn(QString()), 0);
    QCOMPARE(messagesIn(QStringLiteral("Processed")), 7);
    QCOMPARE(messagesIn(QStringLiteral("Not reports")), 3);

    auto jose = ReportRepository(m_t->db(), User{}).byExternalRef(QStringLiteral("latin1-1@example.es"));
    QVERIFY(jose.ok());
    QCOMPARE(jose->customerName, QStringLiteral("José García"));
    QCOMPARE(jose->customerEmail, QStringLiteral("jose@example.es"));
    QCOMPARE(jose->channel, Channel::Email);
    QCOMPARE(jose->language, Language::Es);
    QVERIFY(jose->body.contains(QStringLiteral("desde esta mañana")));
    auto hans = ReportRepository(m_t->db(), User{}).byExternalRef(QStringLiteral("attach-1@example.de"));
    QVERIFY(hans.ok());
    QVERIFY(hans->attachments.contains(QLatin1String("screen.png")));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM report_attachments WHERE report_id = ?"), {hans->id})->toInt(), 1);
    // A second pass finds nothing new.
    auto again = reader.readOnce();
    QVERIFY(again.ok());
    QCOMPARE(again->reports + again->repeated + again->notReports, 0);
}

void TestMailbox::aReplyJoinsItsIncident()
{
    const User anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    Incident draft;
    draft.title = QStringLiteral("Payments fail");
    auto incident = IncidentRepository(m_t->db(), anna).create(draft);
    QVERIFY(incident.ok());
    deliver(mailSamples().at(1).raw); // Zoe's first mail
    MailboxReader reader(settings(), *m_pipeline);
    QVERIFY(reader.readOnce().ok());
    auto first = ReportRepository(m_t->db(), anna).byExternalRef(QStringLiteral("utf8-1@example.it"));
    QVERIFY(first.ok());
    QVERIFY(ReportRepository(m_t->db(), anna).linkToIncident(first->id, incident->id, first->version).ok());

    deliver(mailSamples().at(4).raw); // her reply (In-Reply-To her first mail)
    QByteArray bySubject = crlf("From: Other <other@example.org>\nSubject: Any news on " + incident->reference.toUtf8()
                                + "?\nMessage-ID: <subject-1@example.org>\n\nStill broken here.\n");
    deliver(bySubject);
    QCOMPARE(reader.readOnce()->reports, 2);
    auto reply = ReportRepository(m_t->db(), anna).byExternalRef(QStringLiteral("reply-1@example.it"));
    QVERIFY(reply.ok());
    QCOMPARE(reply->incidentId, incident->id);
    QCOMPARE(reply->status, ReportStatus::Linked);
    QCOMPARE(reply->body, QStringLiteral("Ora funziona di nuovo, grazie!"));
    QCOMPARE(ReportRepository(m_t->db(), anna).byExternalRef(QStringLiteral("subject-1@example.org"))->incidentId, incident->id);
}

void TestMailbox::aMailTooLargeIsSetAside()
{
    // A 3 MiB mail against a 1 MiB limit: never downloaded, moved aside, counted.
    MailboxSettings s = settings();
    s.maxMessageBytes = 1024 * 1024;
    QByteArray big = crlf("From: big@example.org\nSubject: Huge log\nMessage-ID: <big-1@example.org>\n\n");
    big += QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n").repeated(48 * 1024);
    deliver(big);
    deliver(mailSamples().at(0).raw);
    MailboxReader reader(s, *m_pipeline);
    auto pass = reader.readOnce();
    QVERIFY2(pass.ok(), qPrintable(pass.errorString()));
    QCOMPARE(pass->reports, 1);
    QCOMPARE(pass->notReports, 1);
    QCOMPARE(count(QStringLiteral("external_ref = 'big-1@example.org'")), 0);
    QCOMPARE(messagesIn(QStringLiteral("Not reports")), 1);
}

void TestMailbox::aMessageSeenAgainMakesNoSecondReport()
{
    // The service stored a message and died before moving it: the next pass finds it stored.
    deliver(mailSamples().at(0).raw);
    MailboxReader reader(settings(), *m_pipeline);
    QCOMPARE(reader.readOnce()->reports, 1);
    deliver(mailSamples().at(0).raw);
    auto pass = reader.readOnce();
    QVERIFY(pass.ok());
    QCOMPARE(pass->reports, 0);
    QCOMPARE(pass->repeated, 1);
    QCOMPARE(count(QStringLiteral("external_ref = 'latin1-1@example.es'")), 1);
    QCOMPARE(messagesIn(QString()), 0);
}

void TestMailbox::startTlsAndRefusals()
{
    deliver(mailSamples().at(2).raw);
    MailboxSettings startTls = settings();
    startTls.security = MailboxSettings::Security::StartTls;
    startTls.port = quint16(m_imap.value(QStringLiteral("DESK_TEST_IMAP_PORT")).toUInt());
    {
        // A server whose certificate nobody vouches for is not spoken to.
        MailboxSettings untrusted = startTls;
        untrusted.caFile.clear();
        MailboxReader reader(untrusted, *m_pipeline);
        auto refused = reader.readOnce();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QLatin1String("cannot be read")), qPrintable(refused.errorString()));
        QVERIFY(!reader.stats().lastError.isEmpty());
    }
    {
        MailboxSettings wrong = startTls;
        wrong.password = QStringLiteral("not the password");
        MailboxReader reader(wrong, *m_pipeline);
        auto refused = reader.readOnce();
        QVERIFY(!refused.ok());
        QVERIFY2(!refused.errorString().contains(QLatin1String("not the password")), qPrintable(refused.errorString()));
    }
    QCOMPARE(messagesIn(QString()), 1); // nothing was taken
    MailboxReader reader(startTls, *m_pipeline);
    auto pass = reader.readOnce();
    QVERIFY2(pass.ok(), qPrintable(pass.errorString()));
    QCOMPARE(pass->reports, 1);
    QCOMPARE(count(QStringLiteral("external_ref = 'html-1@example.fr'")), 1);
}

void TestMailbox::idleBringsMailAtOnce()
{
    // Polling every ten minutes: a message read within seconds came through IDLE.
    MailboxSettings s = settings();
    s.pollSeconds = 600;
    MailboxReader reader(s, *m_pipeline);
    reader.start();
    QVERIFY2(QTest::qWaitFor([&] { return reader.stats().idle && reader.stats().lastPass.isValid(); }, 15000),
             qPrintable(reader.stats().lastError));
    deliver(mailSamples().at(3).raw);
    QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("external_ref = 'attach-1@example.de'")) == 1; }, 10000));
    QTRY_COMPARE_WITH_TIMEOUT(messagesIn(QStringLiteral("Processed")), 1, 5000);
    reader.stop();
}

QTEST_MAIN(TestMailbox)
#include "test_mailbox.moc"
