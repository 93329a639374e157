// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

namespace desk {

class Database;

struct PresenceEntry
{
    QString workstation;
    QString user;
    QString entity;
    Id entityId = 0;
    bool editing = false;
    QDateTime heartbeatAt;
};

/**
 * Who has what open on which workstation, kept by heartbeats: an entry older than
 * `kStaleSeconds` belongs to a workstation that crashed or lost its network and is ignored.
 */
class PresenceRepository final
{
public:
    static constexpr int kHeartbeatSeconds = 20;
    static constexpr int kStaleSeconds = 60;

    PresenceRepository(Database &db, User actor, QString workstation);

    Status beat(const QString &entity, Id entityId, bool editing);
    Status leave(const QString &entity, Id entityId);
    /** The others who have this open now (not this workstation). */
    Result<QList<PresenceEntry>> others(const QString &entity, Id entityId) const;

    /** A name for this run of the program: host, process and a random part. */
    static QString thisWorkstation();

private:
    Database &m_db;
    User m_actor;
    QString m_workstation;
};

} // namespace desk
