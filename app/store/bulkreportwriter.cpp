// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkreportwriter.h"

#include "core/clock.h"
#include "database.h"

#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace desk {

namespace {

constexpr qsizetype kCopyChunk = 1 << 20;

// COPY text format: backslash escapes for the characters that would end a field or a row.
void appendCopyField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void appendCopyId(QByteArray &out, Id id)
{
    if (id == 0)
        out.append("\\N");
    else
        out.append(QByteArray::number(id));
}

Status pgExec(PGconn *conn, const char *sql, qint64 *affected = nullptr)
{
    PGresult *result = PQexec(conn, sql);
    const ExecStatusType status = PQresultStatus(result);
    if (affected)
        *affected = QByteArray(PQcmdTuples(result)).toLongLong();
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)
        return Error::database(message);
    return {};
}

const char kColumnList[] = "external_ref, received_at, channel, customer_ref, customer_name, customer_email, "
                           "language, subject, body, service_id, attachments, status, incident_id, updated_at";

constexpr qint64 kSqliteBatch = 20000;

} // namespace

// SQLite goes through its C API here: QtSql's per-row overhead (variants, copies) is larger
// than SQLite's own insert cost. Rows are staged in a temporary table and moved into `reports`
// a batch at a time, because FTS5 flushes its pending index at the end of every statement.
struct BulkReportWriter::SqliteState
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stage = nullptr;
    QList<QPair<QByteArray, QByteArray>> rebuild; // "index name" / "trigger name" → CREATE statement
    ~SqliteState()
    {
        if (stage)
            sqlite3_finalize(stage);
    }

    Status exec(const QByteArray &sql, qint64 *changes = nullptr) const
    {
        char *error = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error ? error : "unknown error");
            sqlite3_free(error);
            return Error::database(message);
        }
        if (changes)
            *changes = sqlite3_changes64(db);
        return {};
    }
};

BulkReportWriter::BulkReportWriter(Database &db) : m_db(db) {}

BulkReportWriter::~BulkReportWriter()
{
    if (m_open)
        rollback();
}

Status BulkReportWriter::begin()
{
    m_stats = {};
    if (m_db.isPostgres()) {
        PGconn *conn = m_db.pgHandle();
        if (Status s = pgExec(conn, "BEGIN"); !s.ok())
            return s;
        m_open = true;
        if (Status s = prepareInitialLoadPostgres(); !s.ok())
            return s;
        // Into an empty table rows go straight in; otherwise through a staging table, so that
        // rows already stored can be skipped with ON CONFLICT.
        if (m_pgRebuild.isEmpty()) {
            if (Status s = pgExec(conn, "CREATE TEMP TABLE report_staging ON COMMIT DROP AS SELECT external_ref, "
                                        "received_at, channel, customer_ref, customer_name, customer_email, language, "
                                        "subject, body, service_id, attachments, status, incident_id, updated_at "
                                        "FROM reports WITH NO DATA");
                !s.ok())
                return s;
        }
        const QByteArray copy = QByteArray("COPY ") + (m_pgRebuild.isEmpty() ? "report_staging" : "reports") + " ("
            + kColumnList + ") FROM STDIN";
        if (Status s = pgExec(conn, copy.constData()); !s.ok())
            return s;
        m_copying = true;
        m_copyBuffer.reserve(kCopyChunk + 65536);
        return {};
    }
    m_sqlite = std::make_unique<SqliteState>();
    m_sqlite->db = m_db.sqliteHandle();
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r.ok())
        return r.error();
    m_open = true;
    if (Status s = m_sqlite->exec(QByteArray("CREATE TEMP TABLE IF NOT EXISTS report_staging (") + kColumnList
                                  + ")");
        !s.ok())
        return s;
    if (Status s = m_sqlite->exec("DELETE FROM temp.report_staging"); !s.ok())
        return s;
    const QByteArray stage = QByteArray("INSERT INTO temp.report_staging (") + kColumnList
        + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
    if (sqlite3_prepare_v3(m_sqlite->db, stage.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_sqlite->stage, nullptr)
        != SQLITE_OK)
        return Error::database(QString::fromUtf8(sqlite3_errmsg(m_sqlite->db)));
    m_pending = 0;
    return prepareInitialLoadSqlite();
}

