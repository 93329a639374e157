// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedraftsession.h"

#include "compose/updatetemplates.h"
#include "core/clock.h"
#include "domain/labels.h"
#include "domain/readers.h"
#include "domain/updateworkflow.h"
#include "store/dbworker.h"

#include <QLocale>
#include <QTimer>

namespace desk {

UpdateDraftSession::UpdateDraftSession(DbWorker *worker, User user, Incident incident, QStringList serviceNames,
                                       UpdateKind kind, Id updateId, DraftStore drafts, QObject *parent)
    : QObject(parent),
      m_worker(worker),
      m_user(std::move(user)),
      m_incident(std::move(incident)),
      m_serviceNames(std::move(serviceNames)),
      m_drafts(std::move(drafts)),
      m_kind(kind),
      m_localTimer(new QTimer(this)),
      m_dbTimer(new QTimer(this))
{
    m_update.update.incidentId = m_incident.id;
    m_update.update.id = updateId;
    m_update.update.kind = kind;
    m_update.update.author = m_user.name;
    m_localTimer->setSingleShot(true);
    m_localTimer->setInterval(kKeepLocallyMs);
    connect(m_localTimer, &QTimer::timeout, this, &UpdateDraftSession::keepLocally);
    m_dbTimer->setSingleShot(true);
    m_dbTimer->setInterval(kSaveAfterQuietMs);
    connect(m_dbTimer, &QTimer::timeout, this, [this] {
        if (m_dbDirty && !m_readOnly)
            save();
    });
}

UpdateDraftSession::~UpdateDraftSession()
{
    if (m_localTimer->isActive())
        keepLocally();
}

QString UpdateDraftSession::draftKey() const
{
    return DraftStore::keyFor(m_incident.id, m_update.update.id);
}

void UpdateDraftSession::setKind(UpdateKind kind)
{
    if (!canChangeKind() || kind == m_kind)
        return;
    m_kind = kind;
    m_update.update.kind = kind;
}

Result<QString> UpdateDraftSession::templateText(Language language) const
{
    UpdateTemplates::Context context;
    context.incident = m_incident;
    context.serviceNames = m_serviceNames;
    context.nextUpdate = Clock::now().addSecs(qint64(m_incident.cadenceMinutes) * 60);
    for (const PreventiveAction &a : m_incident.actions)
        context.preventiveActions << a.description;
    context.readerZone = Readers::zone(language);
    return UpdateTemplates::render(m_kind, language, context);
}

void UpdateDraftSession::load()
{
    const Id updateId = m_update.update.id;
    const Id incidentId = m_incident.id;
    const User user = m_user;
    m_worker->call<Result<Loaded>>(
        this,
        [updateId, incidentId, user](Database &db) -> Result<Loaded> {
            UpdateRepository updates(db, user);
            Loaded data;
            if (updateId != 0) {
                auto u = updates.get(updateId);
                if (!u.ok())
                    return u.error();
                data.update = u.value();
            }
            auto last = updates.lastPublished(incidentId, updateId);
            if (!last.ok())
                return last.error();
            data.lastPublished = last.value();
            return data;
        },
        [this](Result<Loaded> result) {
            if (!result.ok()) {
                emit notice(tr("Could not load the update: %1").arg(result.errorString()), true, NextStep::RetryLoad);
                emit loadFailed(result.errorString());
                emit failed(result.errorString());
                return;
            }
            apply(result.value());
        },
        [this] {
            emit notice(tr("The database cannot be reached: the update could not be loaded."), true, NextStep::RetryLoad);
            //: Why the draft could not be loaded: the database cannot be reached
            emit loadFailed(tr("offline"));
        });
}

void UpdateDraftSession::apply(const Loaded &data)
{
    m_lastPublished = data.lastPublished;
    if (data.update) {
        m_update = *data.update;
        m_kind = m_update.update.kind; // the kind of a saved update stays; write another for another kind
        m_bodies = m_update.bodies;
    }
    QDateTime restoredAt;
    // Text this computer kept that the database does not have (a crash, a lost connection).
    if (const auto local = m_drafts.load(draftKey())) {
        if (local->bodies != m_update.bodies && !local->bodies.isEmpty()) {
            if (!data.update)
                m_kind = local->kind;
            m_bodies = local->bodies;
            m_dbDirty = true;
            restoredAt = local->savedAt;
        } else {
            m_drafts.remove(draftKey());
        }
    }
    m_loaded = true;
    checkEditable();
    emit loaded(restoredAt);
    if (restoredAt.isValid()) {
        emit notice(tr("Restored the text you wrote on this computer at %1, which was not saved to the team database yet.")
                        .arg(QLocale().toString(restoredAt.toLocalTime(), QLocale::ShortFormat)),
                    false, NextStep::None);
    }
}

void UpdateDraftSession::checkEditable()
{
    const Update &u = m_update.update;
    const Status editable = u.id == 0 ? Status() : UpdateWorkflow::check(m_user, u, UpdateWorkflow::Action::Edit);
    if (!editable.ok())
        setReadOnly(true, editable.errorString());
    else if (u.status == UpdateStatus::ChangesRequested)
        emit notice(tr("%1 asked for changes: “%2”").arg(u.approver, u.reviewComment), true, NextStep::None);
    if (u.status == UpdateStatus::Submitted && u.author == m_user.name)
        emit notice(tr("Waiting for a team lead's approval. Withdraw it to change the text."), false, NextStep::Withdraw);
}

void UpdateDraftSession::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
    if (readOnly && !why.isEmpty())
        emit notice(tr("%1 (%2)").arg(why, label(m_update.update.status)), false, NextStep::None);
}

