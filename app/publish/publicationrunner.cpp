// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationrunner.h"

#include "core/clock.h"
#include "core/logging.h"
#include "helpcentersite.h"
#include "store/database.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"
#include "webdavpublisher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::PublicationRunner", text);
}
} // namespace

PublicationRunner::PublicationRunner(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

qint64 PublicationRunner::backoffMs(int attempt)
{
    const qint64 base = qMin<qint64>(qint64(1000) << qBound(1, attempt, 12), 3600 * 1000);
    const qint64 jitter = qint64(QRandomGenerator::global()->bounded(int(base / 2 + 1))) - base / 4;
    return qMax<qint64>(500, base + jitter);
}

Status PublicationRunner::publishHelpCenter(const PublicationJob &job, const PublicationTarget &target, QString *remoteUrl,
                                            qint64 *retryAfterMs)
{
    const QJsonObject config = QJsonDocument::fromJson(target.config.toUtf8()).object();
    const QUrl dav(config.value(QStringLiteral("davUrl")).toString());
    if (!dav.isValid() || dav.scheme().isEmpty())
        return Error::invalid(tr("The Help Center target has no WebDAV address (davUrl): an administrator sets it."));
    SiteOptions options;
    options.baseUrl = config.value(QStringLiteral("baseUrl")).toString(dav.toString());
    if (!options.baseUrl.endsWith(u'/'))
        options.baseUrl += u'/';
    options.now = Clock::now();

    // Everything published, as the site shows it.
    auto incidents = IncidentRepository(m_db, m_actor).list();
    if (!incidents.ok())
        return incidents.error();
    QHash<QString, QString> serviceNames;
    for (const Service &s : ServiceRepository(m_db).list().value_or({}))
        serviceNames.insert(s.key, s.name);
    QHash<Id, QList<UpdateWithBodies>> published;
    auto q = m_db.exec(QStringLiteral("SELECT u.id, u.incident_id, u.kind, u.published_at, b.language, b.body FROM updates u "
                                      "JOIN update_bodies b ON b.update_id = u.id WHERE u.status = 'published' "
                                      "ORDER BY u.id, b.language"));
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const Id id = q.value().value(0).toLongLong();
        QList<UpdateWithBodies> &list = published[q.value().value(1).toLongLong()];
        if (list.isEmpty() || list.last().update.id != id) {
            UpdateWithBodies u;
            u.update.id = id;
            u.update.incidentId = q.value().value(1).toLongLong();
            u.update.kind = fromKey<UpdateKind>(q.value().value(2).toString()).value_or(UpdateKind::Progress);
            u.update.status = UpdateStatus::Published;
            u.update.publishedAt = fromMs(q.value().value(3).toLongLong());
            list.append(u);
        }
        if (auto lang = fromKey<Language>(q.value().value(4).toString()))
            list.last().bodies.insert(*lang, q.value().value(5).toString());
    }
    QList<SiteIncident> site;
    Incident jobIncident;
    for (const Incident &i : incidents.value()) {
        if (!published.contains(i.id))
            continue;
        SiteIncident s;
        s.incident = i;
        for (const QString &key : i.serviceKeys)
            s.serviceNames << serviceNames.value(key, key);
        s.published = published.value(i.id);
        site.append(s);
        if (i.reference == job.incidentReference)
            jobIncident = i;
    }

    // What the server holds, from the last publication.
    RemoteManifest manifest;
    auto files = m_db.exec(QStringLiteral("SELECT path, sha256, etag FROM published_files WHERE target_id = ?"), {target.id});
    if (!files.ok())
        return files.error();
    while (files.value().next())
        manifest.insert(files.value().value(0).toString(),
                        {QByteArray::fromHex(files.value().value(1).toString().toLatin1()), files.value().value(2).toString()});

    WebDavPublisher publisher(dav, config.value(QStringLiteral("user")).toString(), m_password ? m_password(target.id) : QString(),
                              config.value(QStringLiteral("timeoutMs")).toInt(15000));
    auto outcome = publisher.publish(HelpCenterSite::render(site, options), manifest);
    *retryAfterMs = publisher.retryAfterMs();
    if (!outcome.ok())
        return outcome.error();
    Status saved = m_db.transaction([&]() -> Status {
        const qint64 now = Clock::nowMs();
        for (auto it = outcome->manifest.cbegin(); it != outcome->manifest.cend(); ++it) {
            auto r = m_db.exec(QStringLiteral("INSERT INTO published_files (target_id, path, sha256, etag, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, path) DO UPDATE SET "
                                              "sha256 = excluded.sha256, etag = excluded.etag, updated_at = excluded.updated_at"),
                               {target.id, it.key(), QString::fromLatin1(it->sha256.toHex()), it->etag, now});
            if (!r.ok())
                return r.error();
        }
        return {};
    });
    if (!saved.ok())
        return saved;
    if (jobIncident.id != 0)
        *remoteUrl = options.baseUrl + HelpCenterSite::pagePath(jobIncident, Language::En);
    qCInfo(lcPublish) << "help center" << target.name << ":" << outcome->uploaded << "uploaded," << outcome->unchanged << "unchanged";
    return {};
}

Result<RunnerReport> PublicationRunner::runDue()
{
    RunnerReport report;
    PublicationRepository repo(m_db, m_actor);
    auto due = repo.dueJobs(Clock::nowMs());
    if (!due.ok())
        return due.error();
    QHash<Id, PublicationTarget> targets;
    for (const PublicationTarget &t : repo.targets().value_or({}))
        targets.insert(t.id, t);
    for (PublicationJob job : due.value()) {
        // A target that cannot be sent to yet (not configured, or a kind not available yet) keeps
        // its jobs waiting, with the reason, without spending attempts.
        const PublicationTarget target = targets.value(job.targetId);
        const QString davUrl = QJsonDocument::fromJson(target.config.toUtf8()).object().value(QStringLiteral("davUrl")).toString();
        QString waiting;
        if (target.kind != PublicationKind::HelpCenter)
            waiting = tr("Waiting: sending to %1 is not available yet.").arg(toKey(target.kind));
        else if (davUrl.isEmpty())
            waiting = tr("Waiting: the Help Center target has no WebDAV address (davUrl) yet; an administrator sets it.");
        if (!waiting.isEmpty()) {
            if (job.lastError != waiting)
                (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET last_error = ? WHERE id = ?"), {waiting, job.id});
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
        QString remoteUrl;
        qint64 retryAfter = 0;
        const Status sent = publishHelpCenter(job, target, &remoteUrl, &retryAfter);
        const qint64 at = Clock::nowMs();
        if (sent.ok()) {
            (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'done', last_error = '', remote_url = ?, "
                                           "next_attempt_at = NULL, updated_at = ?, version = version + 1 WHERE id = ?"),
                            {remoteUrl, at, job.id});
            ++report.done;
            continue;
        }
        const bool retry = sent.error().code == Error::Code::Unavailable && job.attempts < kMaxAttempts;
        (void)m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = ?, last_error = ?, next_attempt_at = ?, "
                                       "updated_at = ?, version = version + 1 WHERE id = ?"),
                        {retry ? QStringLiteral("pending") : QStringLiteral("failed"), sent.errorString(),
                         // The server's Retry-After when it gave one, else our backoff.
                         retry ? QVariant(at + (retryAfter > 0 ? retryAfter : backoffMs(job.attempts)))
                               : QVariant(QMetaType(QMetaType::LongLong)),
                         at, job.id});
        retry ? ++report.retrying : ++report.failed;
    }
    return report;
}

} // namespace desk
