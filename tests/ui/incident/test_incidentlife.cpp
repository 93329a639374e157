// SPDX-License-Identifier: GPL-3.0-or-later
// The whole life of an incident through the widgets, offscreen, with a clock the test moves:
// created from reports → acknowledged → impact → progress on consecutive days (overdue shown
// when a day is missed) → resolution → postmortem → closed. An agent writes, a lead approves
// and publishes, each on their own connection (their own login role on PostgreSQL).
#include "compose/approvalspage.h"
#include "core/clock.h"
#include "core/settings.h"
#include "incident/incidenteditor.h"
#include "incident/timelinemodel.h"
#include "incident/incidentspage.h"
#include "domain/labels.h"
#include "incident/linkedreportsmodel.h"
#include "incident/mergedialog.h"
#include "incident/preventiveactionsmodel.h"
#include "publish/helpcentersite.h"
#include "widgets/messagebox.h"
#include "shell/notifier.h"
#include "compose/spellchecker.h"
#include "compose/spellingedit.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "publish/publicationrunner.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"
#include "storetestsupport.h"
#include "shell/translations.h"
#include "triage/triagemodel.h"
#include "compose/updatecomposer.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace desk;
using namespace desk::ui;
using namespace desk::test;

namespace {
QMutex g_clockMutex;
QDateTime g_now;

void setNow(const QDateTime &t)
{
    QMutexLocker lock(&g_clockMutex);
    g_now = t;
}
} // namespace

class TestIncidentLife final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lifeOfAnIncident();
    void conflictingEditIsMergedFieldByField();
    void draftSurvivesAClosedWindow();

private:
    std::unique_ptr<DbWorker> workerFor(const User &user);
    UpdateComposer *compose(IncidentEditor *editor, UpdateKind kind, const QString &english);
    bool submit(UpdateComposer *composer);
    void approveAndPublish(Id updateId);
    /** The publication runner sends what was published to the Help Center folder. */
    void deliver();
    bool changeState(IncidentEditor *editor, IncidentState to);
    Id newestUpdate(Id incidentId);
    Incident incident(Id id);
    QString dueCellOf(IncidentsPage *page, const QString &reference);

    QTemporaryDir m_dir;
    bool m_holdDelivery = false; // published updates stay on their way until deliver()
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia;
    std::unique_ptr<DbWorker> m_annaWorker, m_giuliaWorker;
    Id m_incidentId = 0;
    QList<Id> m_reports;
};

std::unique_ptr<DbWorker> TestIncidentLife::workerFor(const User &user)
{
    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = user.name;
        url.password = kPassword;
    }
    auto worker = std::make_unique<DbWorker>();
    QSignalSpy opened(worker.get(), &DbWorker::opened);
    worker->open(url);
    if (!opened.wait(10000) || !opened.first().first().toBool())
        qFatal("cannot open a worker for %s", qPrintable(user.name));
    return worker;
}

void TestIncidentLife::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dictionaries")).removeRecursively();
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    setNow(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    Clock::setSource([] {
        QMutexLocker lock(&g_clockMutex);
        return g_now;
    });

    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(ServiceRepository(m_t->db()).ensure(QStringLiteral("payments"), QStringLiteral("Payments")).ok());
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    const User admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    // The Help Center is a folder: an update counts for the daily promise once it is there.
    QVERIFY(PublicationRepository(*workstation(*m_t, admin), admin)
                .useLocalHelpCenter(m_dir.filePath(QStringLiteral("help")))
                .ok());
    m_annaWorker = workerFor(m_anna);
    m_giuliaWorker = workerFor(m_giulia);

    // Three customers report the same failure through the contact form.
    auto annaDb = workstation(*m_t, m_anna);
    for (int n = 0; n < 3; ++n) {
        Report r;
        r.externalRef = QStringLiteral("CF-%1").arg(n);
        r.receivedAt = Clock::now().addSecs(-600 + n * 60);
        r.customerRef = QStringLiteral("C%1").arg(n);
        r.customerName = QStringLiteral("Customer <b>%1</b>").arg(n);
        r.subject = QStringLiteral("Payment refused");
        r.body = QStringLiteral("My card is refused at checkout.");
        r.serviceKey = QStringLiteral("payments");
        m_reports << ReportRepository(*annaDb, m_anna).insert(r).value();
    }
}

