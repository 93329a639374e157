// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsession.h"

#include "core/logging.h"
#include "domain/labels.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"
#include "store/outbox.h"
#include "store/presencerepository.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace desk {

namespace {
constexpr int kFirstReports = 200; // the linked reports' first page, loaded with the incident

bool isTextField(IncidentMerge::Field f)
{
    using F = IncidentMerge::Field;
    return f == F::Title || f == F::Description || f == F::ImpactSummary || f == F::UserJourneys || f == F::Workaround
           || f == F::RootCause;
}

const QString kIncident = QStringLiteral("incident");
} // namespace

/** One edit: the incident before and after. Typing in one text field merges into one step. */
class IncidentSession::EditCommand final : public QUndoCommand
{
public:
    EditCommand(IncidentSession *session, Incident before, Incident after, int mergeId, const QString &text)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_id(mergeId)
    {
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_id || m_id < 0)
            return false;
        m_after = static_cast<const EditCommand *>(other)->m_after;
        return true;
    }
    void undo() override { m_session->setWorking(m_before); }
    void redo() override
    {
        if (m_first) { // pushed after the change was made
            m_first = false;
            return;
        }
        m_session->setWorking(m_after);
    }

private:
    IncidentSession *m_session;
    Incident m_before;
    Incident m_after;
    int m_id;
    bool m_first = true;
};

IncidentSession::IncidentSession(DbWorker *worker, User user, Id incidentId, QObject *parent)
    : QObject(parent), m_worker(worker), m_user(std::move(user)), m_incidentId(incidentId), m_undo(new QUndoStack(this)),
      m_heartbeat(new QTimer(this))
{
    // Others see who has the incident open and who is typing in it.
    m_heartbeat->setInterval(PresenceRepository::kHeartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &IncidentSession::beat);
    connect(m_undo, &QUndoStack::indexChanged, this, &IncidentSession::announceDirty);
}

IncidentSession::~IncidentSession()
{
    // The stack announces its last changes as it goes; nobody is there to hear them.
    disconnect(m_undo, nullptr, this, nullptr);
}

bool IncidentSession::isDirty() const
{
    return m_loaded && !IncidentMerge::changedFields(m_base, m_working).isEmpty();
}

UpdateKind IncidentSession::nextUpdateKind() const
{
    if (m_base.state == IncidentState::Reported)
        return m_ackUnderway ? UpdateKind::Impact : UpdateKind::Acknowledgement;
    if (m_base.state == IncidentState::Resolved || m_base.state == IncidentState::Reviewed)
        return UpdateKind::Postmortem;
    return UpdateKind::Progress;
}

QStringList IncidentSession::affectedServiceNames() const
{
    QStringList names;
    for (const Service &s : m_data.services) {
        if (m_base.serviceKeys.contains(s.key))
            names << s.name;
    }
    return names;
}

void IncidentSession::edit(const Incident &now)
{
    if (!m_loaded)
        return;
    const QList<IncidentMerge::Field> changed = IncidentMerge::changedFields(m_working, now);
    if (changed.isEmpty())
        return;
    const bool typing = changed.size() == 1 && isTextField(changed.first());
    const QString text = changed.size() == 1 ? tr("Edit %1").arg(label(changed.first())) : tr("Edit");
    auto *command = new EditCommand(this, m_working, now, typing ? int(changed.first()) : -1, text);
    m_working = now;
    m_undo->push(command);
    announceDirty();
}

void IncidentSession::setWorking(const Incident &incident)
{
    m_working = incident;
    emit workingChanged();
    announceDirty();
}

void IncidentSession::announceDirty()
{
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
    if (m_loaded && dirty != m_announcedEditing)
        beat();
}

void IncidentSession::reload()
{
    const Id id = m_incidentId;
    const User user = m_user;
    m_worker->call<Result<IncidentData>>(
        this,
        [id, user](Database &db) -> Result<IncidentData> {
            IncidentData data;
            IncidentRepository incidents(db, user);
            auto incident = incidents.get(id);
            if (!incident.ok())
                return incident.error();
            data.incident = incident.value();
            auto scope = incidents.scope(id);
            if (!scope.ok())
                return scope.error();
            data.scope = scope.value();
            auto first = incidents.linkedReports(id, kFirstReports);
            if (!first.ok())
                return first.error();
            data.firstReports = first.value();
            auto updates = UpdateRepository(db, user).forIncident(id);
            if (!updates.ok())
                return updates.error();
            data.updates = updates.value();
            auto services = ServiceRepository(db).list();
            if (!services.ok())
                return services.error();
            data.services = services.value();
            auto users = UserRepository(db).list();
            if (!users.ok())
                return users.error();
            data.users = users.value();
            return data;
        },
        [this](Result<IncidentData> result) {
            if (!result.ok()) {
                emit notice(tr("Could not open the incident: %1").arg(result.errorString()), true, NextStep::RetryLoad);
                emit loadFailed(result.errorString());
                emit failed(result.errorString());
                return;
            }
            apply(result.value());
        },
        [this] {
            emit notice(tr("The database cannot be reached: the incident could not be loaded."), true, NextStep::RetryLoad);
            //: Why the incident could not be loaded: the database cannot be reached
            emit loadFailed(tr("offline"));
        });
}

