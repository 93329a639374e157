// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "languagemenu.h"
#include "widgets/tones.h"

#include "compose/approvalspage.h"
#include "core/secretstore.h"
#include "core/settings.h"
#include "incident/incidenteditor.h"
#include "incident/incidentspage.h"
#include "helpdialogs.h"
#include "notifier.h"
#include "domain/labels.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "intake/intakepage.h"
#include "metrics/dashboardpage.h"
#include "publish/publicationspage.h"
#include "sync/changefeed.h"
#include "core/logging.h"
#include "publish/publicationrunner.h"
#include "publish/publicationservice.h"
#include "store/dbworker.h"
#include "publish/publicationsdesk.h"
#include "sync/offlinereplay.h"
#include "triage/importdialog.h"
#include "triage/triagepage.h"
#include "compose/updatecomposer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace desk::ui {

namespace {
/** A coloured dot before the connection's state. */
QString dot(Tones::Tone tone)
{
    return QStringLiteral("<span style='color:%1'>●</span> ").arg(Tones::css(Tones::color(tone)));
}
} // namespace

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_databaseLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_connectionLabel(new QLabel(this)),
      m_syncLabel(new QLabel(this)),
      m_refreshTimer(new QTimer(this)),
      m_cadenceTimer(new QTimer(this)),
      m_notifier(new Notifier(session, this)),
      m_feed(new ChangeFeed(this)),
      m_changeDebounce(new QTimer(this)), m_mailDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Incident Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/incident-desk.svg")));

    createPages();
    createActions();
    createStatusBar();
    connectPages();
    followChanges();
    if (session.user.isLead())
        startPublishing();

    m_navigation->setCurrentRow(0);
    m_refreshTimer->setInterval(60 * 1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAll);
    m_refreshTimer->start();

    const QByteArray geometry = Settings::instance().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    refreshAll();
}

void MainWindow::createPages()
{
    const Session &session = m_session;
    m_pageList = {new TriagePage(session, this), new IncidentsPage(session, this), new ApprovalsPage(session, this),
                  new PublicationsPage(session, this), new DashboardPage(session, this)};
    m_pageTitles = {tr("Triage"), tr("Incidents"), tr("Approvals"), tr("Publications"), tr("Dashboard")};
    QStringList icons{QStringLiteral("triage"), QStringLiteral("incidents"), QStringLiteral("approvals"),
                      QStringLiteral("publications"), QStringLiteral("dashboard")};
    if (session.user.role == Role::Admin) {
        m_pageList.append(new IntakePage(session, this));
        m_pageTitles.append(tr("Intake"));
        icons.append(QStringLiteral("intake"));
    }

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(210);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; outline: 0; }"
                                               "QListWidget::item { padding: 9px 8px; border-radius: 6px; }"
                                               "QListWidget::item:selected { background: palette(highlight); "
                                               "color: palette(highlighted-text); }"));
    for (qsizetype i = 0; i < m_pageList.size(); ++i) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icons.at(i))), m_pageTitles.at(i));
        m_navigation->addItem(item);
        m_pages->addWidget(m_pageList.at(i));
        const Page page = Page(i);
        connect(m_pageList.at(i), &desk::ui::Page::badgeChanged, this, [this, page](int count) { setBadge(page, count); });
        connect(m_pageList.at(i), &desk::ui::Page::refreshed, this, [this] {
            if (m_pending > 0 && --m_pending == 0)
                markSynced();
        });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::connectPages()
{
    auto *incidents = static_cast<IncidentsPage *>(m_pageList.at(int(Page::Incidents)));
    auto *approvals = static_cast<ApprovalsPage *>(m_pageList.at(int(Page::Approvals)));
    connect(incidents, &IncidentsPage::openRequested, this, &MainWindow::openIncident);
    connect(static_cast<TriagePage *>(m_pageList.at(int(Page::Triage))), &TriagePage::importRequested, this,
            &MainWindow::importReports);
    connect(static_cast<DashboardPage *>(m_pageList.at(int(Page::Dashboard))), &DashboardPage::openRequested, this,
            &MainWindow::openIncident);
    connect(approvals, &ApprovalsPage::openIncidentRequested, this, &MainWindow::openIncident);
    connect(incidents, &IncidentsPage::cadenceChecked, m_notifier, &Notifier::cadenceChecked);
    connect(approvals, &ApprovalsPage::listed, m_notifier, &Notifier::approvalsListed);
    connect(approvals, &ApprovalsPage::actionDone, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        refreshAll();
    });
    connect(m_notifier, &Notifier::openIncidentRequested, this, &MainWindow::openIncident);
    connect(m_notifier, &Notifier::openApprovalsRequested, this, [this] { showPage(Page::Approvals); });
    connect(m_notifier, &Notifier::notified, this, [this](const QString &title, const QString &text) {
        //: A notification's title, then its text (French puts a space before the colon).
        statusBar()->showMessage(tr("%1: %2").arg(title, text), 15000);
    });
    // Deadlines pass without any change in the database: look at the clock every minute.
    m_cadenceTimer->setInterval(60 * 1000);
    connect(m_cadenceTimer, &QTimer::timeout, incidents, &IncidentsPage::recomputeCadence);
    m_cadenceTimer->start();
}

