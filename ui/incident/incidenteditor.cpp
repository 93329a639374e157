// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenteditor.h"
#include "widgets/tones.h"

#include "widgets/layoutmemory.h"

#include "compose/updatecomposer.h"
#include "core/clock.h"
#include "detailstab.h"
#include "domain/cadence.h"
#include "domain/labels.h"
#include "domain/lifecycle.h"
#include "exportwizard.h"
#include "linkedreportsmodel.h"
#include "mergedialog.h"
#include "reportstab.h"
#include "reviewtab.h"
#include "timelinemodel.h"
#include "updatestab.h"
#include "widgets/banner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace desk::ui {

namespace {
enum Tab { DetailsPage, UpdatesPage, ReportsPage, TimelinePage, ReviewPage };

/** The cadence badge: the tone's colour as the background, the base colour as the text. */
QString badge(Tones::Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    return QStringLiteral("color: %1; background: %2; padding: 3px 8px; border-radius: 4px;")
        .arg(Tones::css(palette.color(QPalette::Base)), Tones::css(Tones::color(tone, palette)));
}
} // namespace

IncidentEditor::IncidentEditor(const Session &session, Id incidentId, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_context(session),
      m_session(new IncidentSession(session.worker, session.user, incidentId, this)),
      m_heading(new QLabel(this)),
      m_stateLabel(new QLabel(this)),
      m_cadenceLabel(new QLabel(this)),
      m_presence(new QLabel(this)),
      m_banner(new Banner(this)),
      m_stateCombo(new QComboBox(this)),
      m_changeState(new QPushButton(tr("Change state"), this)),
      m_tabs(new QTabWidget(this)),
      m_details(new DetailsTab(this)),
      m_updates(new UpdatesTab(this)),
      m_reports(new LinkedReportsModel(session, this)),
      m_reportsTab(new ReportsTab(m_reports, this)),
      m_timeline(new TimelineModel(this)),
      m_review(new ReviewTab(session.user.name, this)),
      m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Incident"));
    resize(1100, 780);
    LayoutMemory::keepGeometry(this, QStringLiteral("incidentEditor")); // where the user left the last one

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addLayout(createHeader());
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    layout->addWidget(m_banner);

    auto *details = new QScrollArea(this);
    details->setAccessibleName(tr("Details and impact"));
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    details->setWidget(m_details);
    m_tabs->addTab(details, tr("Details and impact"));
    m_tabs->addTab(m_updates, tr("Public updates"));
    m_tabs->addTab(m_reportsTab, tr("Reports"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_tabs->addTab(m_review, tr("Post-incident review"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setAccessibleName(tr("Parts of the incident"));
    layout->addWidget(m_tabs, 1);
    setEnabled(false);

    // Text fields would keep Ctrl+Z for their own undo; the session's stack covers them all.
    for (QWidget *field : findChildren<QPlainTextEdit *>())
        field->installEventFilter(this);
    for (QWidget *field : findChildren<QLineEdit *>())
        field->installEventFilter(this);
    connect(m_details, &DetailsTab::edited, this, &IncidentEditor::recordEdit);
    connect(m_review, &ReviewTab::edited, this, &IncidentEditor::recordEdit);
    connect(m_details, &DetailsTab::serviceStatusChosen, m_session, &IncidentSession::setServiceStatus);
    connect(m_updates, &UpdatesTab::openRequested, this, [this](UpdateKind kind, Id id) { openComposer(kind, id); });
    connect(m_reportsTab, &ReportsTab::unlinkRequested, this,
            [this] { m_session->moveReports(m_reportsTab->selectedReports(), 0); });
    connect(m_reportsTab, &ReportsTab::moveRequested, this, [this] {
        if (m_reportsTab->selectedReports().isEmpty())
            showNotice(tr("Select the reports first."), true, NextStep::None);
        else
            m_session->listMoveTargets();
    });
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &IncidentEditor::updateCadence);
    m_clockTimer->start();
    connectSession();
    m_session->reload();
}

IncidentEditor::~IncidentEditor() = default;

QWidget *IncidentEditor::createToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *saveAction = toolbar->addAction(tr("Save"), this, &IncidentEditor::save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the incident (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    addActions({undo, redo, saveAction});
    toolbar->addSeparator();
    auto *newUpdate = new QMenu(this);
    for (UpdateKind kind : allValues<UpdateKind>())
        newUpdate->addAction(label(kind), this, [this, kind] { openComposer(kind); });
    QAction *compose = toolbar->addAction(tr("New update"));
    compose->setMenu(newUpdate);
    compose->setObjectName(QStringLiteral("newUpdateAction"));
    connect(compose, &QAction::triggered, this, [this] { openComposer(m_session->nextUpdateKind()); });
    m_exportAction = toolbar->addAction(tr("Confirmations…"), this, [this] {
        auto *wizard = new ExportWizard(m_context, m_session->base(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        emit exportOpened(wizard);
    });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Write every reporter's acknowledgement notice or resolution confirmation (PDF, e-mail, CSV)"));
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Move to:"), this));
    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->setAccessibleName(tr("Next state"));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_stateCombo);
    m_changeState->setObjectName(QStringLiteral("changeStateButton"));
    toolbar->addWidget(m_changeState);
    connect(m_changeState, &QPushButton::clicked, this, [this] {
        if (m_stateCombo->currentIndex() >= 0)
            changeState(IncidentState(m_stateCombo->currentData().toInt()));
    });
    return toolbar;
}

QLayout *IncidentEditor::createHeader()
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_heading, 1);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_cadenceLabel->setObjectName(QStringLiteral("cadenceLabel"));
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->setStyleSheet(QStringLiteral("color: %1;").arg(Tones::css(Tones::color(Tones::Tone::Warning, palette()))));
    row->addWidget(m_presence);
    row->addSpacing(12);
    row->addWidget(m_stateLabel);
    row->addSpacing(12);
    row->addWidget(m_cadenceLabel);
    return row;
}

QWidget *IncidentEditor::createTimelineTab()
{
    m_timelineView = new QTreeView(this);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformRowHeights(false);
    return m_timelineView;
}

void IncidentEditor::connectSession()
{
    IncidentSession *s = m_session;
    connect(s, &IncidentSession::loaded, this, &IncidentEditor::showLoaded);
    connect(s, &IncidentSession::loadFailed, this, [this] { setEnabled(true); });
    connect(s, &IncidentSession::workingChanged, this, &IncidentEditor::showWorking);
    connect(s, &IncidentSession::dirtyChanged, this, &IncidentEditor::updateHeader);
    connect(s, &IncidentSession::notice, this, &IncidentEditor::showNotice);
    connect(s, &IncidentSession::titleMissing, m_details, [this] {
        m_tabs->setCurrentIndex(DetailsPage);
        m_details->focusTitle();
    });
    connect(s, &IncidentSession::saved, this, &IncidentEditor::saved);
    connect(s, &IncidentSession::failed, this, &IncidentEditor::failed);
    connect(s, &IncidentSession::stateChanged, this, &IncidentEditor::stateChanged);
    connect(s, &IncidentSession::keptOffline, this, &IncidentEditor::keptOffline);
    connect(s, &IncidentSession::mergeNeeded, this, &IncidentEditor::offerMerge);
    connect(s, &IncidentSession::moveTargetsListed, this, &IncidentEditor::chooseMoveTarget);
    connect(s, &IncidentSession::presenceChanged, this, &IncidentEditor::showPresence);
    connect(s, &IncidentSession::timelineLoaded, this, [this](const QList<TimelineEntry> &entries) {
        m_timeline->setEntries(entries);
        m_timelineView->resizeColumnToContents(TimelineModel::When);
        m_timelineView->resizeColumnToContents(TimelineModel::Who);
        emit timelineLoaded();
    });
    connect(s, &IncidentSession::timelineFailed, this, [this](const QString &message) {
        showNotice(tr("Could not load the timeline: %1").arg(message), true, NextStep::None);
    });
}

void IncidentEditor::showLoaded(bool first)
{
    const IncidentData &data = m_session->data();
    const Incident &base = m_session->base();
    m_details->setChoices(data.users, data.services, m_context.user.isLead());
    m_stateCombo->clear();
    for (IncidentState to : Lifecycle::allowedTargets(base.state))
        m_stateCombo->addItem(label(to), int(to));
    m_changeState->setEnabled(m_stateCombo->count() > 0);
    m_exportAction->setEnabled(base.state != IncidentState::Reported);
    m_updates->setUpdates(data.updates);
    m_reports->update(base.id, data.firstReports, data.scope.reports);
    m_reportsTab->setCounts(data.scope.reports, data.scope.customers);
    setEnabled(true);
    showWorking();
    updateCadence();
    Q_UNUSED(first)
    emit loaded();
}

void IncidentEditor::showWorking()
{
    m_showing = true;
    m_details->showIncident(m_session->working());
    m_review->showIncident(m_session->working());
    m_showing = false;
    updateHeader();
}

Incident IncidentEditor::currentValues() const
{
    Incident values = m_session->working();
    m_details->apply(values);
    m_review->apply(values);
    return values;
}

void IncidentEditor::recordEdit()
{
    if (m_showing || !m_session->isLoaded())
        return;
    m_session->edit(currentValues());
    updateHeader();
}

bool IncidentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentEditor::showNotice(const QString &text, bool error, NextStep next)
{
    switch (next) {
    case NextStep::None:
        m_banner->show(text, error);
        return;
    case NextStep::RetryLoad:
        m_banner->show(text, error, tr("Try again"), [this] { m_session->reload(); });
        return;
    case NextStep::RetrySave:
        m_banner->show(text, error, tr("Try again"), [this] { save(); });
        return;
    case NextStep::SaveAndMerge:
        m_banner->show(text, error, tr("Save and merge"), [this] { save(); });
        return;
    case NextStep::Merge:
        m_banner->show(text, error, tr("Merge…"), [this] { save(); });
        return;
    case NextStep::WriteAcknowledgement:
        m_banner->show(text, error, tr("Write the acknowledgement"), [this] { openComposer(UpdateKind::Acknowledgement); });
        return;
    case NextStep::WriteResolution:
        m_banner->show(text, error, tr("Write the resolution"), [this] { openComposer(UpdateKind::Resolution); });
        return;
    case NextStep::OpenReview:
        m_banner->show(text, error, tr("Open the review"), [this] { m_tabs->setCurrentIndex(ReviewPage); });
        return;
    case NextStep::Withdraw:
        break; // not an incident's step
    }
    m_banner->show(text, error);
}

QString IncidentEditor::bannerText() const
{
    return m_banner->text();
}

void IncidentEditor::offerMerge(const Incident &mine, const Incident &theirs, const IncidentMerge::Outcome &outcome)
{
    auto *dialog = new MergeDialog(mine, theirs, outcome, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, theirs] { m_session->acceptMerge(dialog->result(), theirs); });
    connect(dialog, &QDialog::rejected, m_session, &IncidentSession::declineMerge);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit mergeOffered(dialog);
}

void IncidentEditor::chooseMoveTarget(const QList<Incident> &open)
{
    const QList<Id> ids = m_reportsTab->selectedReports();
    if (ids.isEmpty())
        return;
    QStringList choices;
    QList<Id> targets;
    for (const Incident &i : open) {
        choices << QStringLiteral("%1 — %2").arg(i.reference, i.title);
        targets << i.id;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("moveReportsDialog"));
    dialog->setWindowTitle(tr("Move reports"));
    dialog->setLabelText(tr("Move %n report(s) to:", nullptr, int(ids.size())));
    dialog->setComboBoxItems(choices);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, choices, targets, ids](const QString &text) {
        m_session->moveReports(ids, targets.value(choices.indexOf(text)));
    });
    dialog->open();
}