// Loading into an empty table (a new database, the demo): the secondary indexes and the
// full-text index are built once at the end instead of row by row. Inside the same
// transaction, so a failure or a cancel leaves the schema as it was.
Status BulkReportWriter::prepareInitialLoadSqlite()
{
    sqlite3_stmt *probe = nullptr;
    if (sqlite3_prepare_v2(m_sqlite->db, "SELECT NOT EXISTS (SELECT 1 FROM reports)", -1, &probe, nullptr) != SQLITE_OK)
        return Error::database(QString::fromUtf8(sqlite3_errmsg(m_sqlite->db)));
    const bool empty = sqlite3_step(probe) == SQLITE_ROW && sqlite3_column_int(probe, 0) == 1;
    sqlite3_finalize(probe);
    if (!empty)
        return {};
    sqlite3_stmt *defs = nullptr;
    if (sqlite3_prepare_v2(m_sqlite->db,
                           "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'reports' AND sql IS NOT NULL "
                           "AND (type = 'index' OR name = 'reports_fts_insert')",
                           -1, &defs, nullptr)
        != SQLITE_OK)
        return Error::database(QString::fromUtf8(sqlite3_errmsg(m_sqlite->db)));
    QList<QPair<QByteArray, QByteArray>> dropped;
    while (sqlite3_step(defs) == SQLITE_ROW) {
        dropped.append({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(defs, 0))) + ' '
                            + reinterpret_cast<const char *>(sqlite3_column_text(defs, 1)),
                        QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(defs, 2)))});
    }
    sqlite3_finalize(defs);
    for (const auto &[what, sql] : std::as_const(dropped)) {
        Q_UNUSED(sql);
        if (Status s = m_sqlite->exec("DROP " + what); !s.ok())
            return s;
    }
    m_sqlite->rebuild = dropped;
    return m_sqlite->exec("PRAGMA cache_size = -131072");
}

Status BulkReportWriter::finishInitialLoadSqlite()
{
    if (m_sqlite->rebuild.isEmpty())
        return {};
    for (const auto &[what, sql] : std::as_const(m_sqlite->rebuild)) {
        Q_UNUSED(what);
        if (Status s = m_sqlite->exec(sql); !s.ok())
            return s;
    }
    m_sqlite->rebuild.clear();
    if (Status s = m_sqlite->exec("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')"); !s.ok())
        return s;
    // Statistics for the query planner, now that the table is no longer empty.
    if (Status s = m_sqlite->exec("ANALYZE reports"); !s.ok())
        return s;
    return m_sqlite->exec("PRAGMA cache_size = -32768");
}

// Loading into an empty table (a new team database, the demo): building the secondary indexes
// once at the end is several times faster than updating them row by row. The table is empty,
// so the exclusive lock this takes until the commit keeps nobody from their work.
Status BulkReportWriter::prepareInitialLoadPostgres()
{
    PGconn *conn = m_db.pgHandle();
    m_pgRebuild.clear();
    PGresult *probe = PQexec(conn, "SELECT NOT EXISTS (SELECT 1 FROM reports) AND "
                                   "pg_has_role(current_user, c.relowner, 'USAGE') "
                                   "FROM pg_class c WHERE c.oid = 'reports'::regclass");
    const bool empty = PQresultStatus(probe) == PGRES_TUPLES_OK && PQntuples(probe) == 1
        && QByteArray(PQgetvalue(probe, 0, 0)) == "t";
    PQclear(probe);
    if (!empty)
        return {};
    PGresult *defs = PQexec(conn, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'reports' "
                                  "AND schemaname = current_schema() "
                                  "AND indexname NOT IN ('reports_pkey', 'reports_external_ref_key')");
    QList<QByteArray> names;
    for (int i = 0; PQresultStatus(defs) == PGRES_TUPLES_OK && i < PQntuples(defs); ++i) {
        names.append(QByteArray(PQgetvalue(defs, i, 0)));
        m_pgRebuild.append(QByteArray(PQgetvalue(defs, i, 1)));
    }
    PQclear(defs);
    for (const QByteArray &name : std::as_const(names)) {
        if (Status s = pgExec(conn, QByteArray("DROP INDEX " + name).constData()); !s.ok())
            return s;
    }
    return pgExec(conn, "SET LOCAL maintenance_work_mem = '256MB'");
}

