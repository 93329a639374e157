// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace desk {

enum class Engine { Sqlite, Postgres };

/**
 * Where the data lives: a SQLite file path, or a `postgresql://user[:password]@host[:port]/db`
 * URL (with optional `?sslmode=…&connect_timeout=…`).
 */
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(desk::DatabaseUrl)

public:
    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;
    int connectTimeoutSeconds = 5;

    static Result<DatabaseUrl> parse(const QString &text);
    /** The embedded database in the user's data folder. */
    static DatabaseUrl embedded();
    /** $INCIDENT_DESK_DATABASE when set, else the embedded database. */
    static Result<DatabaseUrl> fromEnvironment(const QString &explicitValue = {});

    /** For logs and the status bar: never contains the password. */
    QString display() const;
    /** The URL to hand to another process; includes the password only when asked. */
    QString toString(bool withPassword = false) const;
};

} // namespace desk
