// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagepage.h"
#include "widgets/tones.h"

#include "core/clock.h"
#include "widgets/highlightdelegate.h"
#include "widgets/layoutmemory.h"
#include "domain/labels.h"
#include "importdialog.h"
#include "newincidentdialog.h"
#include "phonereportdialog.h"
#include "reportdetailpane.h"
#include "triage/attachmentfile.h"
#include "triage/triagequeue.h"
#include "widgets/filedialog.h"
#include "triagefilterbar.h"
#include "triagemodel.h"

#include <QAction>

#include <algorithm>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace desk::ui {

TriagePage::TriagePage(const Session &session, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_model(new TriageModel(session.worker, this)),
      m_triage(new TriageActions(session.worker, session.user, this)),
      m_view(new QTableView(this)),
      m_highlight(new HighlightDelegate(this)),
      m_filters(new TriageFilterBar(session.user.name, this)),
      m_detail(new ReportDetailPane(this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_spikeBanner(new QFrame(this)),
      m_spikeText(new QLabel(m_spikeBanner)),
      m_detailTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("triagePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *heading = new QLabel(tr("Triage"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(m_filters);

    createSpikeBanner();
    layout->addWidget(m_spikeBanner);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setToolTip(tr("Click a status to show its reports."));
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (auto status = fromKey<ReportStatus>(link.mid(7)))
            m_filters->showStatus(*status);
    });
    layout->addWidget(m_summary);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("triageToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    setUpView();
    setAcceptDrops(true); // a file of reports dropped on the queue is imported

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 280});
    LayoutMemory::keep(splitter, QStringLiteral("triage"));
    layout->addWidget(splitter, 1);

    createActions();
    toolbar->addActions(m_actions);
    m_view->addActions(m_actions);

    connectModel();

    ReportQuery initial = m_filters->query();
    m_model->setQuery(initial);
}

void TriagePage::createSpikeBanner()
{
    m_spikeBanner->setObjectName(QStringLiteral("spikeBanner"));
    m_spikeBanner->setStyleSheet(QStringLiteral("#spikeBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                                     .arg(Tones::css(Tones::background(Tones::Tone::Warning, palette())),
                                          Tones::css(Tones::border(Tones::Tone::Warning, palette()))));
    auto *spikeLayout = new QHBoxLayout(m_spikeBanner);
    spikeLayout->addWidget(m_spikeText, 1);
    auto *spikeButton = new QPushButton(tr("Create an incident from them"), m_spikeBanner);
    spikeButton->setObjectName(QStringLiteral("spikeButton"));
    spikeLayout->addWidget(spikeButton);
    m_spikeBanner->hide();
    connect(spikeButton, &QPushButton::clicked, this, [this] {
        QList<SeenReport> reports;
        for (Id id : std::as_const(m_spikeReports))
            reports.append({id, -1});
        openIncidentDialog(reports, tr("Problem with %1").arg(m_spikeService), m_spikeService);
    });
}

