// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace desk::PasswordHash {

/** Argon2id (libsodium, interactive limits) in the self-describing `$argon2id$…` form. */
Result<QString> hash(const QString &password);
bool verify(const QString &encoded, const QString &password);

} // namespace desk::PasswordHash
