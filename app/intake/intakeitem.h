// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "intake/submission.h"
#include "store/bulkreportwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace desk {

/**
 * One accepted report on its way into the team database: the checked row (its reference is
 * fixed when it is accepted, so a report kept in the spool is written once however often it is
 * tried), the token it came with, the sender's idempotency key and its files.
 */
struct IntakeItem
{
    ReportRow row;
    Id tokenId = 0;
    QString idempotencyKey;
    QList<SubmittedFile> files;
    /**
     * What this report answers (an e-mail reply): earlier Message-IDs and report references, and
     * incident references (INC-2026-0042) from the subject. When one of them belongs to an
     * incident, the report joins it.
     */
    QStringList threadRefs;
    QStringList incidentRefs;

    /** The bytes the spool keeps; `decode` reads them back (nullopt for anything else). */
    QByteArray encode() const;
    static std::optional<IntakeItem> decode(const QByteArray &bytes);
    /** The `attachments` column: a JSON array of {name, type, size}. */
    QString attachmentsJson() const;
};

/** What became of an item: stored now, stored earlier (a repeat), or kept in the spool. */
struct IntakeOutcome
{
    enum class Kind { Created, AlreadyReceived, Queued, NotKept, Failed }; // NotKept: 503, try again
    Kind kind = Kind::Failed;
    Id id = 0;          // the report, once it is in the team database
    QString reference;  // the report's reference the sender is told
    QString message;    // why, when it failed
};

} // namespace desk
