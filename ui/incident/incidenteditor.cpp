// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenteditor.h"

#include "core/clock.h"
#include "domain/cadence.h"
#include "domain/incidentmerge.h"
#include "domain/lifecycle.h"
#include "exportwizard.h"
#include "widgets/labels.h"
#include "linkedreportsmodel.h"
#include "mergedialog.h"
#include "widgets/messagebox.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"
#include "sync/outbox.h"
#include "sync/presence.h"
#include "compose/updatecomposer.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace desk::ui {

struct IncidentEditor::Loaded
{
    Incident incident;
    qint64 reports = 0;
    qint64 customers = 0;
    QList<Report> firstReports;
    QList<Update> updates;
    QList<Service> services;
    QList<User> users;
};

/** One edit: the incident as the widgets showed it before and after. Typing in one field merges. */
class EditSnapshotCommand final : public QUndoCommand
{
public:
    EditSnapshotCommand(IncidentEditor *editor, Incident before, Incident after, int mergeId, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)), m_id(mergeId)
    {
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_id || m_id < 0)
            return false;
        m_after = static_cast<const EditSnapshotCommand *>(other)->m_after;
        return true;
    }
    void undo() override { m_editor->showWidgets(m_before); }
    void redo() override
    {
        if (m_first) { // the widgets already show it
            m_first = false;
            return;
        }
        m_editor->showWidgets(m_after);
    }

private:
    IncidentEditor *m_editor;
    Incident m_before;
    Incident m_after;
    int m_id;
    bool m_first = true;
};

namespace {
bool isTextField(IncidentMerge::Field f)
{
    using F = IncidentMerge::Field;
    return f == F::Title || f == F::Description || f == F::ImpactSummary || f == F::UserJourneys || f == F::Workaround
           || f == F::RootCause;
}

QPlainTextEdit *textArea(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setUndoRedoEnabled(false); // the editor's undo stack covers every field
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * 4);
    return edit;
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString timelineText(const TimelineEntry &e)
{
    const QString kind = label(fromKey<UpdateKind>(e.detail.section(u'\n', 0, 0)).value_or(UpdateKind::Progress));
    const QString comment = e.detail.section(u'\n', 1);
    const QString &a = e.action;
    if (a == QLatin1String("incident.create"))
        return IncidentEditor::tr("Created the incident");
    if (a == QLatin1String("incident.edit"))
        return IncidentEditor::tr("Edited the description");
    if (a == QLatin1String("incident.state"))
        return IncidentEditor::tr("Moved it to “%1”").arg(label(fromKey<IncidentState>(e.detail).value_or(IncidentState::Reported)));
    if (a == QLatin1String("report.link"))
        return IncidentEditor::tr("Linked %n report(s)", nullptr, e.count);
    if (a == QLatin1String("incident.move_reports"))
        return IncidentEditor::tr("Moved %n report(s) to %1", nullptr, e.count).arg(e.detail);
    if (a == QLatin1String("incident.receive_reports"))
        return IncidentEditor::tr("Moved %n report(s) here from %1", nullptr, e.count).arg(e.detail);
    if (a == QLatin1String("incident.unlink_reports"))
        return IncidentEditor::tr("Sent %n report(s) back to triage", nullptr, e.count);
    if (a == QLatin1String("update.create"))
        return IncidentEditor::tr("Drafted an update: %1").arg(kind);
    if (a == QLatin1String("update.edit"))
        return IncidentEditor::tr("Revised the update: %1").arg(kind);
    if (a == QLatin1String("update.submit"))
        return IncidentEditor::tr("Submitted the update for approval: %1").arg(kind);
    if (a == QLatin1String("update.withdraw"))
        return IncidentEditor::tr("Withdrew the update: %1").arg(kind);
    if (a == QLatin1String("update.approve"))
        return IncidentEditor::tr("Approved the update: %1").arg(kind);
    if (a == QLatin1String("update.request_changes"))
        return IncidentEditor::tr("Asked for changes to the update: %1 — “%2”").arg(kind, comment);
    if (a == QLatin1String("update.publish"))
        return IncidentEditor::tr("Published the update: %1").arg(kind);
    if (a == QLatin1String("update.delete"))
        return IncidentEditor::tr("Discarded a draft");
    if (a.startsWith(QLatin1String("publication.")))
        return IncidentEditor::tr("Changed a publication: %1").arg(label(fromKey<JobState>(e.detail).value_or(JobState::Pending)));
    return a;
}
} // namespace

