// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "store/intaketokenrepository.h"

#include <QHash>
#include <QReadWriteLock>

#include <chrono>
#include <functional>

namespace desk {

class Database;

/**
 * What the intake checks each request against, kept for a short while: the tokens seen (by
 * their SHA-256) and the services' keys. A busy form costs one token check per minute, not one
 * per report, and while the team database cannot be reached a token seen before still works,
 * so reports keep arriving into the spool. A revoked token stops working within `ttl`.
 */
class IntakeDirectory final
{
public:
    explicit IntakeDirectory(std::chrono::seconds ttl = std::chrono::seconds(60)) : m_ttl(ttl) {}

    /** Gives the calling thread's connection when one is needed; null when the database is away. */
    using Connection = std::function<Database *()>;

    /** The valid token with this secret. */
    Result<IntakeToken> token(const QString &secret, const Connection &connection);
    /** The services' ids by key. */
    Result<QHash<QString, Id>> services(const Connection &connection);

private:
    using Clock = std::chrono::steady_clock;
    struct Cached
    {
        IntakeToken token;
        Clock::time_point checkedAt;
    };

    const std::chrono::seconds m_ttl;
    QReadWriteLock m_lock;
    QHash<QString, Cached> m_tokens; // by SHA-256
    QHash<QString, Id> m_services;
    Clock::time_point m_servicesAt{};
};

} // namespace desk
