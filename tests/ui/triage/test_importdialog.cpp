// SPDX-License-Identifier: GPL-3.0-or-later
// Importing reports in the app, offscreen, on SQLite and PostgreSQL (as an agent's own login):
// a CSV saved by an Italian spreadsheet (semicolons) with a bad row goes in, the bad row listed
// with its line and reason; a large file cancelled halfway keeps nothing; a file dropped on the
// triage queue asks for its import. A report taken on the phone is checked, then stored with the
// channel phone.
#include "core/settings.h"
#include "shell/translations.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "triage/importdialog.h"
#include "triage/phonereportdialog.h"
#include "triage/triagepage.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void semicolonCsvWithABadRow();
    void cancelledImportKeepsNothing();
    void fileDroppedOnTheQueue();
    void phoneReportIntoTheQueue();

private:
    Session session() const { return Session{m_anna, m_url, m_worker.get()}; }
    qint64 count(const QString &prefix);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<DbWorker> m_worker;
    DatabaseUrl m_url;
    User m_anna;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_worker = workerFor(*m_t, m_anna);
    QVERIFY(m_worker);
    m_url = m_worker->url();
}

void TestImportDialog::cleanupTestCase()
{
    m_worker.reset();
    m_t.reset();
}

qint64 TestImportDialog::count(const QString &prefix)
{
    return m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE ?"), {QString(prefix + u'%')})
        ->toLongLong();
}

void TestImportDialog::semicolonCsvWithABadRow()
{
    const QString path = m_dir.filePath(QStringLiteral("segnalazioni.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("external_ref;received_at;customer_name;language;subject;body\n"
               "IT-1;2026-11-30T09:00:00Z;Mario Rossi;it;Pagamento rifiutato;\"La carta; non passa\"\n"
               "IT-2;2026-11-30T09:05:00Z;Anna Bianchi;it;Errore;Non riesco a pagare\n"
               "IT-3;not a date;Luca Verdi;it;Errore;Niente\n"
               "IT-4;2026-11-30T09:07:00Z;<script>alert(1)</script>;it;Errore;<b>Niente</b>\n");
    file.close();

    auto *dialog = new ImportDialog(session(), path);
    QPointer<ImportDialog> guard(dialog);
    QSignalSpy done(dialog, &ImportDialog::done);
    dialog->show();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toLongLong(), 3);
    const QString status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("3 reports imported")) && status.contains(QLatin1String("1 rejected")),
             qPrintable(status));
    auto *rejected = dialog->findChild<QTableWidget *>(QStringLiteral("rejectedRows"));
    QVERIFY(rejected->isVisible());
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("4"));
    QVERIFY2(rejected->item(0, 1)->text().contains(QLatin1String("received_at")), qPrintable(rejected->item(0, 1)->text()));
    QCOMPARE(count(QStringLiteral("IT-")), 3);
    // The separator was told from the header: the quoted semicolon stayed in the text.
    auto first = ReportRepository(m_t->db(), m_anna).byExternalRef(QStringLiteral("IT-1"));
    QCOMPARE(first->body, QStringLiteral("La carta; non passa"));
    QCOMPARE(ReportRepository(m_t->db(), m_anna).byExternalRef(QStringLiteral("IT-4"))->customerName,
             QStringLiteral("<script>alert(1)</script>")); // kept as text, shown escaped
    dialog->reject(); // Close once done
    QTRY_VERIFY(guard.isNull());
}

void TestImportDialog::cancelledImportKeepsNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("many.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int n = 0; n < 60000; ++n)
        file.write(QStringLiteral("{\"external_ref\":\"BIG-%1\",\"received_at\":\"2026-11-30T09:00:00Z\",\"subject\":\"Down\","
                                  "\"body\":\"The site is down.\"}\n")
                       .arg(n)
                       .toUtf8());
    file.close();

    auto *dialog = new ImportDialog(session(), path);
    QPointer<ImportDialog> guard(dialog);
    QSignalSpy done(dialog, &ImportDialog::done);
    dialog->show();
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("rows read")), 30000);
    QVERIFY(dialog->isRunning());
    dialog->reject(); // Cancel while it runs
    QVERIFY(guard); // the dialog stays to say what happened
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toLongLong(), 0);
    QVERIFY2(status->text().contains(QLatin1String("Cancelled")), qPrintable(status->text()));
    QCOMPARE(count(QStringLiteral("BIG-")), 0);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());
}

void TestImportDialog::fileDroppedOnTheQueue()
{
    TriagePage page(session());
    page.resize(1000, 600);
    page.show();
    QSignalSpy asked(&page, &TriagePage::importRequested);
    const QString csv = m_dir.filePath(QStringLiteral("dropped.csv"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photo.png")))});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop);
    QCOMPARE(asked.size(), 1); // the picture is not a file of reports
    QCOMPARE(asked.first().first().toString(), csv);

    QMimeData picture;
    picture.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photo.png")))});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&page, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestImportDialog::phoneReportIntoTheQueue()
{
    PhoneReportDialog dialog(session());
    dialog.show();
    QSignalSpy added(&dialog, &PhoneReportDialog::added);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("phoneAdd"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("phoneProblem"));
    // Nothing said yet, then an address that is not one: told, nothing stored.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("empty")), qPrintable(problem->text()));
    dialog.findChild<QLineEdit *>(QStringLiteral("phoneName"))->setText(QStringLiteral("Giovanna <b>Neri</b>"));
    dialog.findChild<QLineEdit *>(QStringLiteral("phoneEmail"))->setText(QStringLiteral("giovanna at example"));
    dialog.findChild<QLineEdit *>(QStringLiteral("phoneSubject"))->setText(QStringLiteral("Ordine bloccato"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("phoneText"))->setPlainText(QStringLiteral("Il pagamento non va a buon fine."));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(problem->text().contains(QLatin1String("e-mail")), qPrintable(problem->text()));
    QCOMPARE(added.size(), 0);
    dialog.findChild<QLineEdit *>(QStringLiteral("phoneEmail"))->setText(QStringLiteral("giovanna@example.org"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(added.wait(10000));
    auto stored = ReportRepository(m_t->db(), m_anna).get(added.first().first().toLongLong());
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
    QCOMPARE(stored->channel, Channel::Phone);
    QVERIFY(stored->externalRef.startsWith(QLatin1String("PHONE-")));
    QCOMPARE(stored->customerName, QStringLiteral("Giovanna <b>Neri</b>")); // text, shown escaped
    QCOMPARE(stored->customerEmail, QStringLiteral("giovanna@example.org"));
    QCOMPARE(stored->language, Language::It);
    QCOMPARE(stored->status, ReportStatus::New);
}

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
