// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogreader.h"

#include "database.h"

#include <QSqlQuery>

namespace desk {

namespace {
QList<Change> readChanges(QSqlQuery &q)
{
    QList<Change> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}
} // namespace

ChangeLogReader::ChangeLogReader(Database &db) : m_db(db) {}

Result<qint64> ChangeLogReader::newestSeq() const
{
    auto newest = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!newest.ok())
        return newest.error();
    return newest.value().toLongLong();
}

Result<QString> ChangeLogReader::currentSnapshot() const
{
    auto now = m_db.scalar(QStringLiteral("SELECT pg_current_snapshot()::text"));
    if (!now.ok())
        return now.error();
    return now.value().toString();
}

Status ChangeLogReader::ping() const
{
    auto alive = m_db.scalar(QStringLiteral("SELECT 1"));
    return alive.ok() ? Status() : Status(alive.error());
}

Result<qint64> ChangeLogReader::dataVersion() const
{
    auto version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version.ok())
        return version.error();
    return version.value().toLongLong();
}

Result<QList<Change>> ChangeLogReader::after(qint64 seq, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, table_name, row_id, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT %1")
                           .arg(limit),
                       {seq});
    if (!q.ok())
        return q.error();
    return readChanges(q.value());
}

Result<ChangeLogReader::Committed> ChangeLogReader::committedSince(qint64 seq, const QString &snapshot) const
{
    Committed out;
    Status done = m_db.transaction([&]() -> Status {
        if (auto iso = m_db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !iso.ok())
            return iso.error();
        auto now = currentSnapshot();
        if (!now.ok())
            return now.error();
        Result<QSqlQuery> q = snapshot.isEmpty()
            ? m_db.exec(QStringLiteral("SELECT seq, table_name, row_id, op FROM change_log WHERE seq > ? ORDER BY seq"),
                        {qMax<qint64>(seq, 0)})
            : m_db.exec(QStringLiteral("SELECT seq, table_name, row_id, op FROM change_log "
                                       "WHERE txid >= pg_snapshot_xmax(?::pg_snapshot) "
                                       "OR txid IN (SELECT pg_snapshot_xip(?::pg_snapshot)) ORDER BY seq"),
                        {snapshot, snapshot});
        if (!q.ok())
            return q.error();
        out.changes = readChanges(q.value());
        out.snapshot = now.value();
        return {};
    });
    if (!done.ok())
        return done.error();
    return out;
}

} // namespace desk