void IncidentSession::apply(const IncidentData &data)
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
        emit notice(tr("Someone changed this incident on another workstation. Your edits are kept; when you save, "
                       "you will see both versions and choose."),
                    false, NextStep::SaveAndMerge);
    } else {
        m_base = data.incident;
    }
    m_data = data;
    // Affected services first, then the others by name.
    std::stable_sort(m_data.services.begin(), m_data.services.end(), [this](const Service &a, const Service &b) {
        return m_base.serviceKeys.contains(a.key) && !m_base.serviceKeys.contains(b.key);
    });
    m_ackUnderway = false;
    m_resolutionUnderway = false;
    for (const Update &u : std::as_const(m_data.updates)) {
        if (u.status == UpdateStatus::Draft || u.status == UpdateStatus::ChangesRequested)
            continue;
        m_ackUnderway |= u.kind == UpdateKind::Acknowledgement;
        m_resolutionUnderway |= u.kind == UpdateKind::Resolution;
    }
    if (keepEdits) {
        // Reloaded under the user's edits: what they typed stays as it is.
        m_working.version = m_base.version;
        m_working.state = m_base.state;
    } else {
        m_working = m_base;
        if (first || changedElsewhere)
            m_undo->clear(); // the old steps would undo someone else's work
    }
    m_loaded = true;
    emit loaded(first);
    emit workingChanged();
    announceDirty();
    if (first) {
        beat();
        refreshPresence();
    }
    loadTimeline();
}

void IncidentSession::saveThen(std::function<void()> then)
{
    if (!m_loaded || m_saving)
        return;
    if (!isDirty()) {
        if (then)
            then();
        return;
    }
    const Incident mine = m_working;
    if (mine.title.trimmed().isEmpty()) {
        emit notice(tr("The title cannot be empty: customers read it first."), true, NextStep::None);
        emit titleMissing();
        return;
    }
    m_saving = true;
    const User user = m_user;
    m_worker->call<Result<Incident>>(
        this, [mine, user](Database &db) { return IncidentRepository(db, user).save(mine); },
        [this, mine, then](Result<Incident> result) { finishSave(mine, result, then); },
        [this, mine] { keepOffline(mine); });
}

void IncidentSession::finishSave(const Incident &mine, const Result<Incident> &result, const std::function<void()> &then)
{
    m_saving = false;
    if (result.ok()) {
        m_base = result.value();
        // New preventive actions got their ids; what the user typed meanwhile stays.
        Incident working = m_working;
        working.version = m_base.version;
        if (IncidentMerge::changedFields(mine, working).isEmpty())
            working = m_base;
        m_undo->setClean();
        setWorking(working);
        emit notice(tr("Saved."), false, NextStep::None);
        emit saved();
        loadTimeline();
        if (then)
            then();
        return;
    }
    switch (result.error().code) {
    case Error::Code::Conflict:
        fetchTheirs(mine);
        return;
    case Error::Code::Unavailable:
        keepOffline(mine);
        return;
    default:
        emit notice(tr("Not saved: %1 Your text is still here.").arg(result.errorString()), true, NextStep::RetrySave);
        emit failed(result.errorString());
    }
}

void IncidentSession::fetchTheirs(const Incident &mine)
{
    const Id id = m_incidentId;
    const User user = m_user;
    m_worker->call<Result<Incident>>(
        this, [id, user](Database &db) { return IncidentRepository(db, user).get(id); },
        [this, mine](Result<Incident> theirs) {
            if (!theirs.ok()) {
                emit notice(tr("Not saved: %1 Your text is still here.").arg(theirs.errorString()), true, NextStep::RetrySave);
                emit failed(theirs.errorString());
                return;
            }
            emit mergeNeeded(mine, theirs.value(), IncidentMerge::merge(m_base, mine, theirs.value()));
        },
        [this, mine] { keepOffline(mine); });
}

