// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/reply.h"

#include <QUrl>

class QObject;

namespace desk {

class DbWorker;

/**
 * The publications a window shows and changes, on the database worker: the jobs, retrying and
 * cancelling one, the targets an administrator configures, the Help Center's address. Answers
 * come back on the caller's thread, to `context` (nothing when it is gone).
 */
class PublicationsDesk final
{
public:
    PublicationsDesk(DbWorker *worker, User user);

    void jobs(QObject *context, Reply<QList<PublicationJob>> reply, Offline offline = {}) const;
    void retry(QObject *context, Id jobId, int version, Reply<PublicationJob> reply, Offline offline = {}) const;
    void cancel(QObject *context, Id jobId, int version, Reply<PublicationJob> reply, Offline offline = {}) const;

    struct Targets
    {
        QList<PublicationTarget> targets;
        QList<Service> services;
    };
    void targets(QObject *context, Reply<Targets> reply, Offline offline = {}) const;
    void setTargetEnabled(QObject *context, Id targetId, bool enabled, int version, Reply<PublicationTarget> reply,
                          Offline offline = {}) const;
    /** Adds `target` (id 0) or renames it and replaces its settings. */
    void saveTarget(QObject *context, const PublicationTarget &target, const QString &name, const QString &config,
                    Reply<PublicationTarget> reply, Offline offline = {}) const;
    void helpCenterIndex(QObject *context, Reply<QUrl> reply, Offline offline = {}) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
