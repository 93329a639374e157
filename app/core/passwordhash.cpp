// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace desk::PasswordHash {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> hash(const QString &password)
{
    if (!ensureSodium())
        return Error::database(QCoreApplication::translate("desk::PasswordHash", "The crypto library failed to start."));
    const QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Error::database(
            QCoreApplication::translate("desk::PasswordHash", "Not enough memory to hash the password."));
    }
    return QString::fromLatin1(out.data());
}

bool verify(const QString &encoded, const QString &password)
{
    if (!ensureSodium() || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace desk::PasswordHash