void TriagePage::setUpView()
{
    m_view->setObjectName(QStringLiteral("queue"));
    m_view->setAccessibleName(tr("Reports"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(TriageModel::Received, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setItemDelegateForColumn(TriageModel::Subject, m_highlight);
    m_view->setItemDelegateForColumn(TriageModel::Customer, m_highlight);
    // Dates and ages as wide as this language writes them (a French date is longer than an
    // English one, "47 Std." than "47 h").
    QList<int> widths{118, 42, 120, 92, 40, 88, 250, 88, 100, 70};
    const QFontMetrics metrics = m_view->fontMetrics();
    const QDateTime longest(QDate(2026, 12, 28), QTime(23, 58));
    widths[TriageModel::Received] = metrics.horizontalAdvance(QLocale().toString(longest, QLocale::ShortFormat)) + 18;
    const QString ageHeader = m_model->headerData(TriageModel::Age, Qt::Horizontal).toString();
    widths[TriageModel::Age] = std::max({widths[TriageModel::Age], metrics.horizontalAdvance(TriageModel::tr("%1 min").arg(59)) + 14,
                                     metrics.horizontalAdvance(ageHeader) + 20});
    for (int c = 0; c < widths.size(); ++c) {
        if (widths.at(c) > 0)
            m_view->setColumnWidth(c, widths.at(c));
    }
    // The user's own widths, column order and sort, once they changed them.
    LayoutMemory::keep(m_view->horizontalHeader(), QStringLiteral("triage"));
}

void TriagePage::connectModel()
{
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(120);
    connect(m_detailTimer, &QTimer::timeout, this, &TriagePage::updateDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detailTimer, qOverload<>(&QTimer::start));
    connect(m_model, &TriageModel::blockLoaded, this, [this](int first, int last) {
        const int current = m_view->currentIndex().row();
        if (current >= first && current <= last && m_detail->reportId() != m_model->idAt(current))
            m_detailTimer->start();
    });
    connect(m_model, &TriageModel::countKnown, this, [this](qint64 total) {
        m_summary->setToolTip(tr("%1 reports match the filter").arg(QLocale().toString(total)));
    });
    connect(m_model, &TriageModel::queryLoaded, this, [this] {
        refreshCounts();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, TriageModel::Received));
        emit refreshed();
    });
    connect(m_model, &TriageModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_filters, &TriageFilterBar::queryChanged, this, [this] {
        ReportQuery query = m_filters->query();
        query.sort = m_model->query().sort;
        query.order = m_model->query().order;
        m_highlight->setSearchText(query.text);
        m_model->setQuery(query);
    });
    connect(m_detail, &ReportDetailPane::fileRequested, this, &TriagePage::openFile);
    connect(m_detail, &ReportDetailPane::linkRequested, this, [this](Id incidentId) { linkToSuggestion(incidentId); });

    connect(m_triage, &TriageActions::finished, this, &TriagePage::showOutcome);
    connect(m_triage, &TriageActions::undoAvailable, m_undoAction, &QAction::setEnabled);
}

TriagePage::~TriagePage() = default;

void TriagePage::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &keys, void (TriagePage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    add(tr("Claim"), QKeySequence(Qt::CTRL | Qt::Key_K), &TriagePage::claimSelected)->setObjectName(QStringLiteral("claimAction"));
    add(tr("Release"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &TriagePage::releaseSelected);
    auto *link = new QAction(tr("Link to suggested incident"), this);
    link->setObjectName(QStringLiteral("linkAction"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QAction::triggered, this, [this] { linkToSuggestion(); });
    addAction(link);
    m_actions.append(link);
    add(tr("New incident from selection"), QKeySequence(Qt::CTRL | Qt::Key_N), &TriagePage::createIncidentFromSelection)
        ->setObjectName(QStringLiteral("newIncidentAction"));
    add(tr("New phone report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &TriagePage::newPhoneReport)
        ->setObjectName(QStringLiteral("phoneReportAction"));
    add(tr("Not an incident"), QKeySequence(Qt::CTRL | Qt::Key_D), &TriagePage::markNotIncident)
        ->setObjectName(QStringLiteral("notIncidentAction"));
    add(tr("Duplicate of…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &TriagePage::markDuplicate);
    m_undoAction = add(tr("Undo"), QKeySequence::Undo, &TriagePage::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setEnabled(false);
    add(tr("Shortcuts"), QKeySequence(Qt::Key_F1), &TriagePage::showShortcuts)->setObjectName(QStringLiteral("shortcutsAction"));
    auto *search = new QAction(tr("Search"), this);
    search->setShortcut(QKeySequence::Find);
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QAction::triggered, this, [this] {
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });
    addAction(search);
}

void TriagePage::refresh()
{
    m_model->reload(); // queryLoaded refreshes the counts
}

void TriagePage::reportsChanged(const QList<Id> &updated, bool listChanged)
{
    if (listChanged) {
        refresh();
        return;
    }
    m_model->refreshReports(updated);
    refreshCounts();
}

void TriagePage::refreshCounts()
{
    TriageQueue(m_session.worker, m_session.user).overview(
        this,
        [this](TriageOverview o) {
            if (o.counts.ok()) {
                const QLocale locale;
                QStringList parts;
                for (auto it = o.counts->cbegin(); it != o.counts->cend(); ++it) {
                    if (it.value() > 0)
                        parts << QStringLiteral("<a href=\"status:%1\">%2</a>")
                                     .arg(toKey(it.key()),
                                          tr("%1: %2").arg(label(it.key()), locale.toString(it.value())).toHtmlEscaped());
                }
                m_summary->setText(parts.isEmpty() ? tr("No reports yet. Reports arrive from the contact form, or "
                                                        "import them with 'incident-desk-cli import FILE'.")
                                                   : parts.join(QStringLiteral("  ·  ")));
                emit badgeChanged(int(o.counts->value(ReportStatus::New)));
            }
            if (o.services.ok() && o.services.value().size() != m_services.size()) {
                m_services = o.services.value();
                m_filters->setServices(m_services);
            }
            if (o.spikes.ok() && !o.spikes->isEmpty()) {
                const Spike &spike = o.spikes->first();
                m_spikeReports = spike.reportIds;
                m_spikeService = spike.serviceKey;
                m_spikeText->setText(tr("%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.",
                                        nullptr, int(spike.reportIds.size()))
                                         .arg(spike.serviceName));
                m_spikeBanner->show();
            } else {
                m_spikeBanner->hide();
            }
        });
}

QString TriagePage::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

QString TriagePage::lastMessage() const
{
    return m_message->text();
}

void TriagePage::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(Tones::css(Tones::color(error ? Tones::Tone::Bad : Tones::Tone::Good, palette()))));
    m_message->setVisible(!message.isEmpty());
}

QList<SeenReport> TriagePage::selection() const
{
    QList<SeenReport> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const ReportSummary *s = m_model->summaryAt(index.row()))
            out.append({s->id, s->version});
    }
    if (out.isEmpty()) {
        if (const ReportSummary *s = m_model->summaryAt(m_view->currentIndex().row()))
            out.append({s->id, s->version});
    }
    return out;
}

void TriagePage::showOutcome(const QString &message, bool problem, const QList<Id> &touched)
{
    showMessage(message, problem);
    if (!touched.isEmpty())
        m_model->refreshReports(touched);
    refreshCounts();
    m_detailTimer->start();
    emit actionFinished(message);
}

void TriagePage::claimSelected()
{
    m_triage->claim(selection());
}

void TriagePage::releaseSelected()
{
    m_triage->release(selection());
}

void TriagePage::linkToSuggestion(Id incidentId)
{
    if (incidentId == 0) {
        if (m_detail->suggestions().isEmpty()) {
            showMessage(tr("No suggested incident for this report: create one with Ctrl+N."), true);
            return;
        }
        incidentId = m_detail->suggestions().first().incidentId;
    }
    m_triage->link(selection(), incidentId);
}

void TriagePage::markNotIncident()
{
    m_triage->markNotIncident(selection());
}

void TriagePage::markDuplicate()
{
    const QList<SeenReport> reports = selection();
    if (reports.isEmpty()) {
        showMessage(tr("Select one or more reports first."), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("duplicateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Duplicate of another report"));
    dialog->setLabelText(tr("Reference or number of the original report:"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, reports](const QString &text) { m_triage->markDuplicate(reports, text); });
    dialog->open();
}

void TriagePage::createIncidentFromSelection()
{
    const QList<SeenReport> reports = selection();
    if (reports.isEmpty()) {
        showMessage(tr("Select the reports the incident is about first."), true);
        return;
    }
    QHash<QString, int> services;
    QString title;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const ReportSummary *s = m_model->summaryAt(index.row())) {
            ++services[s->serviceKey];
            if (title.isEmpty())
                title = s->subject;
        }
    }
    QString service;
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        if (service.isEmpty() || it.value() > services.value(service))
            service = it.key();
    }
    openIncidentDialog(reports, title, service);
}

void TriagePage::openIncidentDialog(const QList<SeenReport> &reports, const QString &title, const QString &serviceKey)
{
    auto *dialog = new NewIncidentDialog(m_services, title, serviceKey, int(reports.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reports] { m_triage->createIncident(dialog->incident(), reports); });
    dialog->open();
}

void TriagePage::undo()
{
    m_triage->undo();
}

void TriagePage::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction *action : actions()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text()));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(420, 360);
    dialog->open();
}

