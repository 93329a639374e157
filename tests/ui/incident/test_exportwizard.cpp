// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmations wizard from the incident editor, offscreen: the reports not confirmed yet
// are ticked, the export runs on the worker with progress, the summary tells what was written,
// the reports are marked, and the next export shows the earlier one.
#include "core/settings.h"
#include "incident/exportwizard.h"
#include "widgets/filedialog.h"
#include "incident/incidenteditor.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "shell/translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPushButton>
#include <QLineEdit>
#include <QTest>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

class TestExportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportFromTheEditor();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<DbWorker> m_worker;
    User m_anna;
    Id m_incident = 0;
};

void TestExportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    Incident draft;
    draft.title = QStringLiteral("Invoices missing");
    m_incident = IncidentRepository(m_t->db(), m_anna).create(draft)->id;
    for (int n = 0; n < 3; ++n) {
        Report r;
        r.externalRef = QStringLiteral("W-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.customerName = QStringLiteral("Customer %1").arg(n);
        r.customerEmail = QStringLiteral("c%1@example.org").arg(n);
        r.language = n == 0 ? Language::It : Language::En;
        r.subject = QStringLiteral("No invoice");
        r.body = QStringLiteral("No invoice");
        const Id id = ReportRepository(m_t->db(), m_anna).insert(r).value();
        QVERIFY(ReportRepository(m_t->db(), m_anna).linkToIncident(id, m_incident, 1).ok());
    }
    // Resolved (the lifecycle with its updates is covered elsewhere).
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE incidents SET state = 'resolved', resolved_at = ? WHERE id = ?"),
                           {QDateTime::currentMSecsSinceEpoch(), m_incident}).ok());
    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = m_anna.name;
        url.password = kPassword;
    }
    m_worker = std::make_unique<DbWorker>();
    QSignalSpy opened(m_worker.get(), &DbWorker::opened);
    m_worker->open(url);
    QVERIFY(opened.wait(10000));
}

void TestExportWizard::cleanupTestCase()
{
    m_worker.reset();
    m_t.reset();
}

void TestExportWizard::exportFromTheEditor()
{
    auto *editor = new IncidentEditor(Session{m_anna, m_t->url(), m_worker.get()}, m_incident);
    editor->show();
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    auto *action = editor->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(action->isEnabled());
    QSignalSpy opened(editor, &IncidentEditor::exportOpened);
    action->trigger();
    QCOMPARE(opened.size(), 1);
    auto *wizard = qobject_cast<ExportWizard *>(opened.first().first().value<QObject *>());
    QVERIFY(wizard);
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("reportsTable"));
    QVERIFY(QTest::qWaitFor([table] { return table->rowCount() == 3; }, 10000));
    for (int r = 0; r < 3; ++r)
        QCOMPARE(table->item(r, 0)->checkState(), Qt::Checked);
    table->item(2, 0)->setCheckState(Qt::Unchecked); // this one another time
    if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(wizard->grab().save(shots + QStringLiteral("/export-wizard-en.png")));
    }
    const QString out = m_dir.filePath(QStringLiteral("letters"));
    wizard->next();
    // The folder chooser, answered in advance: the button fills the folder without a dialog.
    FileDialog::instance().setNextAnswer(out);
    const int answered = FileDialog::instance().answeredInAdvance();
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("chooseFolderButton")), Qt::LeftButton);
    QCOMPARE(FileDialog::instance().answeredInAdvance(), answered + 1);
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(), out);
    QSignalSpy finished(wizard, &ExportWizard::finishedExport);
    wizard->next(); // the progress page starts the export
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QTRY_COMPARE(wizard->currentId(), int(ExportWizard::SummaryPage));
    const QString summary = wizard->findChild<QPlainTextEdit *>(QStringLiteral("summaryText"))->toPlainText();
    QVERIFY2(summary.contains(QLatin1String("2 reports exported")), qPrintable(summary));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2 + 2 + 1 + 1);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE confirmation = 'exported'"))->toInt(), 2);
    wizard->close();

    // The next time: the confirmed ones are not ticked and the earlier export is shown.
    action->trigger();
    auto *second = qobject_cast<ExportWizard *>(opened.last().first().value<QObject *>());
    auto *table2 = second->findChild<QTableWidget *>(QStringLiteral("reportsTable"));
    QVERIFY(QTest::qWaitFor([table2] { return table2->rowCount() == 3; }, 10000));
    int ticked = 0;
    for (int r = 0; r < 3; ++r)
        ticked += table2->item(r, 0)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(ticked, 1);
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("earlierLabel"))->text().contains(QLatin1String("Exported before")));
    second->close();
    delete editor;
}

QTEST_MAIN(TestExportWizard)
#include "test_exportwizard.moc"