void IncidentSession::keepOffline(const Incident &mine)
{
    m_saving = false;
    auto outbox = Outbox::open();
    Result<OutboxOperation> queued = outbox.ok() ? outbox.value()->saveIncident(mine, m_base) : Result<OutboxOperation>(outbox.error());
    if (!queued.ok()) {
        emit notice(tr("Not saved, and it cannot be kept on this computer either: %1 Your text is still here.")
                        .arg(queued.errorString()),
                    true, NextStep::RetrySave);
        emit failed(queued.errorString());
        return;
    }
    // Saved as far as the user is concerned: it is on the disk and goes out, in order, on reconnect.
    Incident kept = mine;
    kept.version = m_base.version;
    m_base = kept;
    m_undo->setClean();
    announceDirty();
    emit notice(tr("The database cannot be reached. Your changes are kept on this computer and will be saved as soon "
                   "as it is back."),
                false, NextStep::None);
    emit keptOffline();
}

void IncidentSession::acceptMerge(const Incident &merged, const Incident &theirs)
{
    if (m_pendingOutboxSeq > 0) {
        // The offline edit is now part of the merge: it leaves the outbox.
        auto outbox = Outbox::open();
        const Status resolved = outbox.ok() ? outbox.value()->resolve(m_pendingOutboxSeq) : Status(outbox.error());
        if (!resolved.ok())
            qCWarning(lcSync) << "the merged offline edit stays in the outbox:" << resolved.errorString();
        m_pendingOutboxSeq = 0;
    }
    m_base = theirs;
    Incident working = merged;
    working.version = theirs.version;
    working.state = theirs.state;
    auto *command = new EditCommand(this, m_working, working, -1, tr("Merge with the other workstation"));
    setWorking(working);
    m_undo->push(command);
    save();
}

void IncidentSession::declineMerge()
{
    emit notice(tr("Not saved: another workstation changed this incident. Your changes are still here; save again "
                   "to compare and merge."),
                true, NextStep::Merge);
}

void IncidentSession::resolveOfflineConflict(const Incident &base, const Incident &mine, qint64 outboxSeq)
{
    auto offer = [this, base, mine, outboxSeq] {
        const Incident theirs = m_base;
        m_base = base;
        m_pendingOutboxSeq = outboxSeq;
        emit notice(tr("What you saved while offline meets changes made meanwhile on another workstation: choose "
                       "what to keep."),
                    true, NextStep::None);
        emit mergeNeeded(mine, theirs, IncidentMerge::merge(base, mine, theirs));
    };
    if (m_loaded) {
        offer();
        return;
    }
    auto *once = new QObject(this);
    connect(this, &IncidentSession::loaded, once, [once, offer] {
        offer();
        once->deleteLater();
    });
}

void IncidentSession::changeState(IncidentState to)
{
    if (!m_loaded)
        return;
    saveThen([this, to] {
        const Id id = m_incidentId;
        const int version = m_base.version;
        const User user = m_user;
        m_worker->call<Result<Incident>>(
            this, [id, to, version, user](Database &db) { return IncidentRepository(db, user).transition(id, to, version); },
            [this, to](Result<Incident> result) {
                if (!result.ok()) {
                    stateNotChanged(to, result.errorString());
                    return;
                }
                emit notice(tr("%1 is now “%2”.").arg(result->reference, label(result->state)), false,
                            NextStep::None);
                emit stateChanged(result->state);
                reload();
            },
            [this] {
                emit notice(tr("The database cannot be reached: the state was not changed. Try again when it is back."),
                            true, NextStep::None);
                //: Why the change could not be saved: the database cannot be reached
                emit failed(tr("offline"));
            });
    });
}

void IncidentSession::stateNotChanged(IncidentState to, const QString &message)
{
    // The policy's preconditions say which update is missing: offer to write it.
    NextStep next = NextStep::None;
    if (to == IncidentState::Acknowledged && !m_ackUnderway)
        next = NextStep::WriteAcknowledgement;
    else if (to == IncidentState::Resolved && !m_resolutionUnderway)
        next = NextStep::WriteResolution;
    else if (to == IncidentState::Reviewed)
        next = NextStep::OpenReview;
    emit notice(message, true, next);
    emit failed(message);
}

