// SPDX-License-Identifier: GPL-3.0-or-later
#include "maildesk.h"

#include "store/dbworker.h"
#include "store/mailrepository.h"

namespace desk {

MailDesk::MailDesk(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

void MailDesk::jobs(QObject *context, Reply<Listing> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<Listing>>(
        context,
        [user](Database &db) -> Result<Listing> {
            MailRepository mail(db, user);
            auto jobs = mail.jobs(0, {}, 2000);
            if (!jobs.ok())
                return jobs.error();
            auto held = mail.heldIncidents();
            if (!held.ok())
                return held.error();
            return Listing{jobs.value(), held.value()};
        },
        std::move(reply), std::move(offline));
}

void MailDesk::decide(QObject *context, Id jobId, int version, Decision decision, Reply<MailJob> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<MailJob>>(
        context,
        [user, jobId, version, decision](Database &db) {
            MailRepository mail(db, user);
            switch (decision) {
            case Decision::Retry:
                return mail.retry(jobId, version);
            case Decision::Cancel:
                return mail.cancel(jobId, version);
            case Decision::MarkSent:
                break;
            }
            return mail.settleSent(jobId, version);
        },
        std::move(reply), std::move(offline));
}

void MailDesk::hold(QObject *context, Id incidentId, bool held, Reply<bool> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<bool>>(
        context,
        [user, incidentId, held](Database &db) -> Result<bool> {
            if (Status s = MailRepository(db, user).hold(incidentId, held); !s.ok())
                return s.error();
            return held;
        },
        std::move(reply), std::move(offline));
}

} // namespace desk