void TestIncidentLife::cleanupTestCase()
{
    m_annaWorker.reset();
    m_giuliaWorker.reset();
    m_t.reset();
    Clock::setSource({});
}

Incident TestIncidentLife::incident(Id id)
{
    return IncidentRepository(m_t->db(), m_anna).get(id).value();
}

Id TestIncidentLife::newestUpdate(Id incidentId)
{
    auto list = UpdateRepository(m_t->db(), m_anna).forIncident(incidentId);
    return list.ok() && !list->isEmpty() ? list->last().id : 0;
}

UpdateComposer *TestIncidentLife::compose(IncidentEditor *editor, UpdateKind kind, const QString &english)
{
    UpdateComposer *composer = editor->openComposer(kind);
    if (!QTest::qWaitFor([composer] { return composer->isLoaded(); }, 10000))
        return nullptr;
    composer->setText(Language::En, english);
    return composer;
}

bool TestIncidentLife::submit(UpdateComposer *composer)
{
    QSignalSpy submitted(composer, &UpdateComposer::submitted);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    return submitted.wait(10000);
}

void TestIncidentLife::approveAndPublish(Id updateId)
{
    ApprovalsPage lead(Session{m_giulia, m_t->url(), m_giuliaWorker.get()});
    lead.resize(1200, 700);
    lead.show();
    QSignalSpy listed(&lead, &ApprovalsPage::listed);
    lead.refresh();
    QVERIFY(listed.wait(10000));
    QVERIFY(lead.select(updateId));
    auto *approve = lead.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());
    QVERIFY(!lead.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled()); // not before approval
    QSignalSpy done(&lead, &ApprovalsPage::actionDone);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(0).toString()));
    QVERIFY(listed.wait(10000));
    QVERIFY(lead.select(updateId));
    auto *publish = lead.findChild<QPushButton *>(QStringLiteral("publishButton"));
    QVERIFY(publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(0).toString()));
    QVERIFY2(done.last().at(0).toString().contains(QLatin1String("Queued for: Help Center")),
             qPrintable(done.last().at(0).toString()));
    if (m_holdDelivery)
        return;
    deliver();
}

void TestIncidentLife::deliver()
{
    auto db = workstation(*m_t, m_giulia);
    auto ran = PublicationRunner(*db, m_giulia).runDue();
    QVERIFY2(ran.ok(), qPrintable(ran.errorString()));
    QVERIFY2(ran.value().failed == 0, qPrintable(QString::number(ran.value().failed)));
}

bool TestIncidentLife::changeState(IncidentEditor *editor, IncidentState to)
{
    QSignalSpy changed(editor, &IncidentEditor::stateChanged);
    QSignalSpy failed(editor, &IncidentEditor::failed);
    editor->changeState(to);
    if (!QTest::qWaitFor([&] { return changed.size() + failed.size() > 0; }, 10000) || changed.isEmpty())
        return false;
    QSignalSpy loaded(editor, &IncidentEditor::loaded);
    return loaded.wait(10000);
}

QString TestIncidentLife::dueCellOf(IncidentsPage *page, const QString &reference)
{
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->index(r, 0).data().toString() == reference)
            return page->model()->index(r, 8).data().toString();
    }
    return QStringLiteral("(not listed)");
}

