// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/reply.h"
#include "store/updaterepository.h"

#include <QDateTime>

#include <optional>

class QObject;

namespace desk {

class DbWorker;

/** An update waiting for a lead (or back with its author), with what was published before it. */
struct ApprovalItem
{
    UpdateWithBodies update;
    QString incidentReference;
    QString incidentTitle;
    std::optional<UpdateWithBodies> lastPublished;

    /** Since when it waits: submitted, or decided for approved and sent-back updates. */
    QDateTime since() const;
};

/**
 * The four-eyes step without a window: the updates waiting for a decision (leads see every
 * submission, authors follow their own), and a lead's decision on one of them. Answers come back
 * on the caller's thread, to `context`.
 */
class ApprovalQueue final
{
public:
    ApprovalQueue(DbWorker *worker, User user);

    void load(QObject *context, Reply<QList<ApprovalItem>> reply, Offline offline = {}) const;

    enum class Decision { Approve, RequestChanges, Publish };
    struct Decided
    {
        UpdateWithBodies update;
        QList<PublicationJob> jobs; // when published: one per target it goes to
    };
    /** Decides on `update` as it was seen (its version); `comment` says what should change. */
    void decide(QObject *context, const Update &update, Decision decision, const QString &comment, Reply<Decided> reply,
                Offline offline = {}) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
