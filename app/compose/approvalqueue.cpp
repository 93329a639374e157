// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalqueue.h"

#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"

#include <QHash>

namespace desk {

QDateTime ApprovalItem::since() const
{
    const Update &u = update.update;
    return u.status == UpdateStatus::Submitted ? u.submittedAt : u.decidedAt;
}

ApprovalQueue::ApprovalQueue(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

void ApprovalQueue::load(QObject *context, Reply<QList<ApprovalItem>> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<QList<ApprovalItem>>>(
        context,
        [user](Database &db) -> Result<QList<ApprovalItem>> {
            UpdateRepository updates(db, user);
            auto listed = updates.withStatus({UpdateStatus::Submitted, UpdateStatus::Approved, UpdateStatus::ChangesRequested});
            if (!listed.ok())
                return listed.error();
            QList<ApprovalItem> out;
            QHash<Id, Incident> incidents;
            for (const Update &u : listed.value()) {
                // Leads see every submission; authors follow their own, including requested changes.
                if (u.status == UpdateStatus::ChangesRequested && u.author != user.name)
                    continue;
                auto full = updates.get(u.id);
                if (!full.ok())
                    return full.error();
                if (!incidents.contains(u.incidentId)) {
                    auto incident = IncidentRepository(db, user).get(u.incidentId);
                    if (!incident.ok())
                        return incident.error();
                    incidents.insert(u.incidentId, incident.value());
                }
                auto last = updates.lastPublished(u.incidentId, u.id);
                if (!last.ok())
                    return last.error();
                const Incident &incident = incidents[u.incidentId];
                out.append({full.value(), incident.reference, incident.title, last.value()});
            }
            return out;
        },
        std::move(reply), std::move(offline));
}

void ApprovalQueue::decide(QObject *context, const Update &update, Decision decision, const QString &comment,
                           Reply<Decided> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<Decided>>(
        context,
        [user, update, decision, comment](Database &db) -> Result<Decided> {
            UpdateRepository updates(db, user);
            Result<UpdateWithBodies> decided = decision == Decision::Approve
                                                   ? updates.approve(update.id, update.version)
                                               : decision == Decision::Publish
                                                   ? updates.publish(update.id, update.version)
                                                   : updates.requestChanges(update.id, comment, update.version);
            if (!decided.ok())
                return decided.error();
            Decided out{decided.value(), {}};
            if (out.update.update.status == UpdateStatus::Published) {
                auto jobs = PublicationRepository(db, user).jobsForUpdate(update.id);
                if (!jobs.ok())
                    return jobs.error();
                out.jobs = jobs.value();
            }
            return out;
        },
        std::move(reply), std::move(offline));
}

} // namespace desk