void TestIncidentLife::lifeOfAnIncident()
{
    // Created from the reports (the triage queue's path, covered by test_triageflow).
    Incident draft;
    draft.title = QStringLiteral("Card payments refused at checkout");
    draft.serviceKeys = {QStringLiteral("payments")};
    auto annaDb = workstation(*m_t, m_anna);
    auto created = IncidentRepository(*annaDb, m_anna).create(draft);
    QVERIFY(created.ok());
    m_incidentId = created->id;
    for (Id r : std::as_const(m_reports))
        QVERIFY(ReportRepository(*annaDb, m_anna).linkToIncident(r, m_incidentId, 1).ok());

    const Session anna{m_anna, m_t->url(), m_annaWorker.get()};
    auto *editor = new IncidentEditor(anna, m_incidentId);
    editor->show();
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));
    QCOMPARE(editor->findChild<QTableView *>(QStringLiteral("reportsView"))->model()->rowCount(), 3);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("reportsSummary"))->text().contains(QLatin1String("3 reports")));
    // Only the allowed transition is offered.
    auto *states = editor->findChild<QComboBox *>(QStringLiteral("stateCombo"));
    QCOMPARE(states->count(), 1);
    QCOMPARE(states->itemText(0), label(IncidentState::Acknowledged));

    // Describe it; undo and redo go through the editor's stack.
    auto *description = editor->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    auto *impactText = editor->findChild<QPlainTextEdit *>(QStringLiteral("impactSummaryEdit"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Card payments are refused."));
    QTest::keyClicks(impactText, QStringLiteral("Customers cannot pay by card."));
    QVERIFY(editor->isDirty());
    QCOMPARE(editor->undoStack()->count(), 2); // one command per field, typing merged
    editor->undoStack()->undo();
    QCOMPARE(impactText->toPlainText(), QString());
    QCOMPARE(description->toPlainText(), QStringLiteral("Card payments are refused."));
    editor->undoStack()->redo();
    QCOMPARE(impactText->toPlainText(), QStringLiteral("Customers cannot pay by card."));
    auto *impact = editor->findChild<QComboBox *>(QStringLiteral("impactCombo"));
    impact->setCurrentIndex(impact->findData(int(ImpactLevel::Major)));
    QSignalSpy saved(editor, &IncidentEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(!editor->isDirty());
    QCOMPARE(incident(m_incidentId).impactSummary, QStringLiteral("Customers cannot pay by card."));
    QCOMPARE(incident(m_incidentId).impact, ImpactLevel::Major);

    // Acknowledging needs the acknowledgement on its way: the editor says so and offers it.
    QVERIFY(!changeState(editor, IncidentState::Acknowledged));
    QVERIFY2(editor->bannerText().contains(QLatin1String("acknowledgement")), qPrintable(editor->bannerText()));
    auto *bannerButton = editor->findChild<QPushButton *>(QStringLiteral("bannerButton"));
    QVERIFY(bannerButton->isVisible());
    QSignalSpy opened(editor, &IncidentEditor::composerOpened);
    QTest::mouseClick(bannerButton, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    auto *ack = editor->findChildren<UpdateComposer *>().value(0);
    QVERIFY(ack);
    QVERIFY(QTest::qWaitFor([ack] { return ack->isLoaded(); }, 10000));
    QCOMPARE(ack->kind(), UpdateKind::Acknowledgement);
    QCOMPARE(ack->languages(), (QList<Language>{Language::It, Language::En}));
    // The templates are filled in natively per language with the incident's fields.
    QVERIFY2(ack->text(Language::It).contains(QLatin1String("Card payments refused at checkout")), qPrintable(ack->text(Language::It)));
    QVERIFY(ack->text(Language::En).contains(QLatin1String("Card payments refused at checkout")));
    QVERIFY(ack->text(Language::It) != ack->text(Language::En));
    // Markup written in the update is shown as text in the preview, never run.
    ack->setText(Language::En, ack->text(Language::En) + QStringLiteral("\n\n<script>alert('x')</script> <img src=x onerror=alert(1)>"));
    ack->renderPreviewNow();
    const QString preview = ack->previewHtml(Language::En);
    QVERIFY(!preview.contains(QLatin1String("<script")));
    QVERIFY(!preview.contains(QLatin1String("<img")));
    QVERIFY(preview.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(ack->countText().contains(QLatin1String("characters")));
    QVERIFY(submit(ack));
    const Id ackId = newestUpdate(m_incidentId);
    QCOMPARE(UpdateRepository(m_t->db(), m_anna).get(ackId)->update.status, UpdateStatus::Submitted);

    QVERIFY(changeState(editor, IncidentState::Acknowledged));
    QCOMPARE(incident(m_incidentId).state, IncidentState::Acknowledged);

    // The agent sees the Approvals page but cannot decide.
    {
        ApprovalsPage agentView(anna);
        QSignalSpy listed(&agentView, &ApprovalsPage::listed);
        agentView.refresh();
        QVERIFY(listed.wait(10000));
        QVERIFY(agentView.select(ackId));
        QVERIFY(!agentView.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    }
    // A lead is told of the submission.
    Notifier leadNotifier(Session{m_giulia, m_t->url(), m_giuliaWorker.get()});
    m_holdDelivery = true;
    approveAndPublish(ackId);
    m_holdDelivery = false;
    QList<PublicationJob> jobs = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(ackId).value();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().state, JobState::Pending);
    QCOMPARE(incident(m_incidentId).undeliveredUpdates, 1);
    QVERIFY(!incident(m_incidentId).lastDeliveredAt.isValid());
    deliver();
    jobs = PublicationRepository(m_t->db(), m_anna).jobsForUpdate(ackId).value();
    QCOMPARE(jobs.first().state, JobState::Done);
    QCOMPARE(incident(m_incidentId).undeliveredUpdates, 0);
    QCOMPARE(incident(m_incidentId).lastDeliveredAt, Clock::now()); // the Help Center confirmed it now

    // Impact: the lead asks for changes, the author is told and sees the comment.
    Notifier annaNotifier(anna);
    ApprovalsPage annaApprovals(anna);
    connect(&annaApprovals, &ApprovalsPage::listed, &annaNotifier, &Notifier::approvalsListed);
    QSignalSpy annaListed(&annaApprovals, &ApprovalsPage::listed);
    annaApprovals.refresh();
    QVERIFY(annaListed.wait(10000));
    UpdateComposer *impactUpdate = compose(editor, UpdateKind::Impact, QStringLiteral("Card payments fail for most customers."));
    QVERIFY(impactUpdate);
    QVERIFY(submit(impactUpdate));
    const Id impactId = newestUpdate(m_incidentId);
    {
        ApprovalsPage lead(Session{m_giulia, m_t->url(), m_giuliaWorker.get()});
        connect(&lead, &ApprovalsPage::listed, &leadNotifier, &Notifier::approvalsListed);
        QSignalSpy listed(&lead, &ApprovalsPage::listed);
        QSignalSpy told(&leadNotifier, &Notifier::notified);
        lead.refresh();
        QVERIFY(listed.wait(10000));
        QVERIFY(lead.select(impactId));
        QVERIFY(lead.changesHtml().contains(QLatin1String("line-through"))); // compared with the acknowledgement
        QSignalSpy done(&lead, &ApprovalsPage::actionDone);
        QTest::mouseClick(lead.findChild<QPushButton *>(QStringLiteral("requestChangesButton")), Qt::LeftButton);
        auto *dialog = lead.findChild<QInputDialog *>(QStringLiteral("requestChangesDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Say which cards are affected."));
        dialog->accept();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(0).toString()));
    }
    QSignalSpy annaTold(&annaNotifier, &Notifier::notified);
    annaApprovals.refresh();
    QVERIFY(annaListed.wait(10000));
    QCOMPARE(annaTold.size(), 1);
    QVERIFY(annaTold.first().at(1).toString().contains(QLatin1String("Say which cards are affected.")));

    UpdateComposer *revise = editor->openComposer(UpdateKind::Impact, impactId);
    QVERIFY(QTest::qWaitFor([revise] { return revise->isLoaded(); }, 10000));
    QVERIFY2(revise->bannerText().contains(QLatin1String("Say which cards are affected.")), qPrintable(revise->bannerText()));
    revise->setText(Language::En, QStringLiteral("Visa and Mastercard payments fail for most customers."));
    QVERIFY(submit(revise));
    approveAndPublish(impactId);

    // Progress on consecutive days; the daily promise is watched.
    auto *list = new IncidentsPage(anna);
    list->resize(1400, 600);
    QSignalSpy checked(list, &IncidentsPage::cadenceChecked);
    Notifier cadenceNotifier(anna);
    connect(list, &IncidentsPage::cadenceChecked, &cadenceNotifier, &Notifier::cadenceChecked);
    QSignalSpy cadenceTold(&cadenceNotifier, &Notifier::notified);
    const QDateTime lastPublished = incident(m_incidentId).lastPublishedAt;
    QCOMPARE(lastPublished, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));

    for (int day = 1; day <= 2; ++day) {
        setNow(incident(m_incidentId).lastPublishedAt.addSecs(23 * 3600)); // an hour before it is due, the next day
        list->refresh();
        QVERIFY(checked.wait(10000));
        QVERIFY2(dueCellOf(list, created->reference).contains(QLatin1String("due soon")), qPrintable(dueCellOf(list, created->reference)));
        QVERIFY(cadenceTold.last().at(0).toString().contains(QLatin1String("due soon")));
        UpdateComposer *progress = compose(editor, UpdateKind::Progress, QStringLiteral("Day %1: the bank is working on it.").arg(day));
        QVERIFY(progress);
        QVERIFY(submit(progress));
        // Published but not yet on the Help Center: still due soon, and on its way.
        m_holdDelivery = true;
        approveAndPublish(newestUpdate(m_incidentId));
        m_holdDelivery = false;
        list->refresh();
        QVERIFY(checked.wait(10000));
        QVERIFY2(dueCellOf(list, created->reference).contains(QLatin1String("due soon"))
                     && dueCellOf(list, created->reference).contains(QLatin1String("on its way")),
                 qPrintable(dueCellOf(list, created->reference)));
        deliver();
        list->refresh();
        QVERIFY(checked.wait(10000));
        QVERIFY2(dueCellOf(list, created->reference).contains(QLatin1String("On track")), qPrintable(dueCellOf(list, created->reference)));
    }
    // A missed day: overdue in the list, the editor, the triage queue, and a notice.
    setNow(incident(m_incidentId).lastPublishedAt.addSecs(25 * 3600 + 1800)); // a day and a half later
    list->refresh();
    QVERIFY(checked.wait(10000));
    QVERIFY2(dueCellOf(list, created->reference).contains(QLatin1String("overdue")), qPrintable(dueCellOf(list, created->reference)));
    QVERIFY(list->summaryText().contains(QLatin1String("1 update overdue")));
    QVERIFY(cadenceTold.last().at(0).toString().contains(QLatin1String("overdue")));
    QSignalSpy reloaded(editor, &IncidentEditor::loaded);
    editor->reload();
    QVERIFY(reloaded.wait(10000));
    auto *cadence = editor->findChild<QLabel *>(QStringLiteral("cadenceLabel"));
    QCOMPARE(cadence->property("standing").toString(), QStringLiteral("overdue"));
    QVERIFY(cadence->text().contains(QLatin1String("overdue")));
    {
        TriageModel queue(m_annaWorker.get());
        ReportQuery linked;
        linked.statuses = {ReportStatus::Linked};
        queue.setQuery(linked);
        QVERIFY(QTest::qWaitFor([&] { return !queue.isLoading() && queue.rowCount() == 3; }, 10000));
        QTRY_VERIFY(queue.data(queue.index(0, TriageModel::Incident)).toString().contains(QLatin1String("overdue")));
    }
    UpdateComposer *late = compose(editor, UpdateKind::Progress, QStringLiteral("Sorry for the late update: a fix is being tested."));
    QVERIFY(late);
    QVERIFY(submit(late));
    approveAndPublish(newestUpdate(m_incidentId));

    // Resolution: the editor asks for the resolution update first.
    QVERIFY(changeState(editor, IncidentState::Monitoring));
    QVERIFY(!changeState(editor, IncidentState::Resolved));
    QVERIFY(editor->bannerText().contains(QLatin1String("resolution")));
    UpdateComposer *resolution = compose(editor, UpdateKind::Resolution, QStringLiteral("Card payments work again."));
    QVERIFY(resolution);
    QVERIFY(submit(resolution));
    QVERIFY(changeState(editor, IncidentState::Resolved));
    approveAndPublish(newestUpdate(m_incidentId));

    // Post-incident review: root cause and a preventive action, then the postmortem.
    QVERIFY(!changeState(editor, IncidentState::Reviewed));
    auto *rootCause = editor->findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEdit"));
    QTest::keyClicks(rootCause, QStringLiteral("An expired certificate at the card processor."));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addActionButton")), Qt::LeftButton);
    auto *actions = editor->findChild<QTableView *>(QStringLiteral("actionsTable"))->model();
    QCOMPARE(actions->rowCount(), 1);
    QVERIFY(actions->setData(actions->index(0, 0), QStringLiteral("Alert 30 days before certificates expire")));
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(incident(m_incidentId).actions.size(), 1);
    QCOMPARE(incident(m_incidentId).actions.first().description, QStringLiteral("Alert 30 days before certificates expire"));
    UpdateComposer *postmortem = compose(editor, UpdateKind::Postmortem, QStringLiteral("What happened and what we changed."));
    QVERIFY(postmortem);
    QVERIFY(submit(postmortem));
    approveAndPublish(newestUpdate(m_incidentId));
    QVERIFY(changeState(editor, IncidentState::Reviewed));
    // The review reaches the Help Center by itself: root cause and each action with its state.
    const QString page = m_dir.filePath(QStringLiteral("help/") +
                                        HelpCenterSite::pagePath(incident(m_incidentId), Language::En));
    const auto pageText = [&] {
        QFile f(page);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY(!pageText().contains(QLatin1String("An expired certificate")));
    auto refreshed = PublicationRunner(*workstation(*m_t, m_giulia), m_giulia).runDue();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorString()));
    QCOMPARE(refreshed->refreshed, 1);
    QVERIFY2(pageText().contains(QLatin1String("An expired certificate at the card processor.")), qPrintable(pageText().mid(pageText().indexOf(QLatin1String("<h3>")))));
    QVERIFY2(pageText().contains(QLatin1String("<li class=\"action planned\"><span class=\"action-state\">Planned</span> "
                                               "Alert 30 days before certificates expire")),
             qPrintable(pageText().mid(pageText().indexOf(QLatin1String("<h3>")))));
    // Done a month later: the page says so without anyone publishing anything.
    QVERIFY(actions->setData(actions->index(0, PreventiveActionsModel::Done), Qt::Checked, Qt::CheckStateRole));
    editor->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(incident(m_incidentId).actions.first().done);
    refreshed = PublicationRunner(*workstation(*m_t, m_giulia), m_giulia).runDue();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorString()));
    QCOMPARE(refreshed->refreshed, 1);
    QVERIFY2(pageText().contains(QLatin1String("<li class=\"action done\"><span class=\"action-state\">Done</span> "
                                               "Alert 30 days before certificates expire")),
             qPrintable(pageText().mid(pageText().indexOf(QLatin1String("<h3>")))));
    QCOMPARE(PublicationRunner(*workstation(*m_t, m_giulia), m_giulia).runDue()->refreshed, 0); // once
    if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        // The customer's view, for a look in a browser: the page and its style sheet.
        QDir(shots).mkpath(QStringLiteral("helpcenter/") + QFileInfo(page).dir().dirName());
        for (const QString &file : {HelpCenterSite::pagePath(incident(m_incidentId), Language::En),
                                    HelpCenterSite::pagePath(incident(m_incidentId), Language::It), QStringLiteral("style.css")}) {
            QFile::remove(shots + QStringLiteral("/helpcenter/") + file);
            QFile::copy(m_dir.filePath(QStringLiteral("help/") + file), shots + QStringLiteral("/helpcenter/") + file);
        }
    }
    QVERIFY(changeState(editor, IncidentState::Closed));
    QCOMPARE(incident(m_incidentId).state, IncidentState::Closed);
    // An action that slips past its date after all: the list and the notifier say so, once a day.
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE preventive_actions SET done = ?, due_date = ? WHERE incident_id = ?"),
                           {false, Clock::now().date().addDays(-3).toString(Qt::ISODate), m_incidentId}).ok());
    list->refresh();
    QVERIFY(checked.wait(10000));
    QCOMPARE(cadenceTold.last().at(0).toString(), QStringLiteral("Preventive actions overdue"));
    QVERIFY2(cadenceTold.last().at(1).toString().contains(QStringLiteral("“Card payments refused at checkout”: 1 preventive action overdue.")),
             qPrintable(cadenceTold.last().at(1).toString()));
    const auto told = cadenceTold.size();
    list->refresh();
    QVERIFY(checked.wait(10000));
    QCOMPARE(cadenceTold.size(), told);
    QCOMPARE(states->count(), 0);

    // The timeline tells the whole story.
    QSignalSpy timeline(editor, &IncidentEditor::timelineLoaded);
    editor->reload();
    QVERIFY(timeline.wait(10000));
    QStringList actionsSeen;
    auto *timelineList = editor->findChild<QTreeView *>(QStringLiteral("timeline"))->model();
    for (int r = 0; r < timelineList->rowCount(); ++r)
        actionsSeen << timelineList->index(r, 0).data(TimelineModel::ActionRole).toString();
    QCOMPARE(actionsSeen.count(QStringLiteral("update.publish")), 7);
    QCOMPARE(actionsSeen.count(QStringLiteral("update.request_changes")), 1);
    QCOMPARE(actionsSeen.count(QStringLiteral("incident.state")), 5);
    QVERIFY(actionsSeen.contains(QStringLiteral("report.link")));
    QCOMPARE(actionsSeen.last(), QStringLiteral("incident.create")); // newest first
    QCOMPARE(PublicationRepository(m_t->db(), m_anna).jobs()->size(), 7);
    delete list;
    delete editor;
}

