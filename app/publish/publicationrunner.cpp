// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationrunner.h"

#include "apipublishers.h"
#include "core/clock.h"
#include "core/logging.h"
#include "helpcentersite.h"
#include "httpclient.h"
#include "store/database.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"
#include "folderpublisher.h"
#include "webdavpublisher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::PublicationRunner", text);
}

QJsonObject configOf(const PublicationTarget &target)
{
    return QJsonDocument::fromJson(target.config.toUtf8()).object();
}

QString idList(const QSet<Id> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (Id id : ids)
        out << QString::number(id);
    return out.join(u',');
}

constexpr int kFeedBodies = 200;       // the feed shows the newest 200 updates
constexpr int kRenderAllAbove = 1000;  // past this many pages to write, read every body at once
} // namespace

PublicationRunner::PublicationRunner(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

qint64 PublicationRunner::backoffMs(int attempt)
{
    const qint64 base = qMin<qint64>(qint64(1000) << qBound(1, attempt, 12), 3600 * 1000);
    const qint64 jitter = qint64(QRandomGenerator::global()->bounded(int(base / 2 + 1))) - base / 4;
    return qMax<qint64>(500, base + jitter);
}

QString PublicationRunner::waitingReason(const PublicationTarget &target, bool hasSecret)
{
    const QJsonObject c = configOf(target);
    auto missing = [&](const char *key) { return c.value(QLatin1String(key)).toVariant().toString().trimmed().isEmpty(); };
    switch (target.kind) {
    case PublicationKind::HelpCenter:
        if (missing("davUrl"))
            return tr("Waiting: the Help Center target has no WebDAV address yet; an administrator sets it.");
        return {}; // a WebDAV server may need no password
    case PublicationKind::Statuspage:
        if (missing("pageId"))
            return tr("Waiting: the Statuspage target has no page id yet; an administrator sets it.");
        break;
    case PublicationKind::Cachet:
        if (missing("baseUrl"))
            return tr("Waiting: the Cachet target has no address yet; an administrator sets it.");
        break;
    case PublicationKind::Zendesk:
        if (missing("baseUrl") || missing("sectionId") || missing("user"))
            return tr("Waiting: the Zendesk Guide target needs its address, section id and user; an administrator sets them.");
        break;
    case PublicationKind::Webhook:
        if (missing("url"))
            return tr("Waiting: the webhook target has no address yet; an administrator sets it.");
        break;
    }
    if (!hasSecret)
        return tr("Waiting: this workstation has no credentials for %1; an administrator enters them in Publication "
                  "targets.").arg(target.name);
    return {};
}

Result<QHash<Id, QList<UpdateWithBodies>>> PublicationRunner::publishedUpdates(const QSet<Id> &withBodies, bool allBodies) const
{
    QHash<Id, QList<UpdateWithBodies>> published;
    QHash<Id, QPair<Id, int>> where; // update id -> incident id, index in its list
    QList<QPair<qint64, Id>> newest; // published at, update id
    auto q = m_db.exec(QStringLiteral("SELECT id, incident_id, kind, published_at FROM updates WHERE status = 'published' "
                                      "ORDER BY incident_id, published_at, id"));
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
        const qsizetype feed = qMin<qsizetype>(kFeedBodies, newest.size());
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

Result<RemoteManifest> PublicationRunner::heldFiles(Id targetId, const QList<SiteFile> &files, bool all) const
{
    QString statement = QStringLiteral("SELECT path, sha256, etag FROM published_files WHERE target_id = ?");
    QVariantList values{targetId};
    if (!all) {
        // Only what this publication may touch: its files, their folders and the site's own.
        QSet<QString> paths{QStringLiteral("./")};
        for (const SiteFile &f : files) {
            paths.insert(f.path);
            for (QString folder = f.path.section(u'/', 0, -2); !folder.isEmpty(); folder = folder.section(u'/', 0, -2))
                paths.insert(folder + u'/');
        }
        statement += QStringLiteral(" AND path IN (%1)").arg(QStringList(paths.size(), QStringLiteral("?")).join(u','));
        for (const QString &p : std::as_const(paths))
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

Status PublicationRunner::saveHeldFiles(Id targetId, const RemoteManifest &before, const RemoteManifest &now)
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

Result<PublicationRunner::Sent> PublicationRunner::publishHelpCenter(const PublicationJob &job, const PublicationTarget &target)
{
    const QJsonObject config = configOf(target);
    const QUrl dav(config.value(QStringLiteral("davUrl")).toString());
    if (!dav.isValid() || dav.scheme().isEmpty())
        return Error::invalid(tr("The Help Center target's WebDAV address is not a valid URL: %1").arg(dav.toString()));
    const bool toFolder = dav.isLocalFile(); // file:///…: a folder on this computer
    SiteOptions options;
    options.baseUrl = config.value(QStringLiteral("baseUrl")).toString(dav.toString());
    if (!options.baseUrl.endsWith(u'/'))
        options.baseUrl += u'/';
    if (config.contains(QStringLiteral("title")))
        options.title = config.value(QStringLiteral("title")).toString();
    options.now = Clock::now();

    // The pages to write: the job's incident, and any the server does not have yet (the first
    // publication, a new target); every other page is as it was. The shared files list everyone.
    auto incidents = IncidentRepository(m_db, m_actor).list();
    if (!incidents.ok())
        return incidents.error();
    // Incidents with something public whose folder or one of whose pages the server lacks.
    QStringList paths{QStringLiteral("lower(i.reference) || '/'")};
    for (Language l : allValues<Language>())
        paths << QStringLiteral("lower(i.reference) || '/%1.html'").arg(toKey(l));
    auto missing = m_db.exec(QStringLiteral("SELECT i.id FROM incidents i WHERE i.last_published_at IS NOT NULL AND (SELECT count(*) "
                                            "FROM published_files f WHERE f.target_id = ? AND f.path IN (%1)) < ?")
                                 .arg(paths.join(QStringLiteral(", "))),
                             {target.id, paths.size()});
    if (!missing.ok())
        return missing.error();
    QSet<Id> pages;
    while (missing.value().next())
        pages.insert(missing.value().value(0).toLongLong());
    Incident jobIncident;
    for (const Incident &i : incidents.value()) {
        if (i.reference == job.incidentReference) {
            jobIncident = i;
            pages.insert(i.id);
        }
    }
    auto published = publishedUpdates(pages, pages.size() > kRenderAllAbove);
    if (!published.ok())
        return published.error();
    QHash<QString, QString> serviceNames;
    for (const Service &s : ServiceRepository(m_db).list().value_or({}))
        serviceNames.insert(s.key, s.name);
    QList<SiteIncident> site;
    site.reserve(incidents->size());
    QList<const SiteIncident *> toRender;
    for (const Incident &i : incidents.value()) {
        const auto updates = published->constFind(i.id);
        if (updates == published->constEnd())
            continue; // nothing public yet
        SiteIncident s;
        s.incident = i;
        for (const QString &key : i.serviceKeys)
            s.serviceNames << serviceNames.value(key, key);
        s.published = *updates;
        site.append(std::move(s));
        if (pages.contains(i.id))
            toRender.append(&site.last()); // reserved: the list does not move
    }
    QList<SiteFile> rendered = HelpCenterSite::incidentPages(toRender, options) + HelpCenterSite::sharedFiles(site, options);

    // What the server holds of those files, from the last publication.
    auto manifest = heldFiles(target.id, rendered, toRender.size() > kRenderAllAbove);
    if (!manifest.ok())
        return manifest.error();

    Result<DavOutcome> outcome = Error::invalid(QString());
    Status saved;
    m_retryAfterMs = 0;
    // Whatever reached the server or the folder is recorded, even when the rest failed.
    if (toFolder) {
        FolderPublisher publisher(dav.toLocalFile());
        outcome = publisher.publish(rendered, manifest.value());
        saved = saveHeldFiles(target.id, manifest.value(), publisher.manifest());
    } else {
        WebDavPublisher publisher(dav, config.value(QStringLiteral("user")).toString(),
                                  m_secret ? m_secret(target) : QString(), config.value(QStringLiteral("timeoutMs")).toInt(15000));
        outcome = publisher.publish(rendered, manifest.value());
        saved = saveHeldFiles(target.id, manifest.value(), publisher.manifest());
        m_retryAfterMs = publisher.retryAfterMs();
    }
    Sent sent;
    if (!outcome.ok())
        return outcome.error();
    if (!saved.ok())
        return saved.error();
    if (jobIncident.id != 0)
        sent.remoteUrl = options.baseUrl + HelpCenterSite::pagePath(jobIncident, Language::En);
    qCInfo(lcPublish) << "help center" << target.name << ":" << outcome->uploaded << "uploaded," << outcome->unchanged << "unchanged";
    return sent;
}

Result<PublicationRunner::Sent> PublicationRunner::publishApi(const PublicationJob &job, const PublicationTarget &target)
{
    ApiJob api;
    api.job = job;
    api.target = target;
    api.config = configOf(target);
    api.secret = m_secret ? m_secret(target) : QString();
    auto incident = IncidentRepository(m_db, m_actor).byReference(job.incidentReference);
    if (!incident.ok())
        return incident.error();
    api.incident.incident = incident.value();
    auto published = publishedUpdates({incident->id}, false);
    if (!published.ok())
        return published.error();
    api.incident.published = published->value(incident->id);
    for (const UpdateWithBodies &u : std::as_const(api.incident.published)) {
        if (u.update.id == job.updateId)
            api.update = u;
    }
    if (api.update.update.id == 0)
        return Error::notFound(tr("The update of this job is not published."));
    for (const Service &s : ServiceRepository(m_db).list().value_or({})) {
        api.serviceStatus.insert(s.key, s.status);
        if (incident->serviceKeys.contains(s.key))
            api.incident.serviceNames << s.name;
    }
    for (const PublicationTarget &t : PublicationRepository(m_db, m_actor).targets(true).value_or({})) {
        const QString base = configOf(t).value(QStringLiteral("baseUrl")).toString(configOf(t).value(QStringLiteral("davUrl")).toString());
        if (t.kind == PublicationKind::HelpCenter && !base.isEmpty()) {
            api.pageUrl = (base.endsWith(u'/') ? base : base + u'/') + HelpCenterSite::pagePath(incident.value(), Language::En);
            break;
        }
    }
    auto remote = m_db.exec(QStringLiteral("SELECT locale, remote_id, remote_url FROM publication_remote_objects "
                                           "WHERE target_id = ? AND incident_id = ?"),
                            {target.id, incident->id});
    if (!remote.ok())
        return remote.error();
    while (remote.value().next())
        api.remote.insert(remote.value().value(0).toString(), {remote.value().value(1).toString(), remote.value().value(2).toString()});
    api.remember = [&](const QString &locale, const RemoteObject &object) -> Status {
        auto r = m_db.exec(QStringLiteral("INSERT INTO publication_remote_objects (target_id, incident_id, locale, remote_id, "
                                          "remote_url, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target_id, incident_id, "
                                          "locale) DO UPDATE SET remote_id = excluded.remote_id, remote_url = excluded.remote_url, "
                                          "updated_at = excluded.updated_at"),
                           {target.id, incident->id, locale, object.id, object.url, Clock::nowMs()});
        return r.ok() ? Status{} : Status{r.error()};
    };

    HttpClient http(api.config.value(QStringLiteral("timeoutMs")).toInt(15000));
    Result<ApiOutcome> outcome = Error::invalid(QString());
    switch (target.kind) {
    case PublicationKind::Statuspage:
        outcome = ApiPublishers::statuspage(api, http);
        break;
    case PublicationKind::Cachet:
        outcome = ApiPublishers::cachet(api, http);
        break;
    case PublicationKind::Zendesk:
        outcome = ApiPublishers::zendesk(api, http);
        break;
    case PublicationKind::Webhook:
        outcome = ApiPublishers::webhook(api, http);
        break;
    case PublicationKind::HelpCenter:
        Q_UNREACHABLE();
    }
    Sent sent;
    m_retryAfterMs = http.retryAfterMs();
    if (!outcome.ok())
        return outcome.error();
    sent.remoteId = outcome->remoteId;
    sent.remoteUrl = outcome->remoteUrl;
    return sent;
}

Result<PublicationRunner::Sent> PublicationRunner::send(const PublicationJob &job, const PublicationTarget &target)
{
    m_retryAfterMs = 0;
    return target.kind == PublicationKind::HelpCenter ? publishHelpCenter(job, target) : publishApi(job, target);
}

Result<RunnerReport> PublicationRunner::runDue()
{
    RunnerReport report;
    // A job left 'sending' by a workstation that crashed goes back in the queue; its next attempt
    // asks the server first, so what did arrive is not sent again.
    const qint64 start = Clock::nowMs();
    (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'pending', version = version + 1, last_error = ? "
                                   "WHERE state = 'sending' AND updated_at < ?"),
                    {tr("Taken back: the workstation sending it stopped answering."), start - kStaleSendingMs});
    PublicationRepository repo(m_db, m_actor);
    auto due = repo.dueJobs(start);
    if (!due.ok())
        return due.error();
    QHash<Id, PublicationTarget> targets;
    for (const PublicationTarget &t : repo.targets().value_or({}))
        targets.insert(t.id, t);
    // Updates reach an API target in the order they were published: a status page must not show
    // an older update after a newer one. Unfinished jobs per target and incident, oldest first.
    QHash<QPair<Id, Id>, QList<Id>> unfinished;
    QHash<Id, Id> incidentOf;
    auto open = m_db.exec(QStringLiteral("SELECT j.id, j.target_id, u.incident_id FROM publication_jobs j JOIN updates u "
                                         "ON u.id = j.update_id WHERE j.state IN ('pending', 'sending', 'failed') ORDER BY j.id"));
    if (!open.ok())
        return open.error();
    while (open.value().next()) {
        const Id id = open.value().value(0).toLongLong();
        incidentOf.insert(id, open.value().value(2).toLongLong());
        unfinished[{open.value().value(1).toLongLong(), open.value().value(2).toLongLong()}].append(id);
    }
    QHash<Id, QString> waitingFor;
    for (PublicationJob job : due.value()) {
        const PublicationTarget target = targets.value(job.targetId);
        QList<Id> &before = unfinished[{target.id, incidentOf.value(job.id)}];
        if (target.kind != PublicationKind::HelpCenter && !before.isEmpty() && before.first() != job.id) {
            const QString waiting = tr("Waiting: an earlier update of this incident has to reach %1 first.").arg(target.name);
            if (job.lastError != waiting)
                (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET last_error = ? WHERE id = ?"), {waiting, job.id});
            ++report.waiting;
            continue;
        }
        if (!waitingFor.contains(target.id)) {
            const bool needsSecret = target.kind != PublicationKind::HelpCenter;
            waitingFor.insert(target.id, waitingReason(target, !needsSecret || (m_secret && !m_secret(target).isEmpty())));
        }
        if (const QString waiting = waitingFor.value(target.id); !waiting.isEmpty()) {
            if (job.lastError != waiting)
                (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET last_error = ? WHERE id = ?"), {waiting, job.id});
            ++report.waiting;
            continue;
        }
        // Take the job: whoever changes it from pending to sending first sends it.
        auto taken = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'sending', attempts = attempts + 1, "
                                              "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'pending'"),
                               {Clock::nowMs(), job.id});
        if (!taken.ok())
            return taken.error();
        if (taken.value().numRowsAffected() == 0)
            continue;
        ++job.attempts;
        const Result<Sent> sent = send(job, target);
        const qint64 at = Clock::nowMs();
        if (sent.ok()) {
            (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'done', last_error = '', remote_id = ?, "
                                           "remote_url = ?, next_attempt_at = NULL, updated_at = ?, version = version + 1 "
                                           "WHERE id = ?"),
                            {sent->remoteId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sent->remoteId),
                             sent->remoteUrl, at, job.id});
            before.removeOne(job.id);
            ++report.done;
            continue;
        }
        const bool retry = sent.error().code == Error::Code::Unavailable && job.attempts < kMaxAttempts;
        qCInfo(lcPublish) << "job" << job.id << "to" << target.name << (retry ? "will be retried:" : "failed:")
                          << sent.errorString();
        (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = ?, last_error = ?, next_attempt_at = ?, "
                                       "updated_at = ?, version = version + 1 WHERE id = ?"),
                        {retry ? QStringLiteral("pending") : QStringLiteral("failed"), sent.errorString(),
                         // The server's Retry-After when it gave one, else our backoff.
                         retry ? QVariant(at + (m_retryAfterMs > 0 ? m_retryAfterMs : backoffMs(job.attempts)))
                               : QVariant(QMetaType(QMetaType::LongLong)),
                         at,
                         job.id});
        retry ? ++report.retrying : ++report.failed;
    }
    return report;
}

} // namespace desk
