// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace desk {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("desk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// PostgreSQL's own words, without the "ERROR:" prefix and the "(SQLSTATE)" suffix Qt adds.
QString cleanDriverText(QString text)
{
    text = text.trimmed();
    for (const auto prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    static const QRegularExpression codeSuffix(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)\\s*$"));
    text.remove(codeSuffix);
    const qsizetype newline = text.indexOf(u'\n');
    return newline > 0 ? text.left(newline).trimmed() : text;
}

} // namespace

Database::Database(DatabaseUrl url, QString name) : m_url(std::move(url)), m_name(std::move(name)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &connectionName)
{
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    if (url.engine == Engine::Sqlite) {
        const QFileInfo file(url.path);
        const QFileInfo dir(file.absolutePath());
        if (!dir.exists()) {
            if (!QDir().mkpath(dir.absoluteFilePath()))
                return Error{Error::Code::Unavailable,
                             tr("Cannot create the folder %1 for the database. Choose a folder you can write to.")
                                 .arg(dir.absoluteFilePath())};
        }
        if (file.exists() && file.isDir())
            return Error{Error::Code::Unavailable,
                         tr("%1 is a folder, not a database file. Give the path of a file.").arg(url.path)};
        if (file.exists() && !file.isWritable())
            return Error{Error::Code::Unavailable,
                         tr("The database file %1 is read-only. Make it writable or copy it to a folder of yours.")
                             .arg(url.path)};
        if (!QFileInfo(dir.absoluteFilePath()).isWritable())
            return Error{Error::Code::Unavailable,
                         tr("The folder %1 is read-only, and SQLite needs to write its journal beside the database. "
                            "Move the database to a folder you can write to.")
                             .arg(dir.absoluteFilePath())};
    }

    std::unique_ptr<Database> db(new Database(url, name));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                                   : QStringLiteral("QPSQL"),
                                                     name);
        if (!sql.isValid())
            return Error{Error::Code::Unavailable,
                         tr("The Qt SQL driver for %1 is not installed (package %2).")
                             .arg(url.engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                                  url.engine == Engine::Sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                               : QStringLiteral("libqt6sql6-psql"))};
        if (url.engine == Engine::Sqlite) {
            sql.setDatabaseName(url.path);
            sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            sql.setHostName(url.host);
            sql.setPort(url.port);
            sql.setDatabaseName(url.database);
            sql.setUserName(url.user);
            sql.setPassword(url.password);
            // No JIT: the desk's statements are short, and where the planner expects a big one (the
            // metrics' year, over views with sub-plans) compiling it took longer than running it.
            QStringList options{QStringLiteral("connect_timeout=%1").arg(url.connectTimeoutSeconds),
                                QStringLiteral("application_name=incident-desk"), QStringLiteral("options=-cjit=off")};
            if (!url.sslMode.isEmpty())
                options << QStringLiteral("sslmode=") + url.sslMode;
            sql.setConnectOptions(options.join(u';'));
        }
        if (!sql.open()) {
            const QString detail = cleanDriverText(sql.lastError().databaseText().isEmpty()
                                                       ? sql.lastError().text()
                                                       : sql.lastError().databaseText());
            if (url.engine == Engine::Sqlite)
                return Error{Error::Code::Unavailable,
                             tr("Cannot open the database file %1: %2").arg(url.path, detail)};
            if (detail.contains(QLatin1String("password authentication failed"))
                || detail.contains(QLatin1String("no password supplied")))
                return Error{Error::Code::Unavailable,
                             tr("The server did not accept the password for %1. Check the user name and password.")
                                 .arg(url.user)};
            if (detail.contains(QLatin1String("does not exist")))
                return Error{Error::Code::Unavailable,
                             tr("The server at %1:%2 answered: %3. Check the database and user names, or ask your "
                                "administrator to create them.")
                                 .arg(url.host)
                                 .arg(url.port)
                                 .arg(detail)};
            return Error{Error::Code::Unavailable,
                         tr("Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the "
                            "address is right. (%3)")
                             .arg(url.host)
                             .arg(url.port)
                             .arg(detail)};
        }
    }
    if (Status configured = db->configure(); !configured.ok())
        return configured.error();
    qCDebug(lcStore) << "opened" << db->url().display() << "as" << name;
    return db;
}

