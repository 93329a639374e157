// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedcontentrepository.h"

#include "core/clock.h"
#include "database.h"

#include <algorithm>

namespace desk {

namespace {
QString idList(const QSet<Id> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (Id id : ids)
        out << QString::number(id);
    return out.join(u',');
}
} // namespace

PublishedContentRepository::PublishedContentRepository(Database &db) : m_db(db) {}

Result<QHash<Id, QList<UpdateWithBodies>>> PublishedContentRepository::publishedUpdates(const QSet<Id> &withBodies,
                                                                                        bool allBodies, int feedBodies,
                                                                                        const std::optional<QSet<Id>> &of) const
{
    QHash<Id, QList<UpdateWithBodies>> published;
    QHash<Id, QPair<Id, int>> where; // update id -> incident id, index in its list
    QList<QPair<qint64, Id>> newest; // published at, update id
    const QString only = of ? QStringLiteral("AND incident_id IN (%1) ").arg(of->isEmpty() ? QStringLiteral("0") : idList(*of))
                            : QString();
    auto q = m_db.exec(QStringLiteral("SELECT id, incident_id, kind, published_at, announced_state FROM updates "
                                      "WHERE status = 'published' ")
                       + only + QStringLiteral("ORDER BY incident_id, published_at, id"));
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        UpdateWithBodies u;
        u.update.id = q.value().value(0).toLongLong();
        u.update.incidentId = q.value().value(1).toLongLong();
        u.update.kind = fromKey<UpdateKind>(q.value().value(2).toString()).value_or(UpdateKind::Progress);
        u.update.status = UpdateStatus::Published;
        const qint64 at = q.value().value(3).toLongLong();
        u.update.publishedAt = fromMs(at);
        u.update.announcedState = fromKey<IncidentState>(q.value().value(4).toString());
        QList<UpdateWithBodies> &list = published[u.update.incidentId];
        where.insert(u.update.id, {u.update.incidentId, int(list.size())});
        newest.append({at, u.update.id});
        list.append(u);
    }
    QString filter;
    if (!allBodies) {
        QSet<Id> ids;
        for (Id incident : withBodies) {
            for (const UpdateWithBodies &u : published.value(incident))
                ids.insert(u.update.id);
        }
        const qsizetype feed = qMin<qsizetype>(feedBodies, newest.size());
        std::partial_sort(newest.begin(), newest.begin() + feed, newest.end(), std::greater<>());
        for (qsizetype n = 0; n < feed; ++n)
            ids.insert(newest.at(n).second);
        if (ids.isEmpty())
            return published;
        filter = QStringLiteral(" WHERE update_id IN (%1)").arg(idList(ids));
    }
    auto bodies = m_db.exec(QStringLiteral("SELECT update_id, language, body FROM update_bodies") + filter);
    if (!bodies.ok())
        return bodies.error();
    while (bodies.value().next()) {
        const auto at = where.constFind(bodies.value().value(0).toLongLong());
        if (at == where.constEnd())
            continue; // a body of an update that is not published
        if (auto lang = fromKey<Language>(bodies.value().value(1).toString()))
            published[at->first][at->second].bodies.insert(*lang, bodies.value().value(2).toString());
    }
    return published;
}

Result<RemoteManifest> PublishedContentRepository::heldFiles(Id targetId, const std::optional<QSet<QString>> &paths) const
{
    QString statement = QStringLiteral("SELECT path, sha256, etag FROM published_files WHERE target_id = ?");
    QVariantList values{targetId};
    if (paths) {
        statement += QStringLiteral(" AND path IN (%1)").arg(QStringList(paths->size(), QStringLiteral("?")).join(u','));
        for (const QString &p : *paths)
            values << p;
    }
    auto q = m_db.exec(statement, values);
    if (!q.ok())
        return q.error();
    RemoteManifest manifest;
    while (q.value().next())
        manifest.insert(q.value().value(0).toString(),
                        {QByteArray::fromHex(q.value().value(1).toString().toLatin1()), q.value().value(2).toString()});
    return manifest;
}

Status PublishedContentRepository::saveHeldFiles(Id targetId, const RemoteManifest &before, const RemoteManifest &now)
{
    QList<QVariantList> rows;
    const qint64 at = Clock::nowMs();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was == before.constEnd() || was->sha256 != it->sha256 || was->etag != it->etag)
            rows.append({targetId, it.key(), QString::fromLatin1(it->sha256.toHex()), it->etag, at});
    }
    // Many rows to a statement: a whole site is tens of thousands of files.
    constexpr qsizetype kRowsPerStatement = 50;
    return m_db.transaction([&]() -> Status {
        for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
            const qsizetype count = qMin(kRowsPerStatement, rows.size() - from);
            QVariantList values;
            values.reserve(count * 5);
            for (qsizetype n = from; n < from + count; ++n)
                values += rows.at(n);
            auto r = m_db.exec(QStringLiteral("INSERT INTO published_files (target_id, path, sha256, etag, updated_at) VALUES %1 "
                                              "ON CONFLICT (target_id, path) DO UPDATE SET sha256 = excluded.sha256, "
                                              "etag = excluded.etag, updated_at = excluded.updated_at")
                                   .arg(QStringList(count, QStringLiteral("(?, ?, ?, ?, ?)")).join(u',')),
                               values);
            if (!r.ok())
                return r.error();
        }
        return {};
    });
}

Result<QSet<Id>> PublishedContentRepository::incidentsLackingPages(Id targetId) const
{
    QStringList paths{QStringLiteral("lower(i.reference) || '/'")};
    for (Language l : allValues<Language>())
        paths << QStringLiteral("lower(i.reference) || '/%1.html'").arg(toKey(l));
    auto missing = m_db.exec(QStringLiteral("SELECT i.id FROM incidents i WHERE i.last_published_at IS NOT NULL AND (SELECT count(*) "
                                            "FROM published_files f WHERE f.target_id = ? AND f.path IN (%1)) < ?")
                                 .arg(paths.join(QStringLiteral(", "))),
                             {targetId, paths.size()});
    if (!missing.ok())
        return missing.error();
    QSet<Id> ids;
    while (missing.value().next())
        ids.insert(missing.value().value(0).toLongLong());
    return ids;
}

Result<QHash<QString, RemoteObject>> PublishedContentRepository::remoteObjects(Id targetId, Id incidentId) const
{
    auto remote = m_db.exec(QStringLiteral("SELECT locale, remote_id, remote_url FROM publication_remote_objects "
                                           "WHERE target_id = ? AND incident_id = ?"),
                            {targetId, incidentId});
    if (!remote.ok())
        return remote.error();
    QHash<QString, RemoteObject> out;
    while (remote.value().next())
        out.insert(remote.value().value(0).toString(), {remote.value().value(1).toString(), remote.value().value(2).toString()});
    return out;
}

Status PublishedContentRepository::rememberRemoteObject(Id targetId, Id incidentId, const QString &locale,
                                                        const RemoteObject &object)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO publication_remote_objects (target_id, incident_id, locale, remote_id, "
                                      "remote_url, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target_id, incident_id, "
                                      "locale) DO UPDATE SET remote_id = excluded.remote_id, remote_url = excluded.remote_url, "
                                      "updated_at = excluded.updated_at"),
                       {targetId, incidentId, locale, object.id, object.url, Clock::nowMs()});
    return r.ok() ? Status{} : Status{r.error()};
}

} // namespace desk
