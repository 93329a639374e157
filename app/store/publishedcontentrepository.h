// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "updaterepository.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace desk {

class Database;

/** What a publication target holds of a file, as far as we know: its content hash and its ETag. */
struct RemoteFile
{
    QByteArray sha256;
    QString etag;
};
using RemoteManifest = QHash<QString, RemoteFile>;

/** An incident or article a target holds for us, or one of its translations. */
struct RemoteObject
{
    QString id;
    QString url;
};

/**
 * What has been published and where it went: the published updates the Help Center is rendered
 * from, the files each target holds (so only what changed is uploaded) and the objects each API
 * target keeps for an incident (so the next update changes them instead of making new ones).
 */
class PublishedContentRepository final
{
public:
    explicit PublishedContentRepository(Database &db);

    /**
     * Every published update by incident, oldest first. Bodies are read for the incidents in
     * `withBodies` and the newest `feedBodies` updates (the feed), or for all with `allBodies`.
     * With `of`, only the updates of those incidents.
     */
    Result<QHash<Id, QList<UpdateWithBodies>>> publishedUpdates(const QSet<Id> &withBodies, bool allBodies,
                                                                int feedBodies,
                                                                const std::optional<QSet<Id>> &of = std::nullopt) const;
    /** The files the target holds among `paths`, or all of them without paths. */
    Result<RemoteManifest> heldFiles(Id targetId, const std::optional<QSet<QString>> &paths) const;
    /** Records what changed between `before` and `now`, fifty rows a statement, in one transaction. */
    Status saveHeldFiles(Id targetId, const RemoteManifest &before, const RemoteManifest &now);
    /** Incidents with something published whose folder or one of whose pages the target lacks. */
    Result<QSet<Id>> incidentsLackingPages(Id targetId) const;
    /** The objects an API target holds for an incident, by locale. */
    Result<QHash<QString, RemoteObject>> remoteObjects(Id targetId, Id incidentId) const;
    Status rememberRemoteObject(Id targetId, Id incidentId, const QString &locale, const RemoteObject &object);

private:
    Database &m_db;
};

} // namespace desk
