// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/intakestatusrepository.h"
#include "store/intaketokenrepository.h"

#include <functional>

class QObject;

namespace desk {

class DbWorker;

/** What the Intake page shows: the forms' tokens and what each running service last said. */
struct IntakeOverview
{
    Result<QList<IntakeToken>> tokens = Error::invalid(QString());
    Result<QList<IntakeInstance>> instances = Error::invalid(QString());
};

/** The Intake page's reads and an administrator's token changes, on the database worker. */
class IntakeDesk final
{
public:
    IntakeDesk(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

    void overview(QObject *context, std::function<void(IntakeOverview)> reply) const;
    void addToken(QObject *context, const QString &name, const QStringList &origins,
                  std::function<void(Result<IntakeTokenRepository::Issued>)> reply) const;
    void revokeToken(QObject *context, const QString &name, std::function<void(Status)> reply) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
