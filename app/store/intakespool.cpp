// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakespool.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace desk {

namespace {
/** A prepared statement finalized when it goes out of scope. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK; }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QByteArray &v) { sqlite3_bind_blob64(m_stmt, i, v.constData(), sqlite3_uint64(v.size()), SQLITE_TRANSIENT); }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)), sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray blob(int column) const
    {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)), sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};
} // namespace

IntakeSpool::~IntakeSpool()
{
    close();
}

void IntakeSpool::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void IntakeSpool::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); // after a failure: nothing more to say
}

QString IntakeSpool::lastError() const
{
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open");
}

Status IntakeSpool::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return {};
    const QString message = QString::fromUtf8(error ? error : "unknown error");
    sqlite3_free(error);
    return Error{Error::Code::Io, tr("The intake spool failed: %1").arg(message)};
}

Status IntakeSpool::open(const QString &path, qint64 maxBytes)
{
    close();
    m_maxBytes = maxBytes;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Io, tr("Cannot create the folder of the intake spool %1.").arg(path)};
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr)
        != SQLITE_OK) {
        const QString why = lastError();
        close();
        return Error{Error::Code::Io, tr("Cannot open the intake spool %1: %2").arg(path, why)};
    }
    sqlite3_busy_timeout(m_db, 5000);
    // Every accepted item is on disk (WAL, synced at each commit) before its sender hears 202.
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE IF NOT EXISTS spool (seq INTEGER PRIMARY KEY AUTOINCREMENT, token_id INTEGER NOT NULL, "
                            "idempotency_key TEXT NOT NULL, external_ref TEXT NOT NULL, accepted_at INTEGER NOT NULL, "
                            "bytes INTEGER NOT NULL, item BLOB NOT NULL)",
                            "CREATE INDEX IF NOT EXISTS spool_key ON spool (token_id, idempotency_key) WHERE idempotency_key <> ''",
                            "CREATE INDEX IF NOT EXISTS spool_ref ON spool (external_ref)",
                            "CREATE TABLE IF NOT EXISTS held (seq INTEGER PRIMARY KEY, held_at INTEGER NOT NULL, reason TEXT NOT NULL, "
                            "item BLOB NOT NULL)"}) {
        if (Status s = exec(sql); !s.ok()) {
            close();
            return Error{Error::Code::Io, tr("Cannot use the intake spool %1: %2").arg(path, s.errorString())};
        }
    }
    return refreshCounts();
}

Status IntakeSpool::refreshCounts()
{
    Statement counts(m_db, "SELECT count(*), coalesce(sum(bytes), 0), (SELECT count(*) FROM held) FROM spool");
    if (!counts.ok() || counts.step() != SQLITE_ROW)
        return Error{Error::Code::Io, tr("The intake spool cannot be read: %1").arg(lastError())};
    m_depth = counts.integer(0);
    m_bytes = counts.integer(1);
    m_held = counts.integer(2);
    return {};
}

Result<qsizetype> IntakeSpool::append(const QList<IntakeItem> &items, QList<QString> *earlier)
{
    earlier->fill(QString(), items.size());
    Statement byKey(m_db, "SELECT external_ref FROM spool WHERE token_id = ?1 AND idempotency_key = ?2 AND idempotency_key <> ''");
    Statement byRef(m_db, "SELECT external_ref FROM spool WHERE external_ref = ?1");
    Statement insert(m_db, "INSERT INTO spool (token_id, idempotency_key, external_ref, accepted_at, bytes, item) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!byKey.ok() || !byRef.ok() || !insert.ok())
        return Error{Error::Code::Io, tr("The intake spool cannot be written: %1").arg(lastError())};
    if (Status s = exec("BEGIN IMMEDIATE"); !s.ok())
        return s.error();
    qsizetype appended = 0;
    qint64 inserted = 0;
    qint64 addedBytes = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const IntakeItem &item = items.at(i);
        byKey.bind(1, item.tokenId);
        byKey.bind(2, item.idempotencyKey);
        byRef.bind(1, item.row.externalRef);
        if (byKey.step() == SQLITE_ROW)
            (*earlier)[i] = byKey.text(0);
        else if (byRef.step() == SQLITE_ROW)
            (*earlier)[i] = byRef.text(0);
        byKey.reset();
        byRef.reset();
        if (!earlier->at(i).isEmpty()) {
            ++appended;
            continue;
        }
        const QByteArray bytes = item.encode();
        if (m_bytes + addedBytes + bytes.size() > m_maxBytes)
            break; // full: the rest is refused (503), never accepted and lost
        insert.bind(1, item.tokenId);
        insert.bind(2, item.idempotencyKey);
        insert.bind(3, item.row.externalRef);
        insert.bind(4, Clock::nowMs());
        insert.bind(5, qint64(bytes.size()));
        insert.bind(6, bytes);
        if (insert.step() != SQLITE_DONE) {
            const QString why = lastError();
            rollback();
            return Error{Error::Code::Io, tr("The intake spool cannot be written: %1").arg(why)};
        }
        insert.reset();
        ++appended;
        ++inserted;
        addedBytes += bytes.size();
    }
    if (Status s = exec("COMMIT"); !s.ok()) {
        rollback();
        return s.error();
    }
    m_bytes += addedBytes;
    m_depth += inserted;
    return appended;
}

Result<QList<IntakeSpool::Entry>> IntakeSpool::oldest(qsizetype limit)
{
    Statement select(m_db, "SELECT seq, item FROM spool ORDER BY seq LIMIT ?1");
    if (!select.ok())
        return Error{Error::Code::Io, tr("The intake spool cannot be read: %1").arg(lastError())};
    select.bind(1, qint64(limit));
    QList<Entry> entries;
    QList<qint64> unreadable;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        auto item = IntakeItem::decode(select.blob(1));
        if (item)
            entries.append({select.integer(0), std::move(*item)});
        else
            unreadable.append(select.integer(0));
    }
    if (rc != SQLITE_DONE)
        return Error{Error::Code::Io, tr("The intake spool cannot be read: %1").arg(lastError())};
    for (const qint64 seq : std::as_const(unreadable)) {
        if (Status s = hold(seq, tr("the spooled item cannot be read (written by another version?)")); !s.ok())
            return s.error();
    }
    if (entries.isEmpty() && !unreadable.isEmpty())
        return oldest(limit);
    return entries;
}

Status IntakeSpool::removeUpTo(qint64 seq)
{
    Statement remove(m_db, "DELETE FROM spool WHERE seq <= ?1");
    if (!remove.ok())
        return Error{Error::Code::Io, tr("The intake spool cannot be written: %1").arg(lastError())};
    remove.bind(1, seq);
    if (remove.step() != SQLITE_DONE)
        return Error{Error::Code::Io, tr("The intake spool cannot be written: %1").arg(lastError())};
    return refreshCounts();
}

Status IntakeSpool::hold(qint64 seq, const QString &reason)
{
    if (Status s = exec("BEGIN IMMEDIATE"); !s.ok())
        return s;
    Statement move(m_db, "INSERT INTO held (seq, held_at, reason, item) SELECT seq, ?2, ?3, item FROM spool WHERE seq = ?1");
    Statement remove(m_db, "DELETE FROM spool WHERE seq = ?1");
    bool ok = move.ok() && remove.ok();
    if (ok) {
        move.bind(1, seq);
        move.bind(2, Clock::nowMs());
        move.bind(3, reason);
        remove.bind(1, seq);
        ok = move.step() == SQLITE_DONE && remove.step() == SQLITE_DONE;
    }
    if (!ok) {
        const QString why = lastError();
        rollback();
        return Error{Error::Code::Io, tr("The intake spool cannot be written: %1").arg(why)};
    }
    if (Status s = exec("COMMIT"); !s.ok())
        return s;
    return refreshCounts();
}

} // namespace desk