void TestIncidentLife::conflictingEditIsMergedFieldByField()
{
    Incident draft;
    draft.title = QStringLiteral("Search slow");
    auto created = IncidentRepository(*workstation(*m_t, m_anna), m_anna).create(draft);
    QVERIFY(created.ok());
    auto *editor = new IncidentEditor(Session{m_anna, m_t->url(), m_annaWorker.get()}, created->id);
    editor->show();
    QVERIFY(QTest::qWaitFor([editor] { return editor->isLoaded(); }, 10000));

    // Another workstation changes the description and the workaround.
    Incident theirs = created.value();
    theirs.description = QStringLiteral("Their description");
    theirs.workaround = QStringLiteral("Their workaround");
    QVERIFY(IncidentRepository(*workstation(*m_t, m_giulia), m_giulia).save(theirs).ok());

    // Here the user changes the description and the title.
    editor->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("My description"));
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Search very slow"));
    QSignalSpy offered(editor, &IncidentEditor::mergeOffered);
    QSignalSpy saved(editor, &IncidentEditor::saved);
    editor->save();
    QVERIFY(offered.wait(10000));
    auto *dialog = qobject_cast<MergeDialog *>(offered.first().first().value<QObject *>());
    QVERIFY(dialog);
    using F = IncidentMerge::Field;
    QCOMPARE(dialog->fields(), (QList<F>{F::Description, F::Title, F::Workaround}));
    dialog->choose(F::Description, false); // keep theirs for the conflicting field
    dialog->accept();
    QVERIFY(saved.wait(10000));
    const Incident merged = incident(created->id);
    QCOMPARE(merged.title, QStringLiteral("Search very slow"));
    QCOMPARE(merged.description, QStringLiteral("Their description"));
    QCOMPARE(merged.workaround, QStringLiteral("Their workaround"));
    // The merge itself can be undone like any edit.
    QVERIFY(editor->undoStack()->canUndo());
    delete editor;
}

