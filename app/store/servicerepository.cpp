// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicerepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace desk {

ServiceRepository::ServiceRepository(Database &db) : m_db(db) {}

Result<QList<Service>> ServiceRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, key, name, status, version FROM services ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<Service> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                    fromKey<ServiceStatus>(r.value(3).toString()).value_or(ServiceStatus::Operational),
                    r.value(4).toInt()});
    }
    return out;
}

Result<QHash<QString, Id>> ServiceRepository::idsByKey() const
{
    auto q = m_db.exec(QStringLiteral("SELECT key, id FROM services"));
    if (!q.ok())
        return q.error();
    QHash<QString, Id> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return out;
}

Result<Id> ServiceRepository::ensure(const QString &key, const QString &name)
{
    auto r = m_db.scalar(QStringLiteral("INSERT INTO services (key, name, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET name = services.name RETURNING id"),
                         {key, name, Clock::nowMs()});
    if (!r.ok())
        return r.error();
    return r.value().toLongLong();
}

Status ServiceRepository::setStatus(Id id, ServiceStatus status, int expectedVersion, const QString &actor)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE services SET status = ?, updated_at = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"),
                           {toKey(status), Clock::nowMs(), id, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(QCoreApplication::translate(
                "desk::ServiceRepository", "Someone else changed this service's status meanwhile; reload and try again."));
        return AuditLog(m_db).append(actor, QStringLiteral("service.status"), QStringLiteral("service"), id, {},
                                     QJsonObject{{QStringLiteral("status"), toKey(status)}});
    });
}

} // namespace desk