void TriagePage::updateDetail()
{
    const Id id = m_model->idAt(m_view->currentIndex().row());
    if (id == 0) {
        m_detail->clear(tr("Select a report to read it."));
        return;
    }
    TriageQueue(m_session.worker, m_session.user).detail(
        this, id,
        [this, id](TriageDetail d) {
            if (m_model->idAt(m_view->currentIndex().row()) != id)
                return; // the selection moved on
            if (!d.report.ok()) {
                m_detail->clear(d.report.errorString());
                return;
            }
            m_detail->showReport(d.report.value(), d.sameCustomer, d.suggestions);
            emit detailShown(id);
        });
}

void TriagePage::openFile(Id reportId, int position)
{
    TriageQueue(m_session.worker, m_session.user).file(this, reportId, position, [this](Result<ReportFile> file) {
        if (!file.ok()) {
            showMessage(file.errorString(), true);
            return;
        }
        if (!AttachmentFile::safeToOpen(file->name, file->contentType)) {
            // It could run, or render as a page: it only goes where the agent saves it.
            const QString target = FileDialog::instance().saveFileName(
                this, tr("Save the customer's file (it is not opened here: it could run or show a web page)"),
                AttachmentFile::safeName(file->name), QString());
            if (target.isEmpty())
                return;
            QFile out(target);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file->data) != file->data.size()) {
                showMessage(tr("Cannot save %1: %2").arg(target, out.errorString()), true);
                return;
            }
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            showMessage(tr("Saved %1.").arg(target));
            return;
        }
        if (!m_files)
            m_files = std::make_unique<QTemporaryDir>();
        auto copy = AttachmentFile::writeCopy(m_files->path(), file->name, file->data);
        if (!copy.ok()) {
            showMessage(copy.errorString(), true);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.value())))
            showMessage(tr("No program on this computer opens %1; it is at %2.").arg(file->name, copy.value()), true);
    });
}

void TriagePage::newPhoneReport()
{
    auto *dialog = new PhoneReportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PhoneReportDialog::added, this, [this] {
        emit actionFinished(tr("The phone report is in the queue."));
        refresh();
    });
    dialog->show();
}

namespace {
/** The files of reports among what is dragged: local .jsonl, .ndjson or .csv files. */
QStringList importable(const QMimeData *data)
{
    QStringList out;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile() && ImportDialog::isImportable(url.toLocalFile()))
            out << url.toLocalFile();
    return out;
}
} // namespace

void TriagePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importable(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TriagePage::dropEvent(QDropEvent *event)
{
    const QStringList files = importable(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &file : files)
        emit importRequested(file);
}

} // namespace desk::ui