void IncidentSession::moveReports(const QList<Id> &reportIds, Id to)
{
    if (reportIds.isEmpty()) {
        emit notice(tr("Select the reports first."), true, NextStep::None);
        return;
    }
    const Id from = m_incidentId;
    const User user = m_user;
    m_worker->call<Result<int>>(
        this, [from, reportIds, to, user](Database &db) { return IncidentRepository(db, user).moveReports(from, reportIds, to); },
        [this, to](Result<int> moved) {
            if (!moved.ok()) {
                emit notice(moved.errorString(), true, NextStep::None);
                return;
            }
            emit notice(to == 0 ? tr("%n report(s) sent back to the triage queue.", nullptr, moved.value())
                                : tr("%n report(s) moved.", nullptr, moved.value()),
                        false, NextStep::None);
            reload();
        },
        [this] { emit notice(tr("The database cannot be reached: no report was moved."), true, NextStep::None); });
}

void IncidentSession::listMoveTargets()
{
    const User user = m_user;
    m_worker->call<Result<QList<Incident>>>(
        this, [user](Database &db) { return IncidentRepository(db, user).list(true); },
        [this](Result<QList<Incident>> open) {
            if (!open.ok()) {
                emit notice(open.errorString(), true, NextStep::None);
                return;
            }
            QList<Incident> targets;
            for (const Incident &i : open.value()) {
                if (i.id != m_incidentId)
                    targets << i;
            }
            if (targets.isEmpty()) {
                emit notice(tr("There is no other open incident to move the reports to."), true, NextStep::None);
                return;
            }
            emit moveTargetsListed(targets);
        },
        [this] { emit notice(tr("The database cannot be reached: no report was moved."), true, NextStep::None); });
}

void IncidentSession::setServiceStatus(const Service &service, ServiceStatus status)
{
    const QString actor = m_user.name;
    const Id id = service.id;
    const int version = service.version;
    m_worker->call<Status>(
        this, [id, status, version, actor](Database &db) { return ServiceRepository(db).setStatus(id, status, version, actor); },
        [this, status](Status done) {
            if (!done.ok())
                emit notice(tr("The service's status was not changed: %1").arg(done.errorString()), true, NextStep::None);
            else
                emit notice(tr("Service status set to “%1”.").arg(label(status)), false,
                            NextStep::None);
            reload();
        },
        [this] { emit notice(tr("The database cannot be reached: the service's status was not changed."), true, NextStep::None); });
}

void IncidentSession::loadTimeline()
{
    const Id id = m_incidentId;
    const User user = m_user;
    m_worker->call<Result<QList<TimelineEntry>>>(
        this, [id, user](Database &db) { return IncidentRepository(db, user).timeline(id); },
        [this](Result<QList<TimelineEntry>> result) {
            if (!result.ok())
                emit timelineFailed(result.errorString());
            else
                emit timelineLoaded(result.value());
        },
        [this] { emit timelineFailed(tr("the database cannot be reached")); });
}

void IncidentSession::beat()
{
    const bool editing = isDirty();
    m_announcedEditing = editing;
    const User user = m_user;
    const Id id = m_incidentId;
    m_worker->post([user, id, editing](Database &db) {
        const Status done = PresenceRepository(db, user, PresenceRepository::thisWorkstation()).beat(kIncident, id, editing);
        if (!done.ok())
            qCDebug(lcSync) << "presence not announced:" << done.errorString();
    });
    if (!m_heartbeat->isActive())
        m_heartbeat->start();
}

void IncidentSession::refreshPresence()
{
    const User user = m_user;
    const Id id = m_incidentId;
    m_worker->call<Result<QList<PresenceEntry>>>(
        this,
        [user, id](Database &db) {
            return PresenceRepository(db, user, PresenceRepository::thisWorkstation()).others(kIncident, id);
        },
        [this](Result<QList<PresenceEntry>> others) {
            if (!others.ok())
                return; // presence is a courtesy: the next heartbeat asks again
            QStringList editing;
            QStringList viewing;
            for (const PresenceEntry &e : others.value())
                (e.editing ? editing : viewing) << e.user;
            editing.removeDuplicates();
            viewing.removeDuplicates();
            emit presenceChanged(editing, viewing);
        });
}

void IncidentSession::leave()
{
    m_heartbeat->stop();
    const User user = m_user;
    const Id id = m_incidentId;
    m_worker->post([user, id](Database &db) {
        const Status done = PresenceRepository(db, user, PresenceRepository::thisWorkstation()).leave(kIncident, id);
        if (!done.ok())
            qCDebug(lcSync) << "presence not withdrawn:" << done.errorString();
    });
}

} // namespace desk
