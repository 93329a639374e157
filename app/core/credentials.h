// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace desk::Credentials {

/**
 * A secret kept in a file, never in a configuration or the database: the file a setting names
 * (`configuredFile`), else the systemd credential `name` (`$CREDENTIALS_DIRECTORY/name`, see
 * `LoadCredential=`), else `name` in `secretsDir`, which must be readable by its owner only
 * (`chmod 600`). Empty when there is none; an error when a file is there but cannot be used.
 */
Result<QString> read(const QString &name, const QString &configuredFile = {}, const QString &secretsDir = {});

} // namespace desk::Credentials
