// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/reply.h"

#include <QSet>

class QObject;

namespace desk {

class DbWorker;

/**
 * The messages to reporters a window shows and decides on, on the database worker: the jobs and
 * the incidents on hold; sending one again, cancelling it, marking one in doubt as sent, holding
 * an incident's mail. Answers come back on the caller's thread, to `context`.
 */
class MailDesk final
{
public:
    MailDesk(DbWorker *worker, User user);

    struct Listing
    {
        QList<MailJob> jobs;
        QSet<Id> held; // incidents whose mail is on hold
    };
    void jobs(QObject *context, Reply<Listing> reply, Offline offline = {}) const;

    enum class Decision { Retry, Cancel, MarkSent };
    void decide(QObject *context, Id jobId, int version, Decision decision, Reply<MailJob> reply, Offline offline = {}) const;
    void hold(QObject *context, Id incidentId, bool held, Reply<bool> reply, Offline offline = {}) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
