// SPDX-License-Identifier: GPL-3.0-or-later
// Live sync through the widgets, on SQLite and PostgreSQL: what another workstation commits
// appears in this one's open views without a refresh, and selection and typed text stay. A lost
// database is in test_pgrestart.
#include "core/settings.h"
#include "compose/approvalspage.h"
#include "incident/incidenteditor.h"
#include "incident/incidentsmodel.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"
#include "widgets/listpage.h"
#include "shell/mainwindow.h"
#include "incident/mergedialog.h"
#include "widgets/messagebox.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"
#include "sync/changefeed.h"
#include "store/presencerepository.h"
#include "shell/translations.h"
#include "triage/triagemodel.h"
#include "triage/triagepage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

class TestLiveSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void claimElsewhereShowsInTheQueue();
    void editElsewhereReloadsAnIdleEditor();
    void editElsewhereNeverOverwritesTyping();
    void presenceIsShown();
    void listsKeepTheSelectedRowThroughLiveChanges();

private:

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_marco, m_giulia, m_boss;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb;
    std::unique_ptr<DbWorker> m_marcoWorker;
    std::unique_ptr<MainWindow> m_window; // marco's workstation
    Id m_incident = 0;
};

void TestLiveSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_marco = makeUser(*m_t, QStringLiteral("marco"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_boss = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    for (int n = 0; n < 30; ++n) {
        Report r;
        r.externalRef = QStringLiteral("LS-%1").arg(n);
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * n);
        r.subject = QStringLiteral("Report %1").arg(n);
        r.body = QStringLiteral("Body");
        QVERIFY(ReportRepository(*m_annaDb, m_anna).insert(r).ok());
    }
    Incident draft;
    draft.title = QStringLiteral("Shared incident");
    m_incident = IncidentRepository(*m_annaDb, m_anna).create(draft)->id;

    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = m_marco.name;
        url.password = kPassword;
    }
    m_marcoWorker = std::make_unique<DbWorker>();
    QSignalSpy opened(m_marcoWorker.get(), &DbWorker::opened);
    m_marcoWorker->open(url);
    QVERIFY(opened.wait(10000));
    m_window = std::make_unique<MainWindow>(Session{m_marco, url, m_marcoWorker.get()});
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitFor([this] { return m_window->changeFeed()->isOnline(); }, 10000));
    auto *triage = static_cast<TriagePage *>(m_window->page(MainWindow::Page::Triage));
    QVERIFY(QTest::qWaitFor([triage] { return triage->model()->rowCount() == 30 && !triage->model()->isLoading(); }, 10000));
}

void TestLiveSync::cleanupTestCase()
{
    m_window.reset();
    m_marcoWorker.reset();
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_t.reset();
}

void TestLiveSync::claimElsewhereShowsInTheQueue()
{
    auto *triage = static_cast<TriagePage *>(m_window->page(MainWindow::Page::Triage));
    TriageModel *model = triage->model();
    QTableView *view = triage->findChild<QTableView *>();
    QVERIFY(view);
    QVERIFY(QTest::qWaitFor([&] { return model->summaryAt(5) != nullptr; }, 10000));
    view->setCurrentIndex(model->index(5, 0));
    const Id selected = model->summaryAt(5)->id;

    // Anna claims the selected report and links another one on her workstation.
    QVERIFY(ReportRepository(*m_annaDb, m_anna).claim(selected).ok());
    QVERIFY(QTest::qWaitFor([&] {
        return model->data(model->index(5, TriageModel::ClaimedBy)).toString() == QLatin1String("anna");
    }, 3000));
    QCOMPARE(view->currentIndex().row(), 5); // the selection stays where it was
    QCOMPARE(model->summaryAt(5)->id, selected);

    // A new report arrives elsewhere: the queue grows without anyone pressing F5.
    Report r;
    r.externalRef = QStringLiteral("LS-new");
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.subject = QStringLiteral("Arrived just now");
    r.body = QStringLiteral("Body");
    QVERIFY(ReportRepository(*m_annaDb, m_anna).insert(r).ok());
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 31; }, 3000));
}

