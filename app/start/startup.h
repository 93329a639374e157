// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

namespace desk {

class Database;

/**
 * The steps of starting the desktop program on a database, run on the database worker: the
 * schema brought up to date (with demo data and a local Help Center on a first run), then who
 * may sign in, then signing in.
 */
namespace Startup {

/** Migrates; with `withDemo` adds the demo data; with a folder, a Help Center publishing into it. */
Status prepare(Database &db, bool withDemo, const QString &localHelpCenterFolder);

struct People
{
    Result<User> current = Error::invalid(QString()); // PostgreSQL: the login is the person
    Result<QList<User>> users = Error::invalid(QString()); // SQLite: the people to choose from
};
People people(Database &db);

/** Signs in `name`, or creates the first administrator with `create`. */
Result<User> signIn(Database &db, bool create, const QString &name, const QString &displayName, const QString &password);

} // namespace Startup
} // namespace desk
