// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "shell/session.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace desk::ui {

class LinkedReportsModel;
class UpdateComposer;

/**
 * One incident, in its own window: the public description and impact, the lifecycle, the
 * updates, the linked reports, the timeline and the post-incident review. Edits go on an undo
 * stack; saving checks the version and, when another workstation saved meanwhile, merges
 * field by field with the user choosing where both changed. Nothing typed is lost.
 */
class IncidentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentEditor)

public:
    IncidentEditor(const Session &session, Id incidentId, QWidget *parent = nullptr);
    ~IncidentEditor() override;

    Id incidentId() const { return m_incidentId; }
    bool isLoaded() const { return m_loaded; }
    bool isDirty() const;
    /** The incident as the widgets show it now (the base's version). */
    Incident currentValues() const;
    const Incident &savedIncident() const { return m_base; }
    QUndoStack *undoStack() const { return m_undo; }
    QString bannerText() const;

    void reload();
    /** The incident, its updates or its reports changed in the database (the change feed). */
    void changedInDatabase() { reload(); }
    /** Someone opened, started or stopped editing, or closed this incident elsewhere. */
    void presenceChanged();
    QString presenceText() const;
    void save();
    void changeState(IncidentState to);
    /** Offers the merge of what the user saved offline (`mine`, from `base`) with the incident now. */
    void resolveOfflineConflict(const Incident &base, const Incident &mine, qint64 outboxSeq);
    /** Opens the composer for a new update of this kind, or for an existing update. */
    UpdateComposer *openComposer(UpdateKind kind, Id updateId = 0);

signals:
    void loaded();
    void saved();
    void failed(const QString &message);
    void stateChanged(IncidentState state);
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
    struct Loaded;
    QWidget *createDetailsTab();
    QWidget *createUpdatesTab();
    QWidget *createReportsTab();
    QWidget *createTimelineTab();
    QWidget *createReviewTab();
    void watchEdits();
    void applyLoaded(const Loaded &data);
    void loadTimeline();
    void showWidgets(const Incident &incident);
    void recordEdit();
    void saveThen(std::function<void()> then);
    void offerMerge(const Incident &mine, const Incident &theirs);
    void keepOffline(const Incident &mine);
    void updateHeader();
    void updateCadence();
    void showBanner(const QString &text, bool error, const QString &actionText = {},
                    std::function<void()> action = {});
    void moveSelectedReports(bool unlink);
    void refreshServiceStatus(Id serviceId, ServiceStatus status, int version);
    QList<PreventiveAction> actionsFromTable() const;
    void beat();

    friend class EditSnapshotCommand;

    Session m_session;
    Id m_incidentId;
    bool m_loaded = false;
    bool m_applying = false;
    bool m_saving = false;
    Incident m_base;  // as last loaded or saved
    Incident m_shown; // as the widgets show it
    QList<Update> m_updates;
    QList<Service> m_services;
    bool m_ackUnderway = false;
    bool m_resolutionUnderway = false;

    QUndoStack *m_undo;
    QLabel *m_heading;
    QLabel *m_stateLabel;
    QLabel *m_cadenceLabel;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerButton;
    std::function<void()> m_bannerAction;
    QComboBox *m_stateCombo;
    QPushButton *m_changeState;
    QAction *m_exportAction;
    QTabWidget *m_tabs;

    QLineEdit *m_title;
    QComboBox *m_impact;
    QComboBox *m_owner;
    QSpinBox *m_cadence;
    QTableWidget *m_servicesTable;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_impactSummary;
    QPlainTextEdit *m_journeys;
    QPlainTextEdit *m_workaround;
    QPlainTextEdit *m_rootCause;
    QTableWidget *m_actions;

    QTableWidget *m_updatesTable;
    QTableView *m_reportsView;
    LinkedReportsModel *m_reports;
    QLabel *m_reportsSummary;
    QTreeWidget *m_timeline;
    QTimer *m_clockTimer;
    QTimer *m_heartbeat;
    QLabel *m_presence;
    bool m_announcedEditing = false;
    qint64 m_pendingOutboxSeq = 0;
    QList<QPointer<UpdateComposer>> m_composers;
};

} // namespace desk::ui
