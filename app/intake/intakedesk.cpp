// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakedesk.h"

#include "store/dbworker.h"

namespace desk {

void IntakeDesk::overview(QObject *context, std::function<void(IntakeOverview)> reply) const
{
    const User user = m_user;
    m_worker->call<IntakeOverview>(
        context,
        [user](Database &db) {
            IntakeOverview o;
            o.tokens = IntakeTokenRepository(db, user).list();
            o.instances = IntakeStatusRepository(db).list();
            return o;
        },
        std::move(reply));
}

void IntakeDesk::addToken(QObject *context, const QString &name, const QStringList &origins,
                          std::function<void(Result<IntakeTokenRepository::Issued>)> reply) const
{
    const User user = m_user;
    m_worker->call<Result<IntakeTokenRepository::Issued>>(
        context, [user, name, origins](Database &db) { return IntakeTokenRepository(db, user).add(name, origins); },
        std::move(reply));
}

void IntakeDesk::revokeToken(QObject *context, const QString &name, std::function<void(Status)> reply) const
{
    const User user = m_user;
    m_worker->call<Status>(
        context, [user, name](Database &db) { return IntakeTokenRepository(db, user).revoke(name); }, std::move(reply));
}

} // namespace desk