void TestLiveSync::editElsewhereReloadsAnIdleEditor()
{
    IncidentEditor *editor = m_window->openIncident(m_incident);
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    Incident theirs = IncidentRepository(*m_annaDb, m_anna).get(m_incident).value();
    theirs.title = QStringLiteral("Shared incident, renamed by Anna");
    QVERIFY(IncidentRepository(*m_annaDb, m_anna).save(theirs).ok());
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(QTest::qWaitFor([title] { return title->text() == QLatin1String("Shared incident, renamed by Anna"); }, 3000));
    QVERIFY(!editor->isDirty());
}

void TestLiveSync::editElsewhereNeverOverwritesTyping()
{
    IncidentEditor *editor = m_window->openIncident(m_incident);
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    auto *description = editor->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    description->setPlainText(QStringLiteral("Marco is typing this"));
    QVERIFY(editor->isDirty());

    Incident theirs = IncidentRepository(*m_annaDb, m_anna).get(m_incident).value();
    theirs.description = QStringLiteral("Anna's description");
    theirs.workaround = QStringLiteral("Anna's workaround");
    QVERIFY(IncidentRepository(*m_annaDb, m_anna).save(theirs).ok());
    QVERIFY(QTest::qWaitFor([editor] { return editor->bannerText().contains(QLatin1String("another workstation")); }, 3000));
    QCOMPARE(description->toPlainText(), QStringLiteral("Marco is typing this"));

    // Saving shows both versions; nothing is overwritten without a choice.
    QSignalSpy offered(editor, &IncidentEditor::mergeOffered);
    QSignalSpy saved(editor, &IncidentEditor::saved);
    editor->save();
    QVERIFY(offered.wait(10000));
    auto *dialog = qobject_cast<MergeDialog *>(offered.first().first().value<QObject *>());
    QVERIFY(dialog);
    QVERIFY(dialog->fields().contains(IncidentMerge::Field::Description));
    dialog->accept(); // keeps Marco's description (both changed it), takes Anna's workaround
    QVERIFY(saved.wait(10000));
    const Incident merged = IncidentRepository(*m_annaDb, m_anna).get(m_incident).value();
    QCOMPARE(merged.description, QStringLiteral("Marco is typing this"));
    QCOMPARE(merged.workaround, QStringLiteral("Anna's workaround"));
    editor->close();
}

void TestLiveSync::presenceIsShown()
{
    IncidentEditor *editor = m_window->openIncident(m_incident);
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    PresenceRepository annaDesk(*m_annaDb, m_anna, QStringLiteral("anna-desk"));
    QVERIFY(annaDesk.beat(QStringLiteral("incident"), m_incident, false).ok());
    QVERIFY(QTest::qWaitFor([editor] { return editor->presenceText().contains(QLatin1String("open for anna")); }, 3000));
    QVERIFY(annaDesk.beat(QStringLiteral("incident"), m_incident, true).ok());
    QVERIFY(QTest::qWaitFor([editor] { return editor->presenceText().contains(QLatin1String("anna editing now")); }, 3000));
    QVERIFY(annaDesk.leave(QStringLiteral("incident"), m_incident).ok());
    QVERIFY(QTest::qWaitFor([editor] { return editor->presenceText().isEmpty(); }, 3000));
    // And this workstation tells the others: Marco's editor is open, then he types.
    auto marcoOpen = [this](bool editing) {
        auto list = PresenceRepository(*m_annaDb, m_anna, QStringLiteral("anna-desk")).others(QStringLiteral("incident"), m_incident);
        return list.ok() && list->size() == 1 && list->first().user == QLatin1String("marco") && list->first().editing == editing;
    };
    QVERIFY(QTest::qWaitFor([&] { return marcoOpen(false); }, 3000));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("workaroundEdit"))->setPlainText(QStringLiteral("typing"));
    QVERIFY(QTest::qWaitFor([&] { return marcoOpen(true); }, 3000));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->close();
    QVERIFY(QTest::qWaitFor([this] {
        return PresenceRepository(*m_annaDb, m_anna, QStringLiteral("anna-desk")).others(QStringLiteral("incident"), m_incident)->isEmpty();
    }, 3000));
}

namespace {
/** The id of the current row of a list page, and whether that row is selected too. */
Id selectedKey(ListPage *page)
{
    const QModelIndex current = page->view()->currentIndex();
    if (!current.isValid() || !page->view()->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(KeyRole).toLongLong();
}

bool selectKey(ListPage *page, Id key)
{
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->index(r, 0).data(KeyRole).toLongLong() == key) {
            page->view()->selectRow(r);
            return selectedKey(page) == key;
        }
    }
    return false;
}
} // namespace