void UpdateDraftSession::setBodies(const UpdateBodies &bodies, bool typed)
{
    m_bodies = bodies;
    if (!typed || !m_loaded || m_readOnly)
        return;
    m_dbDirty = true;
    m_localTimer->start();
    m_dbTimer->start();
    emit statusChanged(tr("Editing…"));
}

UpdateBodies UpdateDraftSession::nonEmpty() const
{
    UpdateBodies out;
    for (auto it = m_bodies.cbegin(); it != m_bodies.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            out.insert(it.key(), it.value());
    }
    return out;
}

void UpdateDraftSession::keepLocally()
{
    m_localTimer->stop();
    ComposerDraft draft;
    draft.incidentId = m_incident.id;
    draft.updateId = m_update.update.id;
    draft.baseVersion = m_update.update.version;
    draft.kind = m_kind;
    draft.bodies = nonEmpty();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const Status s = m_drafts.save(draftKey(), draft);
    if (!s.ok())
        emit notice(s.errorString(), true, NextStep::None);
    else if (!m_saving)
        emit statusChanged(tr("Kept on this computer at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void UpdateDraftSession::save(std::function<void(bool)> then)
{
    if (m_saving) {
        // One save at a time; the text typed meanwhile goes in the next one.
        QTimer::singleShot(200, this, [this, then] { save(then); });
        return;
    }
    const UpdateBodies text = nonEmpty();
    if (text.isEmpty()) {
        emit notice(tr("Write the update in at least one language."), true, NextStep::None);
        if (then)
            then(false);
        return;
    }
    keepLocally();
    m_saving = true;
    m_dbDirty = false;
    const Id id = m_update.update.id;
    const int version = m_update.update.version;
    const Id incidentId = m_incident.id;
    const UpdateKind kind = m_kind;
    const User user = m_user;
    const QString oldKey = draftKey();
    m_worker->call<Result<UpdateWithBodies>>(
        this,
        [id, version, incidentId, kind, text, user](Database &db) {
            UpdateRepository updates(db, user);
            return id == 0 ? updates.createDraft(incidentId, kind, text) : updates.edit(id, text, version);
        },
        [this, then, oldKey, text](Result<UpdateWithBodies> result) { finishSave(result, oldKey, text, then); },
        [this, then] {
            m_saving = false;
            m_dbDirty = true;
            emit notice(tr("The database cannot be reached. Your text is kept on this computer and goes to the team "
                           "database when you save again."),
                        true, NextStep::RetrySave);
            if (then)
                then(false);
        });
}

void UpdateDraftSession::finishSave(const Result<UpdateWithBodies> &result, const QString &oldKey, const UpdateBodies &text,
                                    const std::function<void(bool)> &then)
{
    m_saving = false;
    if (!result.ok()) {
        m_dbDirty = true;
        emit notice(tr("Not saved to the team database: %1 Your text is kept on this computer.").arg(result.errorString()),
                    true, NextStep::RetrySave);
        emit failed(result.errorString());
        if (then)
            then(false);
        return;
    }
    const bool wasNew = m_update.update.id == 0;
    m_update = result.value();
    if (wasNew)
        emit kindFixed();
    // The local copy now follows the saved update; it goes once the text is the same.
    m_drafts.remove(oldKey);
    if (nonEmpty() == text)
        m_drafts.remove(draftKey());
    else
        keepLocally();
    emit statusChanged(tr("Saved to the team database at %1 · %2")
                           .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), label(m_update.update.status)));
    emit saved();
    emit changed();
    if (then)
        then(true);
}

void UpdateDraftSession::submit()
{
    if (m_readOnly)
        return;
    save([this](bool ok) {
        if (!ok)
            return;
        const Id id = m_update.update.id;
        const int version = m_update.update.version;
        const User user = m_user;
        m_worker->call<Result<UpdateWithBodies>>(
            this, [id, version, user](Database &db) { return UpdateRepository(db, user).submit(id, version); },
            [this](Result<UpdateWithBodies> result) {
                if (!result.ok()) {
                    emit notice(tr("Not submitted: %1").arg(result.errorString()), true, NextStep::None);
                    emit failed(result.errorString());
                    return;
                }
                m_update = result.value();
                m_drafts.remove(draftKey());
                m_dbDirty = false;
                setReadOnly(true, {});
                emit notice(tr("Submitted: a team lead will review it. You will be told of the decision."), false,
                            NextStep::None);
                emit changed();
                emit submitted();
            },
            [this] {
                emit notice(tr("The database cannot be reached: the update was saved on this computer but not "
                               "submitted. Submit it again when the database is back."),
                            true, NextStep::None);
            });
    });
}

void UpdateDraftSession::withdraw()
{
    const Id id = m_update.update.id;
    const int version = m_update.update.version;
    const User user = m_user;
    m_worker->call<Result<UpdateWithBodies>>(
        this, [id, version, user](Database &db) { return UpdateRepository(db, user).withdraw(id, version); },
        [this](Result<UpdateWithBodies> r) {
            if (!r.ok()) {
                emit notice(r.errorString(), true, NextStep::None);
                return;
            }
            m_update = r.value();
            setReadOnly(false, {});
            emit notice(tr("Withdrawn: you can edit it again."), false, NextStep::None);
            emit changed();
        },
        [this] { emit notice(tr("The database cannot be reached: the update is still waiting for approval."), true, NextStep::None); });
}

void UpdateDraftSession::discard()
{
    if (m_readOnly)
        return;
    m_localTimer->stop();
    m_dbTimer->stop();
    m_drafts.remove(draftKey());
    m_dbDirty = false;
    if (m_update.update.id == 0) {
        emit discarded();
        return;
    }
    const Id id = m_update.update.id;
    const int version = m_update.update.version;
    const User user = m_user;
    m_worker->call<Status>(
        this, [id, version, user](Database &db) { return UpdateRepository(db, user).discard(id, version); },
        [this](Status done) {
            if (!done.ok()) {
                emit notice(done.errorString(), true, NextStep::None);
                return;
            }
            emit changed();
            emit discarded();
        },
        [this] { emit notice(tr("The database cannot be reached: the draft was not discarded."), true, NextStep::None); });
}

void UpdateDraftSession::finish(std::function<void()> done)
{
    if (m_loaded && !m_readOnly) {
        if (m_localTimer->isActive() || m_dbDirty)
            keepLocally(); // on this computer at once, whatever happens next
        if (m_dbDirty && !nonEmpty().isEmpty()) {
            // And in the team database: the window goes once it is there.
            m_dbTimer->stop();
            save([done](bool) { done(); });
            return;
        }
    }
    done();
}

} // namespace desk