void IncidentEditor::showPresence(const QStringList &editing, const QStringList &viewing)
{
    QStringList parts;
    if (!editing.isEmpty())
        parts << tr("%1 editing now").arg(editing.join(QStringLiteral(", ")));
    if (!viewing.isEmpty())
        parts << tr("open for %1").arg(viewing.join(QStringLiteral(", ")));
    m_presence->setText(parts.isEmpty() ? QString() : QStringLiteral("✎ ") + parts.join(QStringLiteral(" · ")));
    m_presence->setToolTip(editing.isEmpty() ? QString()
                                             : tr("Someone else is changing this incident: if you both save, "
                                                  "you will merge field by field."));
}

QString IncidentEditor::presenceText() const
{
    return m_presence->text();
}

UpdateComposer *IncidentEditor::openComposer(UpdateKind kind, Id updateId)
{
    for (const QPointer<UpdateComposer> &c : std::as_const(m_composers)) {
        if (c && updateId != 0 && c->updateId() == updateId) {
            c->raise();
            c->activateWindow();
            return c;
        }
    }
    auto *composer = new UpdateComposer(m_context, m_session->base(), m_session->affectedServiceNames(), kind, updateId, this);
    m_composers.append(composer);
    connect(composer, &UpdateComposer::changed, m_session, &IncidentSession::reload);
    composer->show();
    emit composerOpened(composer);
    return composer;
}