void TestLiveSync::listsKeepTheSelectedRowThroughLiveChanges()
{
    // Marco has a row selected in each list while Anna and Giulia work on their workstations:
    // the lists change in place, so his selection stays on the same incident, update and job.
    auto *incidents = static_cast<ListPage *>(m_window->page(MainWindow::Page::Incidents));
    auto *approvals = static_cast<ListPage *>(m_window->page(MainWindow::Page::Approvals));
    auto *publications = static_cast<ListPage *>(m_window->page(MainWindow::Page::Publications));
    auto adminDb = workstation(*m_t, m_boss);
    QVERIFY(PublicationRepository(*adminDb, m_boss)
                .addTarget(PublicationKind::Webhook, QStringLiteral("Never sent"),
                           QStringLiteral("{\"url\":\"http://127.0.0.1:9/\"}"))
                .ok());
    IncidentRepository annaIncidents(*m_annaDb, m_anna);
    QList<Incident> made;
    for (const char *title : {"Checkout slow", "Login fails", "Invoices missing"}) {
        Incident draft;
        draft.title = QString::fromLatin1(title);
        made << annaIncidents.create(draft).value();
    }
    auto publishOn = [this](Id incident) {
        auto u = UpdateRepository(*m_annaDb, m_anna).createDraft(incident, UpdateKind::Acknowledgement,
                                                                 {{Language::En, QStringLiteral("We are on it.")}});
        u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
        return u.ok() ? u->update : Update{};
    };
    QList<Update> submitted{publishOn(made.at(0).id), publishOn(made.at(1).id)};
    QVERIFY(submitted.at(0).id != 0 && submitted.at(1).id != 0);
    auto approved = UpdateRepository(*m_giuliaDb, m_giulia).approve(submitted.at(0).id, submitted.at(0).version);
    QVERIFY2(approved.ok(), qPrintable(approved.errorString()));
    QVERIFY(UpdateRepository(*m_giuliaDb, m_giulia).publish(approved->update.id, approved->update.version).ok());

    QVERIFY(QTest::qWaitFor([&] { return incidents->model()->rowCount() >= 4 && approvals->model()->rowCount() >= 1
                                         && publications->model()->rowCount() >= 1; }, 10000));
    QVERIFY(selectKey(incidents, made.at(1).id));
    QVERIFY(selectKey(approvals, submitted.at(1).id));
    const Id job = publications->model()->index(0, 0).data(KeyRole).toLongLong();
    QVERIFY(selectKey(publications, job));
    const int incidentRows = incidents->model()->rowCount();
    const int jobRows = publications->model()->rowCount();

    // Elsewhere: an incident is renamed and a new one opened, another update is submitted and
    // published (a new job, and the approvals list loses and gains rows).
    Incident renamed = made.at(0);
    renamed.title = QStringLiteral("Checkout slow for card payments");
    QVERIFY(annaIncidents.save(renamed).ok());
    Incident draft;
    draft.title = QStringLiteral("Newest incident");
    QVERIFY(annaIncidents.create(draft).ok());
    const Update third = publishOn(made.at(2).id);
    auto approvedThird = UpdateRepository(*m_giuliaDb, m_giulia).approve(third.id, third.version);
    QVERIFY(UpdateRepository(*m_giuliaDb, m_giulia).publish(approvedThird->update.id, approvedThird->update.version).ok());

    QVERIFY(QTest::qWaitFor([&] { return incidents->model()->rowCount() == incidentRows + 1
                                         && publications->model()->rowCount() > jobRows; }, 10000));
    bool renamedShown = false;
    for (int r = 0; r < incidents->model()->rowCount(); ++r)
        renamedShown |= incidents->model()->index(r, IncidentsModel::Title).data().toString() == renamed.title;
    QVERIFY(renamedShown);
    QCOMPARE(selectedKey(incidents), made.at(1).id);
    QCOMPARE(selectedKey(approvals), submitted.at(1).id);
    QCOMPARE(selectedKey(publications), job);
}

QTEST_MAIN(TestLiveSync)
#include "test_livesync.moc"
