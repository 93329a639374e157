// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QJsonObject>

namespace desk {

class Database;

/**
 * The append-only record of every change: who, when, what, before and after. Each entry's hash
 * covers the previous entry's hash, so an edited or removed entry breaks the chain.
 * On PostgreSQL the database writes every entry itself from the change (triggers, with the login
 * role as actor), so append() does nothing there; on SQLite it writes here, inside the IMMEDIATE
 * transaction that serialises writers.
 */
class AuditLog final
{
public:
    explicit AuditLog(Database &db);

    Status append(const QString &actor, const QString &action, const QString &entity, Id entityId,
                  const QJsonObject &before = {}, const QJsonObject &after = {});

    Result<QList<AuditEntry>> list(const QString &entity = {}, Id entityId = 0, int limit = 500) const;
    /** The newest entry's number (0 for an empty log). */
    Result<qint64> newestSeq() const;
    /** Entries after `seq` about `entity` with one of `actions`, in commit order. */
    Result<QList<AuditEntry>> since(qint64 seq, const QString &entity, const QStringList &actions) const;

    struct Verification
    {
        bool intact = true;
        qint64 checked = 0;
        qint64 firstBrokenSeq = 0;
    };
    /** Walks the whole chain and recomputes every hash. */
    Result<Verification> verify() const;

    static QString genesisHash();
    static QString computeHash(const QString &prevHash, qint64 atMs, const QString &actor, const QString &action,
                               const QString &entity, Id entityId, const QString &before, const QString &after);

private:
    Database &m_db;
};

} // namespace desk
