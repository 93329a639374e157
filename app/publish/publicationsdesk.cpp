// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationsdesk.h"

#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"

namespace desk {

PublicationsDesk::PublicationsDesk(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

void PublicationsDesk::jobs(QObject *context, Reply<QList<PublicationJob>> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<QList<PublicationJob>>>(
        context, [user](Database &db) { return PublicationRepository(db, user).jobs(2000); }, std::move(reply), std::move(offline));
}

void PublicationsDesk::retry(QObject *context, Id jobId, int version, Reply<PublicationJob> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<PublicationJob>>(
        context, [user, jobId, version](Database &db) { return PublicationRepository(db, user).retry(jobId, version); },
        std::move(reply), std::move(offline));
}

void PublicationsDesk::cancel(QObject *context, Id jobId, int version, Reply<PublicationJob> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<PublicationJob>>(
        context, [user, jobId, version](Database &db) { return PublicationRepository(db, user).cancel(jobId, version); },
        std::move(reply), std::move(offline));
}

void PublicationsDesk::targets(QObject *context, Reply<Targets> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<Targets>>(
        context,
        [user](Database &db) -> Result<Targets> {
            auto targets = PublicationRepository(db, user).targets();
            if (!targets.ok())
                return targets.error();
            auto services = ServiceRepository(db).list();
            if (!services.ok())
                return services.error();
            return Targets{targets.value(), services.value()};
        },
        std::move(reply), std::move(offline));
}

void PublicationsDesk::setTargetEnabled(QObject *context, Id targetId, bool enabled, int version,
                                        Reply<PublicationTarget> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<PublicationTarget>>(
        context,
        [user, targetId, enabled, version](Database &db) {
            return PublicationRepository(db, user).setTargetEnabled(targetId, enabled, version);
        },
        std::move(reply), std::move(offline));
}

void PublicationsDesk::saveTarget(QObject *context, const PublicationTarget &target, const QString &name,
                                  const QString &config, Reply<PublicationTarget> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<PublicationTarget>>(
        context,
        [user, target, name, config](Database &db) {
            PublicationRepository repo(db, user);
            return target.id == 0 ? repo.addTarget(target.kind, name, config)
                                  : repo.updateTarget(target.id, name, config, target.version);
        },
        std::move(reply), std::move(offline));
}

void PublicationsDesk::helpCenterIndex(QObject *context, Reply<QUrl> reply, Offline offline) const
{
    const User user = m_user;
    m_worker->call<Result<QUrl>>(
        context, [user](Database &db) { return PublicationRepository(db, user).helpCenterIndex(); }, std::move(reply),
        std::move(offline));
}

} // namespace desk
