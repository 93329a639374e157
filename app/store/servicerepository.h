// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>

namespace desk {

class Database;

class ServiceRepository final
{
public:
    explicit ServiceRepository(Database &db);

    Result<QList<Service>> list() const;
    /** service key → id, for importers. */
    Result<QHash<QString, Id>> idsByKey() const;
    /** Inserts the service when its key is new; returns its id either way. */
    Result<Id> ensure(const QString &key, const QString &name);
    Status setStatus(Id id, ServiceStatus status, int expectedVersion, const QString &actor);

private:
    Database &m_db;
};

} // namespace desk
