// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/draftstore.h"
#include "core/nextstep.h"
#include "domain/entities.h"
#include "store/updaterepository.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace desk {

class DbWorker;

/**
 * One person writing one public update, without a window. Every change of the text is kept
 * on this computer within a quarter of a second and in the team database after a few seconds
 * of quiet; text this computer kept that the database lacks (a crash, a lost connection) is
 * offered back on load. Saving, submitting for approval, withdrawing and discarding follow the
 * update's workflow; an update the person may not edit is read-only, with the reason.
 */
class UpdateDraftSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateDraftSession)

public:
    UpdateDraftSession(DbWorker *worker, User user, Incident incident, QStringList serviceNames, UpdateKind kind,
                       Id updateId = 0, DraftStore drafts = DraftStore(), QObject *parent = nullptr);
    ~UpdateDraftSession() override;

    static constexpr int kKeepLocallyMs = 250;
    static constexpr int kSaveAfterQuietMs = 4000;

    const Incident &incident() const { return m_incident; }
    const UpdateWithBodies &update() const { return m_update; }
    Id updateId() const { return m_update.update.id; }
    const std::optional<UpdateWithBodies> &lastPublished() const { return m_lastPublished; }
    bool isLoaded() const { return m_loaded; }
    bool isReadOnly() const { return m_readOnly; }
    /** Text typed that the team database does not have yet. */
    bool hasUnsavedText() const { return m_dbDirty; }
    UpdateKind kind() const { return m_kind; }
    /** The kind can change until the update is first saved. */
    bool canChangeKind() const { return m_update.update.id == 0 && !m_readOnly; }
    void setKind(UpdateKind kind);
    /** The text in each language, as the window shows it (languages left empty are not saved). */
    const UpdateBodies &bodies() const { return m_bodies; }
    /** The template for this kind in `language`, filled in with the incident. */
    Result<QString> templateText(Language language) const;

    void load();
    /** The text changed; `typed` when the person typed it (kept and saved), not a template filled in. */
    void setBodies(const UpdateBodies &bodies, bool typed = true);
    void keepLocally();
    /** Saves to the team database; `then(true)` once it is there. */
    void save(std::function<void(bool)> then = {});
    void submit();
    void withdraw();
    void discard();
    /** The window closes: the text is kept here at once and saved; `done` runs when it may go. */
    void finish(std::function<void()> done);

signals:
    /** Loaded: bodies() holds the text to show (empty for a new update); `restoredAt` is valid
     *  when it is text this computer kept that the database did not have. */
    void loaded(const QDateTime &restoredAt);
    void loadFailed(const QString &message);
    void notice(const QString &text, bool error, desk::NextStep next);
    /** Where the text is: "Kept on this computer at …", "Saved to the team database at …". */
    void statusChanged(const QString &text);
    void readOnlyChanged(bool readOnly);
    void kindFixed();
    void saved();
    /** The update changed in the database (saved, submitted, withdrawn, discarded). */
    void changed();
    void submitted();
    void discarded();
    void failed(const QString &message);

private:
    struct Loaded
    {
        std::optional<UpdateWithBodies> update;
        std::optional<UpdateWithBodies> lastPublished;
    };
    void apply(const Loaded &data);
    void restoreLocalDraft(bool existing);
    void checkEditable();
    void finishSave(const Result<UpdateWithBodies> &result, const QString &oldKey, const UpdateBodies &text,
                    const std::function<void(bool)> &then);
    void setReadOnly(bool readOnly, const QString &why);
    UpdateBodies nonEmpty() const;
    QString draftKey() const;

    DbWorker *m_worker;
    User m_user;
    Incident m_incident;
    QStringList m_serviceNames;
    DraftStore m_drafts;
    UpdateKind m_kind;
    UpdateWithBodies m_update;
    std::optional<UpdateWithBodies> m_lastPublished;
    UpdateBodies m_bodies;
    bool m_loaded = false;
    bool m_readOnly = false;
    bool m_dbDirty = false;
    bool m_saving = false;
    QTimer *m_localTimer;
    QTimer *m_dbTimer;
};

} // namespace desk
