// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace desk {

/**
 * Passwords and API keys in the operating system's keychain (qtkeychain). When no keychain
 * service runs, secrets can be kept in memory for this session only; they are never written
 * to settings or logs. Safe to use from any thread.
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

    void keepForSession(const QString &key, const QString &secret);
    /** Whether the secret is kept for this session only (not in the keychain). */
    bool isSessionOnly(const QString &key) const;

private:
    SecretStore() = default;
    mutable QMutex m_mutex; // the publisher reads secrets on its worker thread
    QHash<QString, QString> m_session;
    int m_available = -1;
};

} // namespace desk
