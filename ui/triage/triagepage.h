// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/page.h"
#include "shell/session.h"
#include "triage/triageactions.h"
#include "triage/suggester.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QTableView;
class QTimer;

namespace desk {
}

namespace desk {
}

namespace desk::ui {

class HighlightDelegate;
class ReportDetailPane;
class TriageFilterBar;
class TriageModel;

/**
 * The queue agents live in: filters and search over every report, a lazily loaded table, the
 * selected report with suggested incidents, and the triage actions on the keyboard.
 */
class TriagePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePage)

public:
    explicit TriagePage(const Session &session, QWidget *parent = nullptr);
    ~TriagePage() override;
    /**
     * Reports changed in the database (the change feed): rows in view are refetched in place;
     * when reports were added or removed the list is read again, keeping selection and scroll.
     */
    void reportsChanged(const QList<Id> &updated, bool listChanged);

    void refresh() override;
    QString summaryText() const override;

    TriageModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ReportDetailPane *detail() const { return m_detail; }
    TriageFilterBar *filterBar() const { return m_filters; }
    QString lastMessage() const;
    QList<QAction *> triageActions() const { return m_actions; }

    void claimSelected();
    void releaseSelected();
    void linkToSuggestion(Id incidentId = 0);
    void createIncidentFromSelection();
    /** A report taken on the phone, written down into the queue. */
    void newPhoneReport();
    void markNotIncident();
    void markDuplicate();
    void undo();
    void showShortcuts();

signals:
    /** A file of reports was dropped on the queue. */
    void importRequested(const QString &path);
    /** An action finished; `message` is what the page says about it. */
    void actionFinished(const QString &message);
    void detailShown(Id reportId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<SeenReport> selection() const;
    void createActions();
    void createSpikeBanner();
    void setUpView();
    void connectModel();
    void showOutcome(const QString &message, bool problem, const QList<Id> &touched);
    void showMessage(const QString &message, bool error = false);
    void updateDetail();
    /** Opens a copy of a report's file (or offers to save it, when opening could run it). */
    void openFile(Id reportId, int position);
    void refreshCounts();
    void openIncidentDialog(const QList<SeenReport> &reports, const QString &title, const QString &serviceKey);

    Session m_session;
    TriageModel *m_model;
    TriageActions *m_triage;
    QTableView *m_view;
    HighlightDelegate *m_highlight;
    TriageFilterBar *m_filters;
    ReportDetailPane *m_detail;
    QLabel *m_summary;
    QLabel *m_message;
    QFrame *m_spikeBanner;
    QLabel *m_spikeText;
    QList<Id> m_spikeReports;
    QString m_spikeService;
    QList<Service> m_services;
    QTimer *m_detailTimer;
    QList<QAction *> m_actions;
    QAction *m_undoAction = nullptr;
    std::unique_ptr<QTemporaryDir> m_files; // copies of opened files, gone with the page
};

} // namespace desk::ui
