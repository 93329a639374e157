// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace desk {
struct Change;
class ChangeFeed;
class PublicationService;
class DbWorker;
} // namespace desk

namespace desk::ui {

class Page;
class IncidentEditor;
class Notifier;

/** Navigation on the left, one page per area, and a status bar that says where and who. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Triage, Incidents, Approvals, Publications, Dashboard, Intake }; // Intake: administrators only

    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    /** Who is signed in, on which database and worker (what dialogs opened from here need). */
    const Session &session() const { return m_session; }
    ~MainWindow() override;

    void showPage(Page page);
    desk::ui::Page *page(Page page) const;
    /** Reloads every page from the database. */
    void refreshAll();
    /** View → Open the Help Center: the index customers read, in the desktop's browser. */
    void openHelpCenter();
    /** File → Import reports… (asks for the file when `path` is empty), or a file dropped on the queue. */
    void importReports(const QString &path = {});
    /** Opens the incident in its editor window, or brings the open one forward. */
    IncidentEditor *openIncident(Id incidentId);
    Notifier *notifier() const { return m_notifier; }
    ChangeFeed *changeFeed() const { return m_feed; }

signals:
    void signOutRequested();
    /** Just before the browser is asked to open it. */
    void helpCenterOpened(const QUrl &index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void connectPages();
    void followChanges();
    void startPublishing();
    void createStatusBar();
    void setBadge(Page page, int count);
    void markSynced();
    void applyChanges(const QList<desk::Change> &changes);
    /** Sends what was saved offline, in order; conflicts open the incident with the merge. */
    void replayOutbox();
    void showConnection(bool online, const QDateTime &since, const QString &reason);

    Session m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<desk::ui::Page *> m_pageList;
    QStringList m_pageTitles;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_connectionLabel;
    QLabel *m_syncLabel;
    QTimer *m_refreshTimer;
    QTimer *m_cadenceTimer;
    Notifier *m_notifier;
    ChangeFeed *m_feed;
    QTimer *m_changeDebounce;
    QTimer *m_mailDebounce; // messages to reporters changed: the Publications page looks again
    desk::PublicationService *m_publisher = nullptr; // leads' workstations send the publication jobs
    QSet<Id> m_changedIncidents;
    bool m_pagesStale = false;
    bool m_reportListChanged = false;
    bool m_wasOffline = false;
    QHash<Id, QPointer<IncidentEditor>> m_editors;
    int m_pending = 0;
};

} // namespace desk::ui
