// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "core/clock.h"
#include "database.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace desk {

namespace {
QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const QString &prevHash, qint64 atMs, const QString &actor, const QString &action,
                              const QString &entity, Id entityId, const QString &before, const QString &after)
{
    // Same text as the PostgreSQL trigger: concat_ws('|', …) over the same fields.
    const QString text = QStringList{prevHash, QString::number(atMs), actor, action, entity,
                                     QString::number(entityId), before, after}
                             .join(u'|');
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &entity, Id entityId,
                        const QJsonObject &before, const QJsonObject &after)
{
    const QString beforeText = compact(before);
    const QString afterText = compact(after);
    // On PostgreSQL the database writes the log itself, from the change (007_policy.sql): a client
    // can neither add nor leave out an entry there.
    if (m_db.isPostgres())
        return {};
    return m_db.transaction([&]() -> Status {
        auto last = m_db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last.ok())
            return last.error();
        const QString prev = last.value().isValid() ? last.value().toString() : genesisHash();
        const qint64 at = Clock::nowMs();
        const QString hash = computeHash(prev, at, actor, action, entity, entityId, beforeText, afterText);
        auto r = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, "
                                          "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {at, actor, action, entity, entityId, beforeText, afterText, prev, hash});
        if (!r.ok())
            return r.error();
        return {};
    });
}

Result<QList<AuditEntry>> AuditLog::list(const QString &entity, Id entityId, int limit) const
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
                                 "FROM audit_log");
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ? AND (? = 0 OR entity_id = ?)");
        values << entity << entityId << entityId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << limit;
    auto q = m_db.exec(sql, values);
    if (!q.ok())
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append({row.value(0).toLongLong(), fromMs(row.value(1).toLongLong()), row.value(2).toString(),
                    row.value(3).toString(), row.value(4).toString(), row.value(5).toLongLong(),
                    row.value(6).toString(), row.value(7).toString(), row.value(8).toString(),
                    row.value(9).toString()});
    }
    return out;
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
                                      "FROM audit_log ORDER BY seq"));
    if (!q.ok())
        return q.error();
    Verification v;
    QString expectedPrev = genesisHash();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        ++v.checked;
        const QString prev = row.value(8).toString();
        const QString hash = computeHash(prev, row.value(1).toLongLong(), row.value(2).toString(),
                                         row.value(3).toString(), row.value(4).toString(), row.value(5).toLongLong(),
                                         row.value(6).toString(), row.value(7).toString());
        if (prev != expectedPrev || hash != row.value(9).toString()) {
            v.intact = false;
            v.firstBrokenSeq = row.value(0).toLongLong();
            return v;
        }
        expectedPrev = hash;
    }
    return v;
}

Result<qint64> AuditLog::newestSeq() const
{
    auto newest = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!newest.ok())
        return newest.error();
    return newest.value().toLongLong();
}

Result<QList<AuditEntry>> AuditLog::since(qint64 seq, const QString &entity, const QStringList &actions) const
{
    QVariantList values{entity};
    for (const QString &a : actions)
        values << a;
    values << seq;
    auto q = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
                                      "FROM audit_log WHERE entity = ? AND action IN (%1) AND seq > ? ORDER BY seq")
                           .arg(QStringList(actions.size(), QStringLiteral("?")).join(u',')),
                       values);
    if (!q.ok())
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append({row.value(0).toLongLong(), fromMs(row.value(1).toLongLong()), row.value(2).toString(),
                    row.value(3).toString(), row.value(4).toString(), row.value(5).toLongLong(),
                    row.value(6).toString(), row.value(7).toString(), row.value(8).toString(),
                    row.value(9).toString()});
    }
    return out;
}

} // namespace desk
