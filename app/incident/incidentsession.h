// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/nextstep.h"
#include "domain/entities.h"
#include "domain/incidentmerge.h"
#include "store/incidentrepository.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;
class QUndoStack;

namespace desk {

class DbWorker;

/** One load of an incident: the incident and everything its window shows around it. */
struct IncidentData
{
    Incident incident;
    IncidentScope scope;
    QList<Report> firstReports;
    QList<Update> updates;
    QList<Service> services; // the affected ones first, then the others
    QList<User> users;
};

/**
 * One person editing one incident, without a window. It loads the incident on the database
 * worker, keeps the edits on an undo stack, and saves them with the version they started from:
 * when another workstation saved meanwhile it offers the field-by-field merge, and when the
 * database cannot be reached it keeps the save in the offline outbox. It changes the state
 * (saving first) and says which update the policy still needs, tells the others who has the
 * incident open or is typing in it, and moves reports. Nothing the user typed is ever dropped:
 * a reload under edits keeps them.
 *
 * The window shows working() and hands every change back through edit(); it shows notice()s
 * and answers mergeNeeded() with acceptMerge() or declineMerge().
 */
class IncidentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentSession)

public:
    IncidentSession(DbWorker *worker, User user, Id incidentId, QObject *parent = nullptr);
    ~IncidentSession() override;

    Id incidentId() const { return m_incidentId; }
    const User &user() const { return m_user; }
    DbWorker *worker() const { return m_worker; }
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    /** The incident as last loaded or saved: the version the edits start from. */
    const Incident &base() const { return m_base; }
    /** The incident with the user's edits. */
    const Incident &working() const { return m_working; }
    bool isDirty() const;
    const IncidentData &data() const { return m_data; }
    /** An acknowledgement (or resolution) update is submitted, approved or published. */
    bool acknowledgementUnderway() const { return m_ackUnderway; }
    bool resolutionUnderway() const { return m_resolutionUnderway; }
    /** The kind of update the lifecycle needs next, so the common case is one click. */
    UpdateKind nextUpdateKind() const;
    QStringList affectedServiceNames() const;
    QUndoStack *undoStack() const { return m_undo; }

    /** The user changed what they see: one undo step (typing in one text field merges into one). */
    void edit(const Incident &now);
    void reload();
    void save() { saveThen({}); }
    /** Saves when there is something to save, then runs `then` (not when the save fails). */
    void saveThen(std::function<void()> then);
    void changeState(IncidentState to);
    /** The user's choice in the merge: `merged`, on top of the version `theirs`. */
    void acceptMerge(const Incident &merged, const Incident &theirs);
    void declineMerge();
    /** Offers the merge of what was saved offline (`mine`, from `base`) with the incident now. */
    void resolveOfflineConflict(const Incident &base, const Incident &mine, qint64 outboxSeq);
    /** Moves linked reports to another incident, or back to triage when `to` is 0. */
    void moveReports(const QList<Id> &reportIds, Id to);
    /** Lists the other open incidents reports can move to (moveTargetsListed()). */
    void listMoveTargets();
    void setServiceStatus(const Service &service, ServiceStatus status);
    void loadTimeline();
    /** Asks who else has this incident open (presenceChanged()). */
    void refreshPresence();
    /** The window closes: others stop seeing this person in the incident. */
    void leave();

signals:
    /** data() and base() are fresh; `first` on the first load. */
    void loaded(bool first);
    void loadFailed(const QString &message);
    /** working() changed other than through edit(): an undo, a redo, a merge, a reload or a save. */
    void workingChanged();
    void dirtyChanged(bool dirty);
    void saved();
    void notice(const QString &text, bool error, desk::NextStep next);
    /** The save was refused because the title is empty. */
    void titleMissing();
    void failed(const QString &message);
    void stateChanged(desk::IncidentState state);
    void mergeNeeded(const desk::Incident &mine, const desk::Incident &theirs, const desk::IncidentMerge::Outcome &outcome);
    /** The database was unreachable: the save went to the offline outbox. */
    void keptOffline();
    void timelineLoaded(const QList<desk::TimelineEntry> &entries);
    void timelineFailed(const QString &message);
    void presenceChanged(const QStringList &editing, const QStringList &viewing);
    void moveTargetsListed(const QList<desk::Incident> &open);

private:
    class EditCommand;
    void apply(const IncidentData &data);
    void setWorking(const Incident &incident);
    void finishSave(const Incident &mine, const Result<Incident> &result, const std::function<void()> &then);
    void fetchTheirs(const Incident &mine);
    void keepOffline(const Incident &mine);
    void stateNotChanged(IncidentState to, const QString &message);
    void announceDirty();
    void beat();

    DbWorker *m_worker;
    User m_user;
    Id m_incidentId;
    bool m_loaded = false;
    bool m_saving = false;
    Incident m_base;
    Incident m_working;
    IncidentData m_data;
    bool m_ackUnderway = false;
    bool m_resolutionUnderway = false;
    bool m_wasDirty = false;
    bool m_announcedEditing = false;
    qint64 m_pendingOutboxSeq = 0;
    QUndoStack *m_undo;
    QTimer *m_heartbeat;
};

} // namespace desk
