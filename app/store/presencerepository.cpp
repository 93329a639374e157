// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencerepository.h"

#include "core/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

namespace desk {

PresenceRepository::PresenceRepository(Database &db, User actor, QString workstation)
    : m_db(db), m_actor(std::move(actor)), m_workstation(std::move(workstation))
{
}

QString PresenceRepository::thisWorkstation()
{
    static const QString name = QStringLiteral("%1/%2/%3")
                                    .arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QRandomGenerator::global()->generate() % 100000);
    return name;
}

Status PresenceRepository::beat(const QString &entity, Id entityId, bool editing)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO presence (workstation, user_name, entity, entity_id, activity, "
                                      "heartbeat_at) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (workstation, entity, entity_id) DO UPDATE SET "
                                      "activity = excluded.activity, heartbeat_at = excluded.heartbeat_at"),
                       {m_workstation, m_actor.name, entity, entityId,
                        editing ? QStringLiteral("editing") : QStringLiteral("viewing"), Clock::nowMs()});
    if (!q.ok())
        return q.error();
    return {};
}

Status PresenceRepository::leave(const QString &entity, Id entityId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM presence WHERE workstation = ? AND entity = ? AND entity_id = ?"),
                       {m_workstation, entity, entityId});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<PresenceEntry>> PresenceRepository::others(const QString &entity, Id entityId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT workstation, user_name, activity, heartbeat_at FROM presence "
                                      "WHERE entity = ? AND entity_id = ? AND workstation <> ? AND heartbeat_at > ? "
                                      "ORDER BY user_name"),
                       {entity, entityId, m_workstation, Clock::nowMs() - qint64(kStaleSeconds) * 1000});
    if (!q.ok())
        return q.error();
    QList<PresenceEntry> out;
    while (q.value().next()) {
        PresenceEntry e;
        e.workstation = q.value().value(0).toString();
        e.user = q.value().value(1).toString();
        e.entity = entity;
        e.entityId = entityId;
        e.editing = q.value().value(2).toString() == QLatin1String("editing");
        e.heartbeatAt = fromMs(q.value().value(3).toLongLong());
        out.append(e);
    }
    return out;
}

} // namespace desk