void TestIncidentLife::draftSurvivesAClosedWindow()
{
    Incident draft;
    draft.title = QStringLiteral("Emails late");
    auto created = IncidentRepository(*workstation(*m_t, m_anna), m_anna).create(draft);
    QVERIFY(created.ok());
    const Session anna{m_anna, m_t->url(), m_annaWorker.get()};
    auto *composer = new UpdateComposer(anna, created.value(), {}, UpdateKind::Impact);
    composer->show();
    QVERIFY(QTest::qWaitFor([composer] { return composer->isLoaded(); }, 10000));
    auto *edit = composer->editor(Language::En);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Emails arrive two hours late. Recieve"));
    // Spelling is underlined in the update's language.
    QTRY_VERIFY(edit->misspelledWords().contains(QStringLiteral("Recieve")));
    // Right-click on it: the menu offers suggestions and *Add to the dictionary*, which takes
    // the underline away and keeps the word.
    QTextCursor onWord(edit->document());
    onWord.setPosition(int(edit->toPlainText().indexOf(QLatin1String("Recieve"))) + 2);
    const QPoint at = edit->cursorRect(onWord).center();
    QStringList offered;
    QTimer::singleShot(200, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            offered << a->text();
        if (QAction *add = menu->findChild<QAction *>(QStringLiteral("addToDictionary")))
            add->trigger();
        menu->close();
    });
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, edit->viewport()->mapToGlobal(at));
    QApplication::sendEvent(edit->viewport(), &rightClick);
    QVERIFY2(offered.contains(QStringLiteral("Receive")), qPrintable(offered.join(u'|')));
    QVERIFY2(offered.contains(QStringLiteral("&Add “Recieve” to the dictionary")), qPrintable(offered.join(u'|')));
    QTRY_VERIFY(!edit->misspelledWords().contains(QStringLiteral("Recieve")));
    QFile personal(SpellChecker::personalDictionaryPath(Language::En));
    QVERIFY(personal.open(QIODevice::ReadOnly));
    QVERIFY(personal.readAll().contains("Recieve\n"));
    // The program "crashes": the window is destroyed without closing. The text was kept locally.
    QTest::qWait(400);
    delete composer;
    QCOMPARE(UpdateRepository(m_t->db(), m_anna).forIncident(created->id)->size(), 0);

    auto *again = new UpdateComposer(anna, created.value(), {}, UpdateKind::Impact);
    QVERIFY(QTest::qWaitFor([again] { return again->isLoaded(); }, 10000));
    QCOMPARE(again->text(Language::En), QStringLiteral("Emails arrive two hours late. Recieve"));
    QVERIFY(again->bannerText().contains(QLatin1String("Restored")));
    // Closing the window saves it to the team database.
    QSignalSpy saved(again, &UpdateComposer::saved);
    again->close();
    QVERIFY(saved.wait(10000));
    const auto updates = UpdateRepository(m_t->db(), m_anna).forIncident(created->id).value();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(UpdateRepository(m_t->db(), m_anna).get(updates.first().id)->bodies.value(Language::En),
             QStringLiteral("Emails arrive two hours late. Recieve"));
}

QTEST_MAIN(TestIncidentLife)
#include "test_incidentlife.moc"