void MainWindow::followChanges()
{
    // What other workstations do arrives through the change feed; the timer is only a safety net.
    m_changeDebounce->setSingleShot(true);
    m_changeDebounce->setInterval(150);
    connect(m_changeDebounce, &QTimer::timeout, this, [this] {
        if (m_reportListChanged)
            m_pageList.at(int(Page::Triage))->refresh();
        if (m_pagesStale) {
            for (Page p : {Page::Incidents, Page::Approvals, Page::Publications})
                m_pageList.at(int(p))->refresh();
        }
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if (it.value() && (m_changedIncidents.contains(it.key()) || m_changedIncidents.contains(0)))
                it.value()->changedInDatabase();
        }
        m_reportListChanged = m_pagesStale = false;
        m_changedIncidents.clear();
        markSynced();
    });
    m_mailDebounce->setSingleShot(true);
    m_mailDebounce->setInterval(2000);
    connect(m_mailDebounce, &QTimer::timeout, this, [this] { m_pageList.at(int(Page::Publications))->refresh(); });
    connect(m_feed, &ChangeFeed::changed, this, &MainWindow::applyChanges);
    connect(m_feed, &ChangeFeed::connectionChanged, this, &MainWindow::showConnection);
    m_feed->start(m_session.url);
}

void MainWindow::startPublishing()
{
    // A lead's workstation sends the publication jobs too (the service may not run), on a thread
    // and connection of its own, woken by this window's change feed; the database makes sure each
    // job is taken by one sender only. Targets whose secret is not in this keychain are left to
    // a sender that has it.
    m_publisher = new PublicationService(
        m_session.url, m_session.user,
        [](const PublicationTarget &target) {
            return SecretStore::instance().read(PublicationRunner::secretKey(target.id)).value_or(QString());
        },
        m_feed, this);
    connect(m_publisher, &PublicationService::failed, this,
            [](const QString &message) { qCWarning(lcPublish).noquote() << "publishing:" << message; });
    m_publisher->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *import = file->addAction(tr("&Import reports…"), this, [this] { importReports(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *signOut = file->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_pageTitles.size(); ++i) {
        QAction *go = view->addAction(m_pageTitles.at(i), this, [this, i] { showPage(Page(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
    }
    view->addSeparator();
    QAction *helpCenter = view->addAction(tr("Open the &Help Center"), this, &MainWindow::openHelpCenter);
    helpCenter->setObjectName(QStringLiteral("openHelpCenterAction"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    auto *languages = new LanguageMenu(settings);
    settings->addMenu(languages);
    connect(languages, &LanguageMenu::chosen, this, [this](const QString &note) { statusBar()->showMessage(note, 15000); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QList<std::pair<QString, QWidget *>> pages;
        for (qsizetype i = 0; i < m_pageList.size(); ++i)
            pages.append({m_pageTitles.at(i), m_pageList.at(i)});
        HelpDialogs::shortcuts(this, pages)->show();
    });
    keys->setObjectName(QStringLiteral("shortcutsHelpAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    // F1 is the window's now: the triage page's own list is part of it.
    if (auto *own = m_pageList.at(int(Page::Triage))->findChild<QAction *>(QStringLiteral("shortcutsAction")))
        own->setShortcut({});
    help->addAction(tr("&User guide"), this, [this] { HelpDialogs::guide(this)->show(); })
        ->setObjectName(QStringLiteral("guideAction"));
    help->addAction(tr("&About Incident Desk"), this, [this] { HelpDialogs::about(this)->show(); })
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::importReports(const QString &path)
{
    const QString file = !path.isEmpty() ? path
                                         : FileDialog::instance().openFileName(this, tr("Import reports"), QDir::homePath(),
                                                                               tr("Reports (*.jsonl *.ndjson *.csv)"));
    if (file.isEmpty())
        return;
    auto *dialog = new ImportDialog(m_session, file, this);
    dialog->setObjectName(QStringLiteral("importDialog"));
    connect(dialog, &ImportDialog::done, this, [this](qint64 inserted) {
        if (inserted > 0) {
            statusBar()->showMessage(tr("%n report(s) imported into the queue.", nullptr, int(inserted)), 8000);
            refreshAll();
        }
    });
    dialog->show();
}

void MainWindow::openHelpCenter()
{
    PublicationsDesk(m_session.worker, m_session.user).helpCenterIndex(
        this,
        [this](Result<QUrl> index) {
            if (!index.ok()) {
                MessageBox::information(this, tr("Help Center"), index.errorString());
                return;
            }
            if (index->isLocalFile() && !QFileInfo::exists(index->toLocalFile())) {
                MessageBox::information(this, tr("Help Center"),
                                        tr("The Help Center has no page yet: it is written in %1 when the first "
                                           "update is published.")
                                            .arg(QDir::toNativeSeparators(QFileInfo(index->toLocalFile()).path())));
                return;
            }
            emit helpCenterOpened(index.value());
            QDesktopServices::openUrl(index.value());
        },
        [this] {
            MessageBox::information(this, tr("Help Center"), tr("The database cannot be reached right now."));
        });
}

void MainWindow::createStatusBar()
{
    const DatabaseUrl &url = m_session.url;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(url.engine == Engine::Sqlite
                                 ? tr("This computer: %1").arg(url.path)
                                 : tr("Team server: %1@%2/%3").arg(url.user, url.host, url.database));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(tr("%1 · %2").arg(m_session.user.displayName, label(m_session.user.role)));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(dot(Tones::Tone::Good) + tr("Connected"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

desk::ui::Page *MainWindow::page(Page page) const
{
    return m_pageList.value(qsizetype(page));
}

void MainWindow::refreshAll()
{
    m_pending = int(m_pageList.size());
    for (desk::ui::Page *p : std::as_const(m_pageList))
        p->refresh();
}

IncidentEditor *MainWindow::openIncident(Id incidentId)
{
    if (IncidentEditor *open = m_editors.value(incidentId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *editor = new IncidentEditor(m_session, incidentId, this);
    m_editors.insert(incidentId, editor);
    connect(editor, &IncidentEditor::saved, this, &MainWindow::refreshAll);
    connect(editor, &IncidentEditor::stateChanged, this, &MainWindow::refreshAll);
    connect(editor, &IncidentEditor::composerOpened, this, [this](UpdateComposer *composer) {
        connect(composer, &UpdateComposer::changed, this, &MainWindow::refreshAll);
    });
    editor->show();
    return editor;
}

void MainWindow::applyChanges(const QList<Change> &changes)
{
    QList<Id> updatedReports;
    for (const Change &c : changes) {
        if (c.table == QLatin1String("reports")) {
            if (c.op == QLatin1String("update"))
                updatedReports << c.rowId;
            else
                m_reportListChanged = true;
            m_pagesStale = true; // incident scopes count reports
        } else if (c.table == QLatin1String("incidents") || c.table == QLatin1String("incident_services")) {
            m_changedIncidents.insert(c.rowId);
            m_pagesStale = true;
        } else if (c.table == QLatin1String("updates") || c.table == QLatin1String("update_bodies")
                   || c.table == QLatin1String("preventive_actions") || c.table == QLatin1String("publication_jobs")) {
            m_changedIncidents.insert(0); // which incident is not in the log: every open editor looks
            m_pagesStale = true;
        } else if (c.table == QLatin1String("presence")) {
            if (IncidentEditor *editor = m_editors.value(c.rowId))
                editor->presenceChanged();
        } else if (c.table == QLatin1String("services") || c.table == QLatin1String("users")
                   || c.table == QLatin1String("publication_targets")) {
            m_pagesStale = true;
        } else if (c.table == QLatin1String("mail_jobs") || c.table == QLatin1String("mail_holds")) {
            // Thousands of messages going out change as many rows: one look every two seconds.
            if (!m_mailDebounce->isActive())
                m_mailDebounce->start();
        }
    }
    if (!updatedReports.isEmpty()) // at once: the row someone just claimed shows it
        static_cast<TriagePage *>(m_pageList.at(int(Page::Triage)))->reportsChanged(updatedReports, false);
    m_changeDebounce->start();
}

void MainWindow::replayOutbox()
{
    const User user = m_session.user;
    m_session.worker->call<OfflineReplay>(
        this, [user](Database &db) { return replayOffline(db, user); },
        [this](OfflineReplay outcome) {
            if (!outcome.replay.ok()) {
                statusBar()->showMessage(tr("Edits made offline are not sent yet: %1").arg(outcome.replay.errorString()), 15000);
                return;
            }
            const Outbox::Replay &r = outcome.replay.value();
            if (r.applied + r.conflicts + r.failed > 0)
                statusBar()->showMessage(tr("Edits made offline: %1 saved, %2 to merge, %3 refused")
                                             .arg(r.applied)
                                             .arg(r.conflicts)
                                             .arg(r.failed),
                                         15000);
            for (const OutboxOperation &op : std::as_const(outcome.conflicts)) {
                if (op.kind != QLatin1String("incident.save"))
                    continue;
                const Incident mine = Outbox::incidentFromJson(op.payload.value(QStringLiteral("incident")).toObject());
                const Incident base = Outbox::incidentFromJson(op.payload.value(QStringLiteral("base")).toObject());
                openIncident(mine.id)->resolveOfflineConflict(base, mine, op.seq);
            }
            if (r.applied > 0)
                refreshAll();
        });
}

void MainWindow::showConnection(bool online, const QDateTime &since, const QString &reason)
{
    if (online) {
        m_connectionLabel->setText(dot(Tones::Tone::Good) + tr("Connected"));
        m_connectionLabel->setToolTip(tr("Changes from other workstations appear as they happen."));
        if (m_wasOffline)
            refreshAll(); // whatever was missed while away
        m_wasOffline = false;
        replayOutbox();
        return;
    }
    m_wasOffline = true;
    m_connectionLabel->setText(dot(Tones::Tone::Bad)
                               + tr("Offline since %1 — reconnecting")
                                     .arg(QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat)));
    m_connectionLabel->setToolTip(tr("The database cannot be reached: %1\nWhat is on screen stays readable; the "
                                     "program reconnects by itself.")
                                      .arg(reason));
}

void MainWindow::markSynced()
{
    m_syncLabel->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::setBadge(Page page, int count)
{
    QListWidgetItem *item = m_navigation->item(int(page));
    const QString title = m_pageTitles.value(qsizetype(page));
    item->setText(count > 0 ? tr("%1  (%2)").arg(title, QLocale().toString(count)) : title);
    QString meaning;
    switch (page) {
    case Page::Triage:
        meaning = tr("%n new report(s)", nullptr, count);
        break;
    case Page::Incidents:
        meaning = tr("%n public update(s) overdue", nullptr, count);
        break;
    case Page::Approvals:
        meaning = tr("%n update(s) waiting for approval", nullptr, count);
        break;
    case Page::Publications:
        meaning = tr("%n publication(s) or message(s) to reporters need a lead", nullptr, count);
        break;
    case Page::Dashboard:
        meaning = tr("%n preventive action(s) overdue", nullptr, count);
        break;
    case Page::Intake:
        meaning = tr("%n intake service(s) need a look", nullptr, count);
        break;
    }
    item->setToolTip(count > 0 ? meaning : QString());
    item->setData(Qt::AccessibleDescriptionRole, count > 0 ? meaning : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const QPointer<IncidentEditor> &editor : std::as_const(m_editors)) {
        if (editor && !editor->close()) {
            event->ignore();
            return;
        }
    }
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().sync();
    event->accept();
}

} // namespace desk::ui
