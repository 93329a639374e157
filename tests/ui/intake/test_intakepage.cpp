// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's Intake page on SQLite and PostgreSQL: what each running service last said
// (a silent one, a full spool and a mailbox error stand out; its text stays text), a token added
// (its secret shown once, only its fingerprint stored) and revoked; an agent can change nothing.
#include "core/settings.h"
#include "intake/intakepage.h"
#include "shell/translations.h"
#include "storetestsupport.h"
#include "store/intakestatusrepository.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

class TestIntakePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheServices();
    void addsAndRevokesTokens();
    void agentsChangeNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_admin, m_agent;
    std::unique_ptr<DbWorker> m_adminWorker, m_agentWorker;
    std::unique_ptr<IntakePage> m_page;
};

void TestIntakePage::initTestCase()
{
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_admin = makeUser(*m_t, QStringLiteral("ada"), Role::Admin);
    m_agent = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_adminWorker = workerFor(*m_t, m_admin);
    m_agentWorker = workerFor(*m_t, m_agent);
    QVERIFY(m_adminWorker && m_agentWorker);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    IntakeInstance healthy;
    healthy.instance = QStringLiteral("intake-1.example.org:8089");
    healthy.startedAt = now.addSecs(-3600);
    healthy.endpoint = QStringLiteral("127.0.0.1:8089");
    healthy.received = 1234;
    healthy.rejected = 5;
    healthy.lastReportAt = now.addSecs(-30);
    healthy.mailbox = QStringLiteral("support@mail.example.org");
    healthy.mailboxUp = true;
    healthy.mailboxLastPass = now.addSecs(-10);
    healthy.mailboxReports = 40;
    QVERIFY(IntakeStatusRepository(m_t->db()).publish(healthy).ok());
    IntakeInstance troubled = healthy;
    troubled.instance = QStringLiteral("intake-2.example.org:8089");
    troubled.spoolDepth = 17;
    troubled.mailboxUp = false;
    troubled.mailboxError = QStringLiteral("login refused <script>alert(1)</script>");
    QVERIFY(IntakeStatusRepository(m_t->db()).publish(troubled).ok());
    // intake-2 last wrote 5 minutes ago: it may have stopped.
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE intake_status SET updated_at = ? WHERE instance = ?"),
                           {now.addSecs(-300).toMSecsSinceEpoch(), troubled.instance}).ok());

    m_page = std::make_unique<IntakePage>(Session{m_admin, m_t->url(), m_adminWorker.get()});
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestIntakePage::cleanupTestCase()
{
    m_page.reset();
    m_adminWorker.reset();
    m_agentWorker.reset();
    m_t.reset();
}

void TestIntakePage::showsTheServices()
{
    QSignalSpy refreshed(m_page.get(), &Page::refreshed);
    m_page->refresh();
    QVERIFY(refreshed.wait(10000));
    const QString text = m_page->servicesText();
    QVERIFY2(text.contains(QLatin1String("intake-1.example.org:8089")) && text.contains(QLatin1String("1234 reports taken, 5 refused")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Mailbox support@mail.example.org: 40 reports")));
    QVERIFY(text.contains(QLatin1String("it may have stopped")));
    QVERIFY(text.contains(QLatin1String("17 reports wait in its spool")));
    QVERIFY(text.contains(QLatin1String("Cannot read the mailbox: login refused <script>alert(1)</script>"))); // shown as text
    QVERIFY(!IntakePage::servicesHtml({}, QDateTime::currentDateTimeUtc()).isEmpty());
    if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(m_page->grab().save(shots + QStringLiteral("/intake-page.png")));
}

void TestIntakePage::addsAndRevokesTokens()
{
    QSignalSpy issued(m_page.get(), &IntakePage::tokenIssued);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addTokenButton"));
    QVERIFY(add->isEnabled());
    add->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("addTokenDialog"))) != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("tokenName"))->setText(QStringLiteral("website form"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("tokenOrigins"))->setPlainText(QStringLiteral("https://www.example.org\n"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(issued.wait(10000));
    const QString secret = issued.first().at(1).toString();
    QVERIFY(secret.startsWith(QLatin1String("idk_")));
    QDialog *shown = nullptr;
    QTRY_VERIFY((shown = m_page->findChild<QDialog *>(QStringLiteral("tokenSecretDialog"))) != nullptr);
    QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("tokenSecret"))->text(), secret);
    shown->accept();
    // Only its fingerprint is kept.
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM intake_tokens WHERE token_sha256 = ?"),
                              {IntakeTokenRepository::sha256(secret)})->toInt(), 1);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM intake_tokens WHERE token_sha256 = ?"), {secret})->toInt(), 0);
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(m_page->summaryText().contains(QLatin1String("1 token in use")));

    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0));
    auto *revoke = m_page->findChild<QPushButton *>(QStringLiteral("revokeTokenButton"));
    QTRY_VERIFY(revoke->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy refreshed(m_page.get(), &Page::refreshed);
    revoke->click();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("website form")));
    QVERIFY(!m_t->db().scalar(QStringLiteral("SELECT revoked_at FROM intake_tokens WHERE name = 'website form'"))->isNull());
    QTRY_VERIFY(!revoke->isEnabled());
}

void TestIntakePage::agentsChangeNothing()
{
    IntakePage page(Session{m_agent, m_t->url(), m_agentWorker.get()});
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("addTokenButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("revokeTokenButton"))->isEnabled());
}

QTEST_MAIN(TestIntakePage)
#include "test_intakepage.moc"
