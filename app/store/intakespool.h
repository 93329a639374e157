// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "intake/intakeitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;

namespace desk {

/**
 * The service's local spool: reports accepted while the team database cannot be reached, kept
 * in a SQLite file of the service's own (WAL, `synchronous=FULL`: an item is on disk before
 * its sender is told `202`). They are written to the team database in the order they came,
 * then removed; an item the database refuses is set aside in `held`, never dropped.
 */
class IntakeSpool final
{
    Q_DECLARE_TR_FUNCTIONS(desk::IntakeSpool)

public:
    IntakeSpool() = default;
    ~IntakeSpool();
    Q_DISABLE_COPY_MOVE(IntakeSpool)

    /** Opens (creating) the spool at `path`; it takes at most `maxBytes` of items. */
    Status open(const QString &path, qint64 maxBytes);
    void close();

    struct Entry
    {
        qint64 seq = 0;
        IntakeItem item;
    };

    /**
     * Appends items in one transaction, in order, as many as fit; returns how many. An item
     * whose key or reference is already spooled is not appended again: `earlier` gets its
     * reference (empty for the ones appended).
     */
    Result<qsizetype> append(const QList<IntakeItem> &items, QList<QString> *earlier);
    /** The oldest `limit` entries (decoding failures are moved to `held`). */
    Result<QList<Entry>> oldest(qsizetype limit);
    /** Removes the entries up to and including `seq` (they are in the team database). */
    Status removeUpTo(qint64 seq);
    /** Moves one entry the database refused to `held`, with the reason. */
    Status hold(qint64 seq, const QString &reason);

    qint64 depth() const { return m_depth; }
    qint64 bytes() const { return m_bytes; }
    qint64 held() const { return m_held; }

private:
    Status exec(const char *sql);
    void rollback();
    Status refreshCounts();
    QString lastError() const;

    sqlite3 *m_db = nullptr;
    qint64 m_maxBytes = 0;
    qint64 m_depth = 0;
    qint64 m_bytes = 0;
    qint64 m_held = 0;
};

} // namespace desk