void IncidentEditor::updateHeader()
{
    if (!m_session->isLoaded())
        return;
    const Incident &base = m_session->base();
    m_heading->setText(QStringLiteral("%1 · %2").arg(base.reference, base.title));
    setWindowTitle(QStringLiteral("%1%2 — %3").arg(isDirty() ? QStringLiteral("● ") : QString(), base.reference, base.title));
    m_stateLabel->setText(tr("State: %1 · Impact: %2").arg(label(base.state), label(base.impact)));
}

void IncidentEditor::updateCadence()
{
    if (!m_session->isLoaded())
        return;
    const Incident &base = m_session->base();
    const QDateTime due = Cadence::nextDue(base.state, base.lastDeliveredAt, base.acknowledgedAt, base.cadenceMinutes);
    const Cadence::Standing standing = Cadence::standing(base.state, due, Clock::now());
    m_cadenceLabel->setProperty("standing", Cadence::toKey(standing));
    if (!due.isValid()) {
        m_cadenceLabel->setText(base.state == IncidentState::Reported ? tr("Acknowledge it: the daily updates start then")
                                                                      : QString());
        m_cadenceLabel->setStyleSheet({});
        return;
    }
    const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
    m_cadenceLabel->setToolTip(base.undeliveredUpdates > 0
                                   ? tr("An update is published and not yet on the Help Center: the daily promise counts "
                                        "from the moment the Help Center confirms it.")
                                   : tr("Counted from the last update the Help Center confirmed."));
    switch (standing) {
    case Cadence::Standing::Overdue:
        m_cadenceLabel->setText(tr("Public update overdue since %1").arg(when));
        m_cadenceLabel->setStyleSheet(badge(Tones::Tone::Bad));
        break;
    case Cadence::Standing::DueSoon:
        m_cadenceLabel->setText(tr("Next public update due %1").arg(when));
        m_cadenceLabel->setStyleSheet(badge(Tones::Tone::Warning));
        break;
    default:
        m_cadenceLabel->setText(tr("Next public update due %1").arg(when));
        m_cadenceLabel->setStyleSheet({});
        break;
    }
    if (base.undeliveredUpdates > 0)
        m_cadenceLabel->setText(m_cadenceLabel->text() + QStringLiteral(" · ") + tr("an update on its way"));
}

void IncidentEditor::closeEvent(QCloseEvent *event)
{
    if (isDirty()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("Save your changes to %1 before closing?").arg(savedIncident().reference),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            m_session->saveThen([this] {
                if (!isDirty())
                    close();
            });
            return;
        }
    }
    for (const QPointer<UpdateComposer> &c : std::as_const(m_composers)) {
        if (c && !c->close()) {
            event->ignore();
            return;
        }
    }
    m_session->leave();
    event->accept();
}

} // namespace desk::ui