Result<BulkStats> BulkReportWriter::finishInitialLoadPostgres()
{
    PGconn *conn = m_db.pgHandle();
    for (const QByteArray &definition : std::as_const(m_pgRebuild)) {
        if (Status s = pgExec(conn, definition.constData()); !s.ok())
            return s.error();
    }
    m_pgRebuild.clear();
    if (Status s = pgExec(conn, "ANALYZE reports"); !s.ok())
        return s.error();
    if (Status s = pgExec(conn, "COMMIT"); !s.ok())
        return s.error();
    m_open = false;
    m_stats.inserted = m_copied;
    m_stats.alreadyPresent = 0;
    return m_stats;
}

Status BulkReportWriter::add(const ReportRow &row)
{
    const qint64 now = Clock::nowMs();
    const QString attachments = row.attachments.isEmpty() ? QStringLiteral("[]") : row.attachments;
    if (m_db.isPostgres()) {
        QByteArray &b = m_copyBuffer;
        appendCopyField(b, row.externalRef);
        b.append('\t').append(QByteArray::number(row.receivedAtMs)).append('\t');
        appendCopyField(b, row.channel);
        b.append('\t');
        appendCopyField(b, row.customerRef);
        b.append('\t');
        appendCopyField(b, row.customerName);
        b.append('\t');
        appendCopyField(b, row.customerEmail);
        b.append('\t');
        appendCopyField(b, row.language);
        b.append('\t');
        appendCopyField(b, row.subject);
        b.append('\t');
        appendCopyField(b, row.body);
        b.append('\t');
        appendCopyId(b, row.serviceId);
        b.append('\t');
        appendCopyField(b, attachments);
        b.append('\t');
        appendCopyField(b, row.status);
        b.append('\t');
        appendCopyId(b, row.incidentId);
        b.append('\t').append(QByteArray::number(now)).append('\n');
        if (b.size() >= kCopyChunk)
            return flushCopy();
        return {};
    }

    sqlite3_stmt *st = m_sqlite->stage;
    const auto text = [st](int index, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    const auto id = [st](int index, Id value) {
        if (value == 0)
            sqlite3_bind_null(st, index);
        else
            sqlite3_bind_int64(st, index, value);
    };
    text(1, row.externalRef);
    sqlite3_bind_int64(st, 2, row.receivedAtMs);
    text(3, row.channel);
    text(4, row.customerRef);
    text(5, row.customerName);
    text(6, row.customerEmail);
    text(7, row.language);
    text(8, row.subject);
    text(9, row.body);
    id(10, row.serviceId);
    text(11, attachments);
    text(12, row.status);
    id(13, row.incidentId);
    sqlite3_bind_int64(st, 14, now);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return Error::database(QString::fromUtf8(sqlite3_errmsg(m_sqlite->db)));
    if (++m_pending >= kSqliteBatch)
        return flushSqlite();
    return {};
}

Status BulkReportWriter::flushSqlite()
{
    if (m_pending == 0)
        return {};
    qint64 inserted = 0;
    // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT.
    if (Status s = m_sqlite->exec(QByteArray("INSERT INTO reports (") + kColumnList + ") SELECT " + kColumnList
                                      + " FROM temp.report_staging WHERE true ORDER BY rowid "
                                        "ON CONFLICT (external_ref) DO NOTHING",
                                  &inserted);
        !s.ok())
        return s;
    if (Status s = m_sqlite->exec("DELETE FROM temp.report_staging"); !s.ok())
        return s;
    m_stats.inserted += inserted;
    m_stats.alreadyPresent += m_pending - inserted;
    m_pending = 0;
    return {};
}

Status BulkReportWriter::flushCopy()
{
    if (m_copyBuffer.isEmpty())
        return {};
    if (PQputCopyData(m_db.pgHandle(), m_copyBuffer.constData(), int(m_copyBuffer.size())) != 1)
        return Error::database(QString::fromUtf8(PQerrorMessage(m_db.pgHandle())));
    m_copyBuffer.clear();
    return {};
}

Result<BulkStats> BulkReportWriter::commit()
{
    if (!m_open)
        return Error::invalid(QStringLiteral("commit() without begin()"));
    if (m_db.isPostgres()) {
        PGconn *conn = m_db.pgHandle();
        if (Status s = flushCopy(); !s.ok())
            return s.error();
        m_copying = false;
        if (PQputCopyEnd(conn, nullptr) != 1)
            return Error::database(QString::fromUtf8(PQerrorMessage(conn)));
        while (PGresult *result = PQgetResult(conn)) {
            const bool failed = PQresultStatus(result) != PGRES_COMMAND_OK;
            const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (!failed)
                m_copied = QByteArray(PQcmdTuples(result)).toLongLong();
            PQclear(result);
            if (failed)
                return Error::database(message);
        }
        if (!m_pgRebuild.isEmpty())
            return finishInitialLoadPostgres();
        PGresult *count = PQexec(conn, "SELECT count(*) FROM report_staging");
        const bool counted = PQresultStatus(count) == PGRES_TUPLES_OK;
        const qint64 staged = counted ? QByteArray(PQgetvalue(count, 0, 0)).toLongLong() : 0;
        const QString countError = QString::fromUtf8(PQresultErrorMessage(count)).trimmed();
        PQclear(count);
        if (!counted)
            return Error::database(countError);
        qint64 inserted = 0;
        if (Status s = pgExec(conn,
                              "INSERT INTO reports (external_ref, received_at, channel, customer_ref, customer_name, "
                              "customer_email, language, subject, body, service_id, attachments, status, incident_id, "
                              "updated_at) SELECT external_ref, received_at, channel, customer_ref, customer_name, "
                              "customer_email, language, subject, body, service_id, attachments, status, incident_id, "
                              "updated_at FROM report_staging ON CONFLICT (external_ref) DO NOTHING",
                              &inserted);
            !s.ok())
            return s.error();
        if (Status s = pgExec(conn, "COMMIT"); !s.ok())
            return s.error();
        m_open = false;
        m_stats.inserted = inserted;
        m_stats.alreadyPresent = staged - inserted;
        return m_stats;
    }
    if (Status s = flushSqlite(); !s.ok())
        return s.error();
    if (Status s = finishInitialLoadSqlite(); !s.ok())
        return s.error();
    if (m_sqlite->stage) {
        sqlite3_finalize(m_sqlite->stage);
        m_sqlite->stage = nullptr;
    }
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r.ok())
        return r.error();
    m_open = false;
    return m_stats;
}

void BulkReportWriter::rollback()
{
    if (!m_open)
        return;
    if (m_db.isPostgres()) {
        PGconn *conn = m_db.pgHandle();
        if (m_copying) {
            PQputCopyEnd(conn, "cancelled");
            while (PGresult *result = PQgetResult(conn))
                PQclear(result);
            m_copying = false;
        }
        (void)pgExec(conn, "ROLLBACK");
        m_pgRebuild.clear(); // the rollback restored the indexes
    } else {
        if (m_sqlite && m_sqlite->stage) {
            sqlite3_finalize(m_sqlite->stage);
            m_sqlite->stage = nullptr;
        }
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        if (m_sqlite && !m_sqlite->rebuild.isEmpty()) {
            m_sqlite->rebuild.clear(); // the rollback restored the schema
            (void)m_sqlite->exec("PRAGMA cache_size = -32768");
        }
    }
    m_open = false;
}

} // namespace desk
