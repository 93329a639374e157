// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QString>

namespace desk {

/**
 * Passwords and API keys in the operating system's keychain (qtkeychain). When no keychain
 * service runs, secrets can be kept in memory for this session only; they are never written
 * to settings or logs.
 */
class SecretStore final
{
public:
    static SecretStore &instance();

    /** Whether a keychain service answers; checked once, by writing and deleting a probe. */
    bool keychainAvailable();

    Status store(const QString &key, const QString &secret);
    Result<QString> read(const QString &key);
    Status remove(const QString &key);

    void keepForSession(const QString &key, const QString &secret) { m_session.insert(key, secret); }

private:
    SecretStore() = default;
    QHash<QString, QString> m_session;
    int m_available = -1;
};

} // namespace desk
