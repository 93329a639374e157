// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "incident/incidentsession.h"
#include "shell/session.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace desk::ui {

class Banner;
class DetailsTab;
class LinkedReportsModel;
class ReportsTab;
class ReviewTab;
class TimelineModel;
class UpdateComposer;
class UpdatesTab;

/**
 * One incident, in its own window: the public description and impact, the lifecycle, the
 * updates, the linked reports, the timeline and the post-incident review, one widget per tab.
 * The editing itself (undo, save, conflict and merge, offline outbox, state changes, presence)
 * is the IncidentSession's; this window shows it and hands it the user's changes.
 */
class IncidentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentEditor)

public:
    IncidentEditor(const Session &session, Id incidentId, QWidget *parent = nullptr);
    ~IncidentEditor() override;

    Id incidentId() const { return m_session->incidentId(); }
    IncidentSession *session() const { return m_session; }
    bool isLoaded() const { return m_session->isLoaded(); }
    bool isDirty() const { return m_session->isDirty(); }
    /** The incident as the widgets show it now (the base's version). */
    Incident currentValues() const;
    const Incident &savedIncident() const { return m_session->base(); }
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    QString bannerText() const;

    void reload() { m_session->reload(); }
    /** The incident, its updates or its reports changed in the database (the change feed). */
    void changedInDatabase() { m_session->reload(); }
    /** Someone opened, started or stopped editing, or closed this incident elsewhere. */
    void presenceChanged() { m_session->refreshPresence(); }
    QString presenceText() const;
    void save() { m_session->save(); }
    void changeState(IncidentState to) { m_session->changeState(to); }
    /** Offers the merge of what the user saved offline (`mine`, from `base`) with the incident now. */
    void resolveOfflineConflict(const Incident &base, const Incident &mine, qint64 outboxSeq)
    {
        m_session->resolveOfflineConflict(base, mine, outboxSeq);
    }
    /** Opens the composer for a new update of this kind, or for an existing update. */
    UpdateComposer *openComposer(UpdateKind kind, Id updateId = 0);

signals:
    void loaded();
    void saved();
    void failed(const QString &message);
    void stateChanged(desk::IncidentState state);
    void composerOpened(desk::ui::UpdateComposer *composer);
    void mergeOffered(QWidget *dialog);
    void timelineLoaded();
    /** The database was unreachable: the save went to the offline outbox. */
    void keptOffline();
    void exportOpened(QWidget *wizard);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolBar();
    QLayout *createHeader();
    QWidget *createTimelineTab();
    void connectSession();
    void showLoaded(bool first);
    void showWorking();
    void recordEdit();
    void showNotice(const QString &text, bool error, NextStep next);
    void offerMerge(const Incident &mine, const Incident &theirs, const IncidentMerge::Outcome &outcome);
    void chooseMoveTarget(const QList<Incident> &open);
    void showPresence(const QStringList &editing, const QStringList &viewing);
    void updateHeader();
    void updateCadence();

    Session m_context;
    IncidentSession *m_session;
    bool m_showing = false;

    QLabel *m_heading;
    QLabel *m_stateLabel;
    QLabel *m_cadenceLabel;
    QLabel *m_presence;
    Banner *m_banner;
    QComboBox *m_stateCombo;
    QPushButton *m_changeState;
    QAction *m_exportAction = nullptr;
    QTabWidget *m_tabs;
    DetailsTab *m_details;
    UpdatesTab *m_updates;
    LinkedReportsModel *m_reports;
    ReportsTab *m_reportsTab;
    TimelineModel *m_timeline;
    QTreeView *m_timelineView = nullptr;
    ReviewTab *m_review;
    QTimer *m_clockTimer;
    QList<QPointer<UpdateComposer>> m_composers;
};

} // namespace desk::ui
