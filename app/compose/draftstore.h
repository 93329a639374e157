// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace desk {

/** What the composer holds that the database may not have yet. */
struct ComposerDraft
{
    Id incidentId = 0;
    Id updateId = 0;     // 0 for an update not saved to the database yet
    int baseVersion = 0; // the update's version the text was started from
    UpdateKind kind = UpdateKind::Progress;
    QMap<Language, QString> bodies;
    QDateTime savedAt;
};

/**
 * The composer's safety net on this computer: every change is written atomically (QSaveFile)
 * to a JSON file per draft, so a crash, a power cut or a closed window loses nothing. A draft
 * is removed once the database has it.
 */
class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(desk::DraftStore)

public:
    /** `folder` defaults to the application's data folder under `drafts/`. */
    explicit DraftStore(QString folder = {});

    static QString keyFor(Id incidentId, Id updateId);

    Status save(const QString &key, const ComposerDraft &draft) const;
    std::optional<ComposerDraft> load(const QString &key) const;
    void remove(const QString &key) const;
    /** Drafts left behind, e.g. by a crash; newest first. */
    QList<ComposerDraft> all() const;
    QList<ComposerDraft> forIncident(Id incidentId) const;

    const QString &folder() const { return m_folder; }

private:
    QString pathFor(const QString &key) const;
    QString m_folder;
};

} // namespace desk