Status Database::configure()
{
    if (isPostgres()) {
        // Server notices ("already exists, skipping") go to the log category, not to stderr.
        PQsetNoticeProcessor(
            pgHandle(), [](void *, const char *message) { qCDebug(lcStore) << "server notice:" << message; }, nullptr);
        return {};
    }
    // WAL lets readers work while a writer commits; FULL makes a confirmed edit survive a power cut.
    for (const auto *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r.ok()) {
            if (r.error().message.contains(QLatin1String("not a database")))
                return Error{Error::Code::Unavailable,
                             tr("%1 is not an Incident Desk database (not a SQLite file). Choose another file.")
                                 .arg(m_url.path)};
            return r.error();
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::reopen(const QString &connectionName) const
{
    return open(m_url, connectionName);
}

Result<QSqlQuery> Database::exec(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE transaction control, SET ROLE or DDL.
        if (!query.exec(statement))
            return toError(query.lastError(), statement);
        return query;
    }
    if (!query.prepare(statement))
        return toError(query.lastError(), statement);
    for (const QVariant &v : values) {
        // A QString is text, never NULL; pass QVariant() where NULL is meant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return toError(query.lastError(), statement);
    return query;
}

Result<QVariant> Database::scalar(const QString &statement, const QVariantList &values) const
{
    auto query = exec(statement, values);
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Status Database::execScript(const QString &script) const
{
    const QByteArray utf8 = script.toUtf8();
    if (isPostgres()) {
        PGresult *result = PQexec(pgHandle(), utf8.constData());
        const ExecStatusType status = PQresultStatus(result);
        QString message = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return Error::database(cleanDriverText(message));
        return {};
    }
    char *errorMessage = nullptr;
    if (sqlite3_exec(sqliteHandle(), utf8.constData(), nullptr, nullptr, &errorMessage) != SQLITE_OK) {
        const QString message = QString::fromUtf8(errorMessage ? errorMessage : "unknown error");
        sqlite3_free(errorMessage);
        return Error::database(message);
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status status = work();
        --m_depth;
        return status;
    }
    const QString begin = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (auto r = exec(begin); !r.ok())
        return r.error();
    m_depth = 1;
    Status status = work();
    m_depth = 0;
    if (!status.ok()) {
        if (auto r = exec(QStringLiteral("ROLLBACK")); !r.ok())
            qCWarning(lcStore) << "rollback failed:" << r.errorString();
        return status;
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r.ok()) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return {};
}

sqlite3 *Database::sqliteHandle() const
{
    if (isPostgres())
        return nullptr;
    const QVariant handle = sql().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

bool Database::isAlive() const
{
    if (!sql().isOpen())
        return false;
    if (!isPostgres())
        return true;
    pg_conn *conn = pgHandle();
    if (!conn)
        return false;
    PQconsumeInput(conn);
    return PQstatus(conn) == CONNECTION_OK;
}

pg_conn *Database::pgHandle() const
{
    if (!isPostgres())
        return nullptr;
    const QVariant handle = sql().driver()->handle();
    return handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
}

QString Database::currentRole() const
{
    if (!isPostgres())
        return {};
    auto role = scalar(QStringLiteral("SELECT current_user"));
    return role.ok() ? role.value().toString() : QString();
}

Error Database::toError(const QSqlError &error, const QString &context) const
{
    const QString code = error.nativeErrorCode();
    QString text = cleanDriverText(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    if (!sql().isOpen() || code.startsWith(QLatin1String("08")) || text.contains(QLatin1String("server closed"))
        || text.contains(QLatin1String("no connection to the server"))) {
        return {Error::Code::Unavailable,
                tr("The connection to the database was lost (%1). Your work is kept; try again when it is back.")
                    .arg(text)};
    }
    if (code == QLatin1String("42501") || text.contains(QLatin1String("permission denied")))
        return Error::forbidden(text);
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Error::conflict(tr("Another workstation changed the same data at the same moment; try again."));
    if (!isPostgres() && (text.contains(QLatin1String("published update")) || text.contains(QLatin1String("approves"))
                          || text.contains(QLatin1String("audit log")) || text.contains(QLatin1String("team lead"))
                          || text.contains(QLatin1String("can be reviewed"))
                          || text.contains(QLatin1String("can be published")))) {
        return Error::forbidden(text);
    }
    if (!isPostgres() && (text.contains(QLatin1String("database is locked"))))
        return {Error::Code::Unavailable, tr("The database is busy with another program; try again in a moment.")};
    qCDebug(lcStore) << "SQL error" << code << text << "in" << context.left(200);
    return Error::database(text);
}

} // namespace desk
