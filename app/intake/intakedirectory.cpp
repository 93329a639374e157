// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakedirectory.h"

#include "store/database.h"
#include "store/servicerepository.h"

#include <QCoreApplication>

namespace desk {

namespace {
const User kService{0, QStringLiteral("intake-service"), QStringLiteral("Intake"), Role::Agent, true};
constexpr qsizetype kMaxCachedTokens = 10000;
} // namespace

Result<IntakeToken> IntakeDirectory::token(const QString &secret, const Connection &connection)
{
    const QString hash = IntakeTokenRepository::sha256(secret);
    const auto now = Clock::now();
    std::optional<IntakeToken> stale;
    {
        QReadLocker lock(&m_lock);
        const auto it = m_tokens.constFind(hash);
        if (it != m_tokens.constEnd()) {
            if (now - it->checkedAt < m_ttl)
                return it->token;
            stale = it->token;
        }
    }
    Database *db = connection();
    if (!db) {
        if (stale)
            return *stale; // the database is away: a token it accepted a moment ago still works
        return Error{Error::Code::Unavailable, QCoreApplication::translate("desk::IntakeDirectory", "The token cannot be checked now.")};
    }
    auto checked = IntakeTokenRepository(*db, kService).check(secret);
    QWriteLocker lock(&m_lock);
    if (!checked.ok()) {
        if (checked.error().code == Error::Code::NotFound)
            m_tokens.remove(hash);
        else if (stale && checked.error().code == Error::Code::Unavailable)
            return *stale;
        return checked.error();
    }
    if (m_tokens.size() >= kMaxCachedTokens)
        m_tokens.clear();
    m_tokens.insert(hash, {checked.value(), now});
    return checked;
}

Result<QHash<QString, Id>> IntakeDirectory::services(const Connection &connection)
{
    const auto now = Clock::now();
    {
        QReadLocker lock(&m_lock);
        if (m_servicesAt != Clock::time_point{} && now - m_servicesAt < m_ttl)
            return m_services;
    }
    Database *db = connection();
    if (!db && m_servicesAt != Clock::time_point{}) {
        QReadLocker lock(&m_lock);
        return m_services; // the database is away: the keys known a moment ago
    }
    if (!db)
        return Error{Error::Code::Unavailable, QCoreApplication::translate("desk::IntakeDirectory", "The services cannot be read now.")};
    auto read = ServiceRepository(*db).idsByKey();
    QWriteLocker lock(&m_lock);
    if (!read.ok())
        return m_servicesAt != Clock::time_point{} ? Result<QHash<QString, Id>>(m_services) : read;
    m_services = read.value();
    m_servicesAt = now;
    return read;
}

} // namespace desk