IncidentEditor::IncidentEditor(const Session &session, Id incidentId, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_session(session),
      m_incidentId(incidentId),
      m_undo(new QUndoStack(this)),
      m_heading(new QLabel(this)),
      m_stateLabel(new QLabel(this)),
      m_cadenceLabel(new QLabel(this)),
      m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)),
      m_bannerButton(new QPushButton(m_banner)),
      m_stateCombo(new QComboBox(this)),
      m_changeState(new QPushButton(tr("Change state"), this)),
      m_tabs(new QTabWidget(this)),
      m_reports(new LinkedReportsModel(session, this)),
      m_reportsSummary(new QLabel(this)),
      m_clockTimer(new QTimer(this)),
      m_heartbeat(new QTimer(this)),
      m_presence(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Incident"));
    resize(1100, 780);

    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *saveAction = toolbar->addAction(tr("Save"), this, &IncidentEditor::save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the incident (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    addAction(undo);
    addAction(redo);
    addAction(saveAction);
    toolbar->addSeparator();
    auto *newUpdate = new QMenu(this);
    for (UpdateKind kind : allValues<UpdateKind>())
        newUpdate->addAction(label(kind), this, [this, kind] { openComposer(kind); });
    QAction *compose = toolbar->addAction(tr("New update"));
    compose->setMenu(newUpdate);
    compose->setObjectName(QStringLiteral("newUpdateAction"));
    connect(compose, &QAction::triggered, this, [this] {
        // The kind the lifecycle needs next, so the common case is one click.
        UpdateKind kind = UpdateKind::Progress;
        if (m_base.state == IncidentState::Reported)
            kind = m_ackUnderway ? UpdateKind::Impact : UpdateKind::Acknowledgement;
        else if (m_base.state == IncidentState::Resolved || m_base.state == IncidentState::Reviewed)
            kind = UpdateKind::Postmortem;
        openComposer(kind);
    });
    m_exportAction = toolbar->addAction(tr("Confirmations…"), this, [this] {
        auto *wizard = new ExportWizard(m_session, m_base, this);
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
    layout->addWidget(toolbar);

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_heading, 1);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_cadenceLabel->setObjectName(QStringLiteral("cadenceLabel"));
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->setStyleSheet(QStringLiteral("color: #7a4b00;"));
    headerRow->addWidget(m_presence);
    headerRow->addSpacing(12);
    headerRow->addWidget(m_stateLabel);
    headerRow->addSpacing(12);
    headerRow->addWidget(m_cadenceLabel);
    layout->addLayout(headerRow);

    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerButton->setObjectName(QStringLiteral("bannerButton"));
    bannerLayout->addWidget(m_bannerButton);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs->addTab(createDetailsTab(), tr("Details and impact"));
    m_tabs->addTab(createUpdatesTab(), tr("Public updates"));
    m_tabs->addTab(createReportsTab(), tr("Reports"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_tabs->addTab(createReviewTab(), tr("Post-incident review"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    layout->addWidget(m_tabs, 1);
    setEnabled(false);

    watchEdits();
    connect(m_undo, &QUndoStack::cleanChanged, this, &IncidentEditor::updateHeader);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &IncidentEditor::updateCadence);
    m_clockTimer->start();
    // Others see who has the incident open and who is typing in it.
    m_heartbeat->setInterval(PresenceRepository::kHeartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &IncidentEditor::beat);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_loaded && isDirty() != m_announcedEditing)
            beat();
    });
    reload();
}

void IncidentEditor::beat()
{
    const bool editing = m_loaded && isDirty();
    m_announcedEditing = editing;
    const User user = m_session.user;
    const Id id = m_incidentId;
    m_session.worker->post([user, id, editing](Database &db) {
        (void)PresenceRepository(db, user, PresenceRepository::thisWorkstation()).beat(QStringLiteral("incident"), id, editing);
    });
    if (!m_heartbeat->isActive())
        m_heartbeat->start();
}

void IncidentEditor::presenceChanged()
{
    const User user = m_session.user;
    const Id id = m_incidentId;
    m_session.worker->call<Result<QList<PresenceEntry>>>(
        this,
        [user, id](Database &db) {
            return PresenceRepository(db, user, PresenceRepository::thisWorkstation()).others(QStringLiteral("incident"), id);
        },
        [this](Result<QList<PresenceEntry>> others) {
            if (!others.ok())
                return;
            QStringList editing;
            QStringList viewing;
            for (const PresenceEntry &e : others.value())
                (e.editing ? editing : viewing) << e.user;
            editing.removeDuplicates();
            viewing.removeDuplicates();
            QStringList parts;
            if (!editing.isEmpty())
                parts << tr("%1 editing now").arg(editing.join(QStringLiteral(", ")));
            if (!viewing.isEmpty())
                parts << tr("open for %1").arg(viewing.join(QStringLiteral(", ")));
            m_presence->setText(parts.isEmpty() ? QString() : QStringLiteral("✎ ") + parts.join(QStringLiteral(" · ")));
            m_presence->setToolTip(editing.isEmpty() ? QString()
                                                     : tr("Someone else is changing this incident: if you both save, "
                                                          "you will merge field by field."));
        });
}

QString IncidentEditor::presenceText() const
{
    return m_presence->text();
}

IncidentEditor::~IncidentEditor()
{
    // The undo stack says "clean" once more as it goes; this editor is no longer there to hear it.
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget *IncidentEditor::createDetailsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What customers see, e.g. “Card payments fail at checkout”"));
    form->addRow(tr("&Title:"), m_title);

    auto *row = new QHBoxLayout;
    m_impact = new QComboBox(page);
    m_impact->setObjectName(QStringLiteral("impactCombo"));
    for (ImpactLevel level : allValues<ImpactLevel>())
        m_impact->addItem(label(level), int(level));
    row->addWidget(m_impact);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Owner:"), page));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setEditable(true);
    m_owner->setMinimumContentsLength(20);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row->addWidget(m_owner);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Public update every:"), page));
    m_cadence = new QSpinBox(page);
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setRange(1, 24 * 7);
    m_cadence->setSuffix(tr(" h"));
    m_cadence->setToolTip(tr("The policy promises a public report every day: 24 hours at most."));
    row->addWidget(m_cadence);
    row->addStretch(1);
    form->addRow(tr("Impact level:"), row);

    m_servicesTable = new QTableWidget(0, 2, page);
    m_servicesTable->setObjectName(QStringLiteral("servicesTable"));
    m_servicesTable->setHorizontalHeaderLabels({tr("Affected service"), tr("Status")});
    m_servicesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_servicesTable->verticalHeader()->hide();
    m_servicesTable->setMaximumHeight(210);
    m_servicesTable->verticalHeader()->setDefaultSectionSize(m_servicesTable->fontMetrics().height() + 14);
    m_servicesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    form->addRow(tr("Services:"), m_servicesTable);

    m_description = textArea(QStringLiteral("descriptionEdit"), tr("What is happening, in words customers understand."), page);
    form->addRow(tr("&Description:"), m_description);
    m_impactSummary = textArea(QStringLiteral("impactSummaryEdit"),
                               tr("What customers cannot do on the site, or what is slower."), page);
    form->addRow(tr("Impact on &using the site:"), m_impactSummary);
    m_journeys = textArea(QStringLiteral("journeysEdit"), tr("One per line, e.g. “Pay by card”, “Download an invoice”."), page);
    form->addRow(tr("Affected user &journeys:"), m_journeys);
    m_workaround = textArea(QStringLiteral("workaroundEdit"), tr("What customers can do meanwhile, if anything."), page);
    form->addRow(tr("&Workaround:"), m_workaround);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget *IncidentEditor::createUpdatesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_updatesTable = new QTableWidget(0, 6, page);
    m_updatesTable->setObjectName(QStringLiteral("updatesTable"));
    m_updatesTable->setHorizontalHeaderLabels(
        {tr("Written"), tr("Kind"), tr("Status"), tr("Author"), tr("Reviewed by"), tr("Review comment")});
    m_updatesTable->horizontalHeader()->setStretchLastSection(true);
    m_updatesTable->verticalHeader()->hide();
    m_updatesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_updatesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_updatesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_updatesTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open"), page);
    open->setObjectName(QStringLiteral("openUpdateButton"));
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto openCurrent = [this] {
        const int row = m_updatesTable->currentRow();
        if (row >= 0 && row < m_updates.size())
            openComposer(m_updates.at(row).kind, m_updates.at(row).id);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_updatesTable, &QTableWidget::cellDoubleClicked, this, openCurrent);
    return page;
}

QWidget *IncidentEditor::createReportsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_reportsSummary->setObjectName(QStringLiteral("reportsSummary"));
    layout->addWidget(m_reportsSummary);
    m_reportsView = new QTableView(page);
    m_reportsView->setObjectName(QStringLiteral("reportsView"));
    m_reportsView->setModel(m_reports);
    m_reportsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportsView->verticalHeader()->hide();
    m_reportsView->verticalHeader()->setDefaultSectionSize(m_reportsView->fontMetrics().height() + 8);
    m_reportsView->horizontalHeader()->setSectionResizeMode(LinkedReportsModel::Subject, QHeaderView::Stretch);
    m_reportsView->setAlternatingRowColors(true);
    layout->addWidget(m_reportsView, 1);
    auto *buttons = new QHBoxLayout;
    auto *unlink = new QPushButton(tr("Send back to triage"), page);
    unlink->setObjectName(QStringLiteral("unlinkButton"));
    unlink->setToolTip(tr("Unlink the selected reports: they return to the triage queue as new."));
    auto *move = new QPushButton(tr("Move to another incident…"), page);
    move->setObjectName(QStringLiteral("moveButton"));
    buttons->addWidget(unlink);
    buttons->addWidget(move);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(unlink, &QPushButton::clicked, this, [this] { moveSelectedReports(true); });
    connect(move, &QPushButton::clicked, this, [this] { moveSelectedReports(false); });
    return page;
}

QWidget *IncidentEditor::createTimelineTab()
{
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What happened")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformRowHeights(false);
    return m_timeline;
}

QWidget *IncidentEditor::createReviewTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Root cause — what made it happen, found after the resolution:"), page));
    m_rootCause = textArea(QStringLiteral("rootCauseEdit"), tr("e.g. “The payment gateway's certificate expired.”"), page);
    layout->addWidget(m_rootCause, 1);
    layout->addWidget(new QLabel(tr("Preventive actions — what keeps it from happening again:"), page));
    m_actions = new QTableWidget(0, 4, page);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due (YYYY-MM-DD)"), tr("Done")});
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    layout->addWidget(m_actions, 2);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add action"), page);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto *remove = new QPushButton(tr("Remove action"), page);
    remove->setObjectName(QStringLiteral("removeActionButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        Incident next = currentValues();
        next.actions.append({0, tr("New preventive action"), m_session.user.name, Clock::now().date().addDays(14), false});
        showWidgets(next);
        recordEdit();
        m_actions->setCurrentCell(int(next.actions.size() - 1), 0);
        m_actions->editItem(m_actions->item(int(next.actions.size() - 1), 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_actions->currentRow();
        if (row < 0)
            return;
        Incident next = currentValues();
        next.actions.removeAt(row);
        showWidgets(next);
        recordEdit();
    });
    return page;
}

void IncidentEditor::watchEdits()
{
    for (QPlainTextEdit *edit : {m_description, m_impactSummary, m_journeys, m_workaround, m_rootCause}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &IncidentEditor::recordEdit);
        edit->installEventFilter(this);
    }
    connect(m_title, &QLineEdit::textEdited, this, &IncidentEditor::recordEdit);
    m_title->installEventFilter(this);
    connect(m_impact, &QComboBox::currentIndexChanged, this, &IncidentEditor::recordEdit);
    connect(m_owner, &QComboBox::currentTextChanged, this, &IncidentEditor::recordEdit);
    connect(m_cadence, &QSpinBox::valueChanged, this, &IncidentEditor::recordEdit);
    connect(m_servicesTable, &QTableWidget::itemChanged, this, &IncidentEditor::recordEdit);
    connect(m_actions, &QTableWidget::itemChanged, this, &IncidentEditor::recordEdit);
}

bool IncidentEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields would keep Ctrl+Z for their own undo; the editor's stack covers them all.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentEditor::reload()
{
    const Id id = m_incidentId;
    const User user = m_session.user;
    m_session.worker->call<Result<Loaded>>(
        this,
        [id, user](Database &db) -> Result<Loaded> {
            Loaded data;
            IncidentRepository incidents(db, user);
            auto incident = incidents.get(id);
            if (!incident.ok())
                return incident.error();
            data.incident = incident.value();
            auto scope = incidents.scope(id);
            if (!scope.ok())
                return scope.error();
            data.reports = scope->reports;
            data.customers = scope->customers;
            auto first = incidents.linkedReports(id, LinkedReportsModel::kPage);
            if (!first.ok())
                return first.error();
            data.firstReports = first.value();
            auto updates = UpdateRepository(db, user).forIncident(id);
            if (!updates.ok())
                return updates.error();
            data.updates = updates.value();
            data.services = ServiceRepository(db).list().value_or({});
            data.users = UserRepository(db).list().value_or({});
            return data;
        },
        [this](Result<Loaded> result) {
            if (!result.ok()) {
                showBanner(tr("Could not open the incident: %1").arg(result.errorString()), true, tr("Try again"),
                           [this] { reload(); });
                setEnabled(true);
                emit failed(result.errorString());
                return;
            }
            applyLoaded(result.value());
        });
}

void IncidentEditor::applyLoaded(const Loaded &data)
{
    const bool first = !m_loaded;
    const bool keepEdits = m_loaded && isDirty();
    const bool changedElsewhere = m_loaded && data.incident.version != m_base.version;
    if (keepEdits && changedElsewhere) {
        // Someone else saved while the user edits: keep the base the edits started from, so that
        // saving meets the conflict and offers the merge instead of overwriting their work.
        const Incident started = m_base;
        m_base = data.incident;
        for (IncidentMerge::Field f : IncidentMerge::allFields())
            IncidentMerge::copyField(m_base, started, f);
        m_base.version = started.version;
        m_base.state = started.state;
        showBanner(tr("Someone changed this incident on another workstation. Your edits are kept; when you save, "
                      "you will see both versions and choose."),
                   false, tr("Save and merge"), [this] { save(); });
    } else {
        m_base = data.incident;
    }
    m_updates = data.updates;
    m_services = data.services;
    m_ackUnderway = false;
    m_resolutionUnderway = false;
    for (const Update &u : std::as_const(m_updates)) {
        if (u.status == UpdateStatus::Draft || u.status == UpdateStatus::ChangesRequested)
            continue;
        m_ackUnderway |= u.kind == UpdateKind::Acknowledgement;
        m_resolutionUnderway |= u.kind == UpdateKind::Resolution;
    }

    {
        const QSignalBlocker blockOwner(m_owner);
        const QString owner = m_owner->currentText();
        m_owner->clear();
        for (const User &u : data.users) {
            if (u.active)
                m_owner->addItem(u.displayName.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.displayName, u.name), u.name);
        }
        m_owner->setCurrentText(owner);
    }
    {
        const QSignalBlocker block(m_servicesTable);
        // Affected services first, then the others by name.
        std::stable_sort(m_services.begin(), m_services.end(), [this](const Service &a, const Service &b) {
            return m_base.serviceKeys.contains(a.key) && !m_base.serviceKeys.contains(b.key);
        });
        m_servicesTable->setRowCount(int(m_services.size()));
        for (int r = 0; r < m_services.size(); ++r) {
            const Service &s = m_services.at(r);
            auto *item = new QTableWidgetItem(s.name);
            item->setData(Qt::UserRole, s.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            m_servicesTable->setItem(r, 0, item);
            auto *status = new QComboBox(m_servicesTable);
            status->setObjectName(QStringLiteral("serviceStatus_") + s.key);
            for (ServiceStatus st : allValues<ServiceStatus>())
                status->addItem(label(st), int(st));
            status->setCurrentIndex(status->findData(int(s.status)));
            status->setEnabled(m_session.user.isLead());
            status->setToolTip(m_session.user.isLead() ? tr("Changes the service's public status at once")
                                                       : tr("Team leads set a service's public status"));
            connect(status, &QComboBox::activated, this, [this, s, status] {
                refreshServiceStatus(s.id, ServiceStatus(status->currentData().toInt()), s.version);
            });
            m_servicesTable->setCellWidget(r, 1, status);
        }
    }

    if (keepEdits) {
        // Reloaded under the user's edits: what they typed stays as it is.
        Incident shown = currentValues();
        shown.version = m_base.version;
        shown.state = m_base.state;
        showWidgets(shown);
    } else {
        showWidgets(m_base);
        if (first || changedElsewhere)
            m_undo->clear(); // the old steps would undo someone else's work
    }

    m_stateCombo->clear();
    for (IncidentState to : Lifecycle::allowedTargets(m_base.state))
        m_stateCombo->addItem(label(to), int(to));
    m_changeState->setEnabled(m_stateCombo->count() > 0);
    m_exportAction->setEnabled(m_base.state != IncidentState::Reported);

    const QLocale locale;
    m_updatesTable->setRowCount(int(m_updates.size()));
    for (int r = 0; r < m_updates.size(); ++r) {
        const Update &u = m_updates.at(r);
        const QStringList cells{locale.toString(u.createdAt.toLocalTime(), QLocale::ShortFormat), label(u.kind),
                                label(u.status), u.author, u.approver, u.reviewComment};
        for (int c = 0; c < cells.size(); ++c)
            m_updatesTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (u.status == UpdateStatus::ChangesRequested)
            m_updatesTable->item(r, 2)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_updatesTable->resizeColumnsToContents();

    m_reports->reset(m_incidentId, data.firstReports, data.reports);
    m_reportsSummary->setText(tr("%n report(s)", nullptr, int(data.reports)) + QStringLiteral(" · ")
                              + tr("%n customer(s)", nullptr, int(data.customers)));
    m_reportsView->resizeColumnToContents(LinkedReportsModel::Received);

    m_loaded = true;
    setEnabled(true);
    updateHeader();
    updateCadence();
    if (first) {
        beat();
        presenceChanged();
    }
    emit loaded();
    loadTimeline();
}

void IncidentEditor::loadTimeline()
{
    const Id id = m_incidentId;
    const User user = m_session.user;
    m_session.worker->call<Result<QList<TimelineEntry>>>(
        this, [id, user](Database &db) { return IncidentRepository(db, user).timeline(id); },
        [this](Result<QList<TimelineEntry>> result) {
            m_timeline->clear();
            if (!result.ok()) {
                m_timeline->addTopLevelItem(new QTreeWidgetItem(
                    QStringList{QString(), QString(), tr("Could not load the timeline: %1").arg(result.errorString())}));
                return;
            }
            const QLocale locale;
            // Newest first: what happened last is what people look for.
            QList<QTreeWidgetItem *> items;
            for (auto it = result->crbegin(); it != result->crend(); ++it) {
                auto *item = new QTreeWidgetItem(
                    QStringList{locale.toString(it->at.toLocalTime(), QLocale::ShortFormat), it->actor, timelineText(*it)});
                item->setData(0, Qt::UserRole, it->action);
                if (it->action == QLatin1String("update.publish") || it->action == QLatin1String("incident.state")) {
                    QFont bold = item->font(2);
                    bold.setBold(true);
                    item->setFont(2, bold);
                }
                items << item;
            }
            m_timeline->addTopLevelItems(items);
            m_timeline->resizeColumnToContents(0);
            m_timeline->resizeColumnToContents(1);
            emit timelineLoaded();
        });
}

void IncidentEditor::showWidgets(const Incident &incident)
{
    m_applying = true;
    if (m_title->text() != incident.title)
        m_title->setText(incident.title);
    setText(m_description, incident.description);
    setText(m_impactSummary, incident.impactSummary);
    setText(m_journeys, incident.userJourneys);
    setText(m_workaround, incident.workaround);
    setText(m_rootCause, incident.rootCause);
    m_impact->setCurrentIndex(m_impact->findData(int(incident.impact)));
    const int ownerIndex = m_owner->findData(incident.owner);
    if (ownerIndex >= 0)
        m_owner->setCurrentIndex(ownerIndex);
    else
        m_owner->setCurrentText(incident.owner);
    m_cadence->setValue(qMax(1, incident.cadenceMinutes / 60));
    for (int r = 0; r < m_servicesTable->rowCount(); ++r) {
        QTableWidgetItem *item = m_servicesTable->item(r, 0);
        item->setCheckState(incident.serviceKeys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_actions->setRowCount(int(incident.actions.size()));
    for (int r = 0; r < incident.actions.size(); ++r) {
        const PreventiveAction &a = incident.actions.at(r);
        auto *description = new QTableWidgetItem(a.description);
        description->setData(Qt::UserRole, a.id);
        m_actions->setItem(r, 0, description);
        m_actions->setItem(r, 1, new QTableWidgetItem(a.owner));
        m_actions->setItem(r, 2, new QTableWidgetItem(a.dueDate.toString(Qt::ISODate)));
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(a.done ? Qt::Checked : Qt::Unchecked);
        m_actions->setItem(r, 3, done);
    }
    m_shown = incident;
    m_applying = false;
    updateHeader();
}

QList<PreventiveAction> IncidentEditor::actionsFromTable() const
{
    QList<PreventiveAction> out;
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        auto text = [&](int c) { return m_actions->item(r, c) ? m_actions->item(r, c)->text() : QString(); };
        PreventiveAction a;
        a.id = m_actions->item(r, 0) ? m_actions->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
        a.description = text(0);
        a.owner = text(1);
        a.dueDate = QDate::fromString(text(2).trimmed(), Qt::ISODate);
        a.done = m_actions->item(r, 3) && m_actions->item(r, 3)->checkState() == Qt::Checked;
        out.append(a);
    }
    return out;
}

Incident IncidentEditor::currentValues() const
{
    Incident i = m_shown;
    i.title = m_title->text();
    i.description = m_description->toPlainText();
    i.impactSummary = m_impactSummary->toPlainText();
    i.userJourneys = m_journeys->toPlainText();
    i.workaround = m_workaround->toPlainText();
    i.rootCause = m_rootCause->toPlainText();
    i.impact = ImpactLevel(m_impact->currentData().toInt());
    const int ownerIndex = m_owner->findText(m_owner->currentText());
    i.owner = ownerIndex >= 0 ? m_owner->itemData(ownerIndex).toString() : m_owner->currentText().trimmed();
    i.cadenceMinutes = m_cadence->value() * 60;
    i.serviceKeys.clear();
    for (int r = 0; r < m_servicesTable->rowCount(); ++r) {
        if (m_servicesTable->item(r, 0)->checkState() == Qt::Checked)
            i.serviceKeys << m_servicesTable->item(r, 0)->data(Qt::UserRole).toString();
    }
    i.actions = actionsFromTable();
    return i;
}

bool IncidentEditor::isDirty() const
{
    return m_loaded && !IncidentMerge::changedFields(m_base, currentValues()).isEmpty();
}

void IncidentEditor::recordEdit()
{
    if (m_applying || !m_loaded)
        return;
    const Incident now = currentValues();
    const QList<IncidentMerge::Field> changed = IncidentMerge::changedFields(m_shown, now);
    if (changed.isEmpty())
        return;
    const bool typing = changed.size() == 1 && isTextField(changed.first());
    const QString text = changed.size() == 1 ? tr("Edit %1").arg(label(changed.first())) : tr("Edit");
    auto *command = new EditSnapshotCommand(this, m_shown, now, typing ? int(changed.first()) : -1, text);
    m_shown = now;
    m_undo->push(command);
    updateHeader();
}

void IncidentEditor::save()
{
    saveThen({});
}

void IncidentEditor::saveThen(std::function<void()> then)
{
    if (!m_loaded || m_saving)
        return;
    if (!isDirty()) {
        if (then)
            then();
        return;
    }
    const Incident mine = currentValues();
    if (mine.title.trimmed().isEmpty()) {
        showBanner(tr("The title cannot be empty: customers read it first."), true);
        m_title->setFocus();
        return;
    }
    m_saving = true;
    const User user = m_session.user;
    m_session.worker->call<Result<Incident>>(
        this, [mine, user](Database &db) { return IncidentRepository(db, user).save(mine); },
        [this, mine, then](Result<Incident> result) {
            m_saving = false;
            if (result.ok()) {
                m_base = result.value();
                // New preventive actions got their ids; what the user typed meanwhile stays.
                Incident shown = currentValues();
                shown.version = m_base.version;
                if (IncidentMerge::changedFields(mine, shown).isEmpty())
                    shown = m_base;
                showWidgets(shown);
                m_undo->setClean();
                showBanner(tr("Saved."), false);
                updateHeader();
                emit saved();
                loadTimeline();
                if (then)
                    then();
                return;
            }
            if (result.error().code == Error::Code::Conflict) {
                const Id id = m_incidentId;
                const User user = m_session.user;
                m_session.worker->call<Result<Incident>>(
                    this, [id, user](Database &db) { return IncidentRepository(db, user).get(id); },
                    [this, mine](Result<Incident> theirs) {
                        if (!theirs.ok()) {
                            showBanner(theirs.errorString(), true);
                            return;
                        }
                        offerMerge(mine, theirs.value());
                    });
                return;
            }
            if (result.error().code == Error::Code::Unavailable) {
                keepOffline(mine);
                return;
            }
            showBanner(tr("Not saved: %1 Your text is still here.").arg(result.errorString()), true, tr("Try again"),
                       [this] { save(); });
            emit failed(result.errorString());
        },
        [this, mine] { keepOffline(mine); });
}

void IncidentEditor::keepOffline(const Incident &mine)
{
    m_saving = false;
    auto outbox = Outbox::open();
    Result<OutboxOperation> queued = outbox.ok() ? outbox.value()->saveIncident(mine, m_base) : Result<OutboxOperation>(outbox.error());
    if (!queued.ok()) {
        showBanner(tr("Not saved, and it cannot be kept on this computer either: %1 Your text is still here.")
                       .arg(queued.errorString()),
                   true, tr("Try again"), [this] { save(); });
        emit failed(queued.errorString());
        return;
    }
    // Saved as far as the user is concerned: it is on the disk and goes out, in order, on reconnect.
    Incident kept = mine;
    kept.version = m_base.version;
    m_base = kept;
    m_undo->setClean();
    updateHeader();
    showBanner(tr("The database cannot be reached. Your changes are kept on this computer and will be saved as soon "
                  "as it is back."),
               false);
    emit keptOffline();
}

void IncidentEditor::resolveOfflineConflict(const Incident &base, const Incident &mine, qint64 outboxSeq)
{
    auto offer = [this, base, mine, outboxSeq] {
        const Incident theirs = m_base;
        m_base = base;
        m_pendingOutboxSeq = outboxSeq;
        showBanner(tr("What you saved while offline meets changes made meanwhile on another workstation: choose "
                      "what to keep."),
                   true);
        offerMerge(mine, theirs);
    };
    if (m_loaded) {
        offer();
        return;
    }
    auto *once = new QObject(this);
    connect(this, &IncidentEditor::loaded, once, [once, offer] {
        offer();
        once->deleteLater();
    });
}

void IncidentEditor::offerMerge(const Incident &mine, const Incident &theirs)
{
    const IncidentMerge::Outcome outcome = IncidentMerge::merge(m_base, mine, theirs);
    auto *dialog = new MergeDialog(mine, theirs, outcome, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, theirs] {
        if (m_pendingOutboxSeq > 0) {
            // The offline edit is now part of the merge: it leaves the outbox.
            if (auto outbox = Outbox::open(); outbox.ok())
                (void)outbox.value()->resolve(m_pendingOutboxSeq);
            m_pendingOutboxSeq = 0;
        }
        const Incident merged = dialog->result();
        m_base = theirs;
        Incident shown = merged;
        shown.version = theirs.version;
        shown.state = theirs.state;
        auto *command = new EditSnapshotCommand(this, m_shown, shown, -1, tr("Merge with the other workstation"));
        showWidgets(shown);
        m_undo->push(command);
        save();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        showBanner(tr("Not saved: another workstation changed this incident. Your changes are still here; save again "
                      "to compare and merge."),
                   true, tr("Merge…"), [this] { save(); });
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit mergeOffered(dialog);
}

void IncidentEditor::changeState(IncidentState to)
{
    if (!m_loaded)
        return;
    saveThen([this, to] {
        const Id id = m_incidentId;
        const int version = m_base.version;
        const User user = m_session.user;
        m_session.worker->call<Result<Incident>>(
            this, [id, to, version, user](Database &db) { return IncidentRepository(db, user).transition(id, to, version); },
            [this, to](Result<Incident> result) {
                if (!result.ok()) {
                    // The policy's preconditions say which update is missing: offer to write it.
                    if (to == IncidentState::Acknowledged && !m_ackUnderway)
                        showBanner(result.errorString(), true, tr("Write the acknowledgement"),
                                   [this] { openComposer(UpdateKind::Acknowledgement); });
                    else if (to == IncidentState::Resolved && !m_resolutionUnderway)
                        showBanner(result.errorString(), true, tr("Write the resolution"),
                                   [this] { openComposer(UpdateKind::Resolution); });
                    else if (to == IncidentState::Reviewed)
                        showBanner(result.errorString(), true, tr("Open the review"),
                                   [this] { m_tabs->setCurrentIndex(4); });
                    else
                        showBanner(result.errorString(), true);
                    emit failed(result.errorString());
                    return;
                }
                showBanner(tr("%1 is now “%2”.").arg(result->reference, label(result->state)), false);
                emit stateChanged(result->state);
                reload();
            },
            [this] {
                showBanner(tr("The database cannot be reached: the state was not changed. Try again when it is back."), true);
                emit failed(tr("offline"));
            });
    });
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
    QStringList serviceNames;
    for (const Service &s : std::as_const(m_services)) {
        if (m_base.serviceKeys.contains(s.key))
            serviceNames << s.name;
    }
    auto *composer = new UpdateComposer(m_session, m_base, serviceNames, kind, updateId, this);
    m_composers.append(composer);
    connect(composer, &UpdateComposer::changed, this, &IncidentEditor::reload);
    composer->show();
    emit composerOpened(composer);
    return composer;
}

void IncidentEditor::moveSelectedReports(bool unlink)
{
    QList<Id> ids;
    for (const QModelIndex &index : m_reportsView->selectionModel()->selectedRows())
        ids << m_reports->data(index, Qt::UserRole).toLongLong();
    if (ids.isEmpty()) {
        showBanner(tr("Select the reports first."), true);
        return;
    }
    const Id from = m_incidentId;
    const User user = m_session.user;
    if (unlink) {
        m_session.worker->call<Result<int>>(
            this, [from, ids, user](Database &db) { return IncidentRepository(db, user).moveReports(from, ids, 0); },
            [this](Result<int> moved) {
                if (!moved.ok()) {
                    showBanner(moved.errorString(), true);
                    return;
                }
                showBanner(tr("%n report(s) sent back to the triage queue.", nullptr, moved.value()), false);
                reload();
            });
        return;
    }
    m_session.worker->call<Result<QList<Incident>>>(
        this, [user](Database &db) { return IncidentRepository(db, user).list(true); },
        [this, ids, from, user](Result<QList<Incident>> open) {
            if (!open.ok()) {
                showBanner(open.errorString(), true);
                return;
            }
            QStringList choices;
            QList<Id> targets;
            for (const Incident &i : open.value()) {
                if (i.id == from)
                    continue;
                choices << QStringLiteral("%1 — %2").arg(i.reference, i.title);
                targets << i.id;
            }
            if (targets.isEmpty()) {
                showBanner(tr("There is no other open incident to move the reports to."), true);
                return;
            }
            auto *dialog = new QInputDialog(this);
            dialog->setObjectName(QStringLiteral("moveReportsDialog"));
            dialog->setWindowTitle(tr("Move reports"));
            dialog->setLabelText(tr("Move %n report(s) to:", nullptr, int(ids.size())));
            dialog->setComboBoxItems(choices);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QInputDialog::textValueSelected, this, [this, choices, targets, ids, from, user](const QString &text) {
                const Id to = targets.value(choices.indexOf(text));
                m_session.worker->call<Result<int>>(
                    this, [from, ids, to, user](Database &db) { return IncidentRepository(db, user).moveReports(from, ids, to); },
                    [this](Result<int> moved) {
                        if (!moved.ok()) {
                            showBanner(moved.errorString(), true);
                            return;
                        }
                        showBanner(tr("%n report(s) moved.", nullptr, moved.value()), false);
                        reload();
                    });
            });
            dialog->open();
        });
}

void IncidentEditor::refreshServiceStatus(Id serviceId, ServiceStatus status, int version)
{
    const QString actor = m_session.user.name;
    m_session.worker->call<Status>(
        this, [serviceId, status, version, actor](Database &db) { return ServiceRepository(db).setStatus(serviceId, status, version, actor); },
        [this, status](Status done) {
            if (!done.ok())
                showBanner(tr("The service's status was not changed: %1").arg(done.errorString()), true);
            else
                showBanner(tr("Service status set to “%1”.").arg(label(status)), false);
            reload();
        });
}

void IncidentEditor::updateHeader()
{
    if (!m_loaded)
        return;
    const bool dirty = isDirty();
    m_heading->setText(QStringLiteral("%1 · %2").arg(m_base.reference, m_base.title));
    setWindowTitle(QStringLiteral("%1%2 — %3").arg(dirty ? QStringLiteral("● ") : QString(), m_base.reference, m_base.title));
    m_stateLabel->setText(tr("State: %1 · Impact: %2").arg(label(m_base.state), label(m_base.impact)));
}

void IncidentEditor::updateCadence()
{
    if (!m_loaded)
        return;
    const QDateTime due = Cadence::nextDue(m_base.state, m_base.lastPublishedAt, m_base.acknowledgedAt, m_base.cadenceMinutes);
    const Cadence::Standing standing = Cadence::standing(m_base.state, due, Clock::now());
    m_cadenceLabel->setProperty("standing", Cadence::toKey(standing));
    if (!due.isValid()) {
        m_cadenceLabel->setText(Lifecycle::isOpen(m_base.state) && m_base.state == IncidentState::Reported
                                    ? tr("Acknowledge it: the daily updates start then")
                                    : QString());
        m_cadenceLabel->setStyleSheet({});
        return;
    }
    const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
    switch (standing) {
    case Cadence::Standing::Overdue:
        m_cadenceLabel->setText(tr("Public update overdue since %1").arg(when));
        m_cadenceLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 3px 8px; border-radius: 4px;"));
        break;
    case Cadence::Standing::DueSoon:
        m_cadenceLabel->setText(tr("Next public update due %1").arg(when));
        m_cadenceLabel->setStyleSheet(QStringLiteral("color: black; background: #ffd8a8; padding: 3px 8px; border-radius: 4px;"));
        break;
    default:
        m_cadenceLabel->setText(tr("Next public update due %1").arg(when));
        m_cadenceLabel->setStyleSheet({});
        break;
    }
}

QString IncidentEditor::bannerText() const
{
    return m_banner->isVisible() || !m_bannerText->text().isEmpty() ? m_bannerText->text() : QString();
}

void IncidentEditor::showBanner(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    m_bannerText->setText(text);
    m_bannerAction = std::move(action);
    m_bannerButton->setText(actionText);
    m_bannerButton->setVisible(!actionText.isEmpty());
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fbe0df; color: #5f1410;")
                                  : QStringLiteral("background: #e3f1e5; color: #0b4019;"));
    m_banner->show();
}

void IncidentEditor::closeEvent(QCloseEvent *event)
{
    if (isDirty()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("Save your changes to %1 before closing?").arg(m_base.reference),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            saveThen([this] {
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
    m_heartbeat->stop();
    const User user = m_session.user;
    const Id id = m_incidentId;
    m_session.worker->post([user, id](Database &db) {
        (void)PresenceRepository(db, user, PresenceRepository::thisWorkstation()).leave(QStringLiteral("incident"), id);
    });
    event->accept();
}

} // namespace desk::ui
