// SPDX-License-Identifier: GPL-3.0-or-later
// The messages to reporters beside the publications, on SQLite and PostgreSQL: every job with its
// state and the mail server's words; a lead marks one in doubt as sent, sends a refused one again,
// holds an incident's mail; an agent only looks. With DESK_SCREENSHOT_DIR set, the page is saved.
#include "storetestsupport.h"

#include "core/settings.h"
#include "publish/publicationspage.h"
#include "shell/translations.h"
#include "store/incidentrepository.h"
#include "store/mailrepository.h"
#include "store/reportrepository.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace desk;
using namespace desk::test;
using namespace desk::ui;

class TestMailPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aLeadSettlesWhatIsInDoubt();
    void anAgentOnlyLooks();

private:
    void select(MailJobsPanel *panel, const QString &address);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia;
    std::unique_ptr<DbWorker> m_annaWorker, m_giuliaWorker;
    Incident m_incident;
};

void TestMailPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_annaWorker = workerFor(*m_t, m_anna);
    m_giuliaWorker = workerFor(*m_t, m_giulia);
    QVERIFY(m_annaWorker && m_giuliaWorker);
    auto annaDb = workstation(*m_t, m_anna);
    auto giuliaDb = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Checkout fails");
    m_incident = IncidentRepository(*annaDb, m_anna).create(draft).value();
    ReportRepository reports(*annaDb, m_anna);
    for (const char *who : {"sent", "doubt", "refused", "waiting"}) {
        Report r;
        r.externalRef = QStringLiteral("REP-%1").arg(QLatin1String(who));
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.customerEmail = QStringLiteral("%1@customers.example").arg(QLatin1String(who));
        r.subject = QStringLiteral("Broken");
        r.body = QStringLiteral("It does not work.");
        const Id id = reports.insert(r).value();
        QVERIFY(reports.linkToIncident(id, m_incident.id, reports.get(id)->version).ok());
    }
    publishUpdate(*annaDb, m_anna, *giuliaDb, m_giulia, m_incident.id, QStringLiteral("On it."), UpdateKind::Acknowledgement);
    // The sender's side, as the service would have left it.
    MailRepository sender(m_t->db(), m_giulia);
    const QList<OutgoingMail> claimed = sender.claim(QStringLiteral("host"), 10, QDateTime::currentMSecsSinceEpoch()).value();
    for (const OutgoingMail &m : claimed) {
        const QString who = m.report.customerEmail.section(u'@', 0, 0);
        if (who == QLatin1String("waiting")) {
            QVERIFY(sender.unclaim({m.job.id}, QStringLiteral("host")).ok());
            continue;
        }
        QVERIFY(sender.begin(m.job.id, QStringLiteral("host")).value());
        if (who == QLatin1String("sent"))
            QVERIFY(sender.markSent(m.job.id, QDateTime::currentMSecsSinceEpoch()).ok());
        else if (who == QLatin1String("doubt"))
            QVERIFY(sender.markInDoubt(m.job.id, QStringLiteral("The connection broke after the message was sent")).ok());
        else
            QVERIFY(sender.markFailed(m.job.id, QStringLiteral("RCPT TO: 550 5.1.1 no such mailbox")).ok());
    }
}

void TestMailPanel::cleanupTestCase()
{
    m_annaWorker.reset();
    m_giuliaWorker.reset();
    m_t.reset();
}

void TestMailPanel::select(MailJobsPanel *panel, const QString &address)
{
    QTableView *view = panel->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, MailJobsModel::Address);
        if (index.data().toString() == address) {
            view->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(address)));
}

void TestMailPanel::aLeadSettlesWhatIsInDoubt()
{
    PublicationsPage page(Session{m_giulia, m_t->url(), m_giuliaWorker.get()});
    page.resize(1500, 700);
    page.show();
    page.refresh();
    MailJobsPanel *panel = page.mail();
    QTRY_COMPARE(panel->jobs().size(), 4);
    QVERIFY2(panel->summaryText().contains(QLatin1String("1 in doubt")), qPrintable(panel->summaryText()));
    QVERIFY(panel->summaryText().contains(QLatin1String("1 refused")));
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("mailRetryButton"));
    auto *markSent = panel->findChild<QPushButton *>(QStringLiteral("mailMarkSentButton"));
    auto *hold = panel->findChild<QPushButton *>(QStringLiteral("mailHoldButton"));

    select(panel, QStringLiteral("refused@customers.example"));
    QVERIFY(retry->isEnabled());
    QVERIFY(!markSent->isEnabled());
    const QModelIndex error = panel->view()->model()->index(panel->view()->currentIndex().row(), MailJobsModel::LastError);
    QVERIFY(error.data().toString().contains(QLatin1String("550")));

    select(panel, QStringLiteral("doubt@customers.example"));
    QVERIFY(markSent->isEnabled());
    if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/mail-jobs.png"));
    markSent->click();
    QTRY_VERIFY(panel->summaryText().contains(QLatin1String("2 sent")));
    QVERIFY(!panel->summaryText().contains(QLatin1String("in doubt")));

    select(panel, QStringLiteral("refused@customers.example"));
    retry->click();
    QTRY_VERIFY(panel->summaryText().contains(QLatin1String("2 waiting")));

    select(panel, QStringLiteral("waiting@customers.example"));
    QCOMPARE(hold->text(), QStringLiteral("Hold this incident's mail"));
    hold->click();
    QTRY_VERIFY(panel->summaryText().contains(QLatin1String("1 incident on hold")));
    QVERIFY(MailRepository(m_t->db(), m_giulia).heldIncidents()->contains(m_incident.id));
    select(panel, QStringLiteral("waiting@customers.example"));
    QCOMPARE(hold->text(), QStringLiteral("Release this incident's mail"));
    hold->click();
    QTRY_VERIFY(!panel->summaryText().contains(QLatin1String("on hold")));
}

void TestMailPanel::anAgentOnlyLooks()
{
    PublicationsPage page(Session{m_anna, m_t->url(), m_annaWorker.get()});
    page.show();
    page.refresh();
    MailJobsPanel *panel = page.mail();
    QTRY_COMPARE(panel->jobs().size(), 4);
    for (const QString &address : {QStringLiteral("sent@customers.example"), QStringLiteral("waiting@customers.example")}) {
        select(panel, address);
        for (QPushButton *button : panel->findChildren<QPushButton *>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestMailPanel)
#include "test_mailpanel.moc"
