// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;
struct pg_conn;

namespace desk {

/**
 * One open connection to the shared database, owned by the thread that opened it.
 * Threads that need the database open their own with reopen().
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(desk::Database)

public:
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const QString &connectionName = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Engine engine() const { return m_url.engine; }
    bool isPostgres() const { return m_url.engine == Engine::Postgres; }
    const DatabaseUrl &url() const { return m_url; }
    QString connectionName() const { return m_name; }
    QSqlDatabase sql() const;

    /** A second connection to the same database, for another thread. */
    Result<std::unique_ptr<Database>> reopen(const QString &connectionName = {}) const;

    /** Prepares, binds positional values and runs one statement. */
    Result<QSqlQuery> exec(const QString &statement, const QVariantList &values = {}) const;
    /** Runs a script of several statements (migrations). */
    Status execScript(const QString &script) const;
    /** First column of the first row, or an invalid QVariant when there is no row. */
    Result<QVariant> scalar(const QString &statement, const QVariantList &values = {}) const;

    /**
     * Runs `work` in one write transaction (`BEGIN IMMEDIATE` on SQLite); rolls back when it
     * fails. Nested calls join the outer transaction.
     */
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    /** The engine's own handle for what QtSql cannot do (COPY, multi-statement scripts). */
    sqlite3 *sqliteHandle() const;
    pg_conn *pgHandle() const;

    /**
     * Whether the connection still works, without a round trip: on PostgreSQL it reads what the
     * server sent (a shutdown notice, a closed socket) and asks libpq; on SQLite the file is open.
     */
    bool isAlive() const;

    /** On PostgreSQL the login role (current_user); empty on SQLite. */
    QString currentRole() const;

    /** Turns a driver error into a message a person can act on. */
    Error toError(const QSqlError &error, const QString &context = {}) const;

private:
    Database(DatabaseUrl url, QString name);
    Status configure();

    DatabaseUrl m_url;
    QString m_name;
    int m_depth = 0;
};

} // namespace desk
