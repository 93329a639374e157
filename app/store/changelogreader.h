// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace desk {

class Database;

/** One row of the change log: a table's row was inserted, updated or deleted. */
struct Change
{
    qint64 seq = 0;
    QString table;
    Id rowId = 0; // 0 with op "bulk": many rows at once, reload the table
    QString op;   // insert, update, delete, bulk
};

/**
 * The change feed's statements: where the log ends now, whether anything changed, and the
 * changes committed since the last read. On SQLite one writer at a time makes sequence order
 * commit order; on PostgreSQL a change is numbered when it is written, not when it commits, so
 * the reader keeps the snapshot of its last read (see committedSince()).
 */
class ChangeLogReader final
{
public:
    explicit ChangeLogReader(Database &db);

    /** The newest sequence number in the log (0 when empty). */
    Result<qint64> newestSeq() const;
    /** PostgreSQL: the current snapshot, as text. */
    Result<QString> currentSnapshot() const;
    /** A cheap round trip: fails when the connection is gone. */
    Status ping() const;
    /** SQLite: a number that changes whenever another connection commits. */
    Result<qint64> dataVersion() const;
    /** SQLite: up to `limit` changes after `seq`, in order. */
    Result<QList<Change>> after(qint64 seq, int limit) const;

    struct Committed
    {
        QList<Change> changes;
        QString snapshot; // to give to the next read
    };
    /**
     * PostgreSQL: the changes committed since the read that took `snapshot` (or after `seq` when
     * there was none): what was still running then (xip) or had not begun (>= xmax). Read in one
     * REPEATABLE READ transaction with the new snapshot, so each committed change comes exactly once.
     */
    Result<Committed> committedSince(qint64 seq, const QString &snapshot) const;

private:
    Database &m_db;
};

} // namespace desk
