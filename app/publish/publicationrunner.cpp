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
#include "store/publishedcontentrepository.h"
#include "store/servicerepository.h"
#include "store/siterefreshrepository.h"
#include "folderpublisher.h"
#include "webdavpublisher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace desk {

namespace {
QJsonObject configOf(const PublicationTarget &target)
{
    return QJsonDocument::fromJson(target.config.toUtf8()).object();
}

/** The paths a publication of `files` may touch: the files, their folders and the site's root. */
QSet<QString> pathsOf(const QList<SiteFile> &files)
{
    QSet<QString> paths{QStringLiteral("./")};
    for (const SiteFile &f : files) {
        paths.insert(f.path);
        for (QString folder = f.path.section(u'/', 0, -2); !folder.isEmpty(); folder = folder.section(u'/', 0, -2))
            paths.insert(folder + u'/');
    }
    return paths;
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

Result<QString> PublicationRunner::probe(const PublicationTarget &target, const QString &secret)
{
    if (const QString waiting = waitingReason(target, !secret.isEmpty()); !waiting.isEmpty())
        return Error::invalid(waiting);
    const QJsonObject config = configOf(target);
    if (target.kind != PublicationKind::HelpCenter) {
        HttpClient http;
        return ApiPublishers::probe(target, config, secret, http);
    }
    const QUrl dav(config.value(QStringLiteral("davUrl")).toString());
    if (!dav.isValid() || dav.scheme().isEmpty())
        return Error::invalid(tr("The Help Center target's WebDAV address is not a valid URL: %1").arg(dav.toString()));
    if (dav.isLocalFile()) {
        QFileInfo folder(dav.toLocalFile());
        while (!folder.exists() && folder.absolutePath() != folder.absoluteFilePath())
            folder.setFile(folder.absolutePath()); // the nearest folder that exists: the rest is made when publishing
        if (!folder.isDir() || !folder.isWritable())
            return Error{Error::Code::Io, tr("%1 cannot be written by this program.").arg(folder.absoluteFilePath())};
        return tr("%1: the folder %2 can be written.").arg(target.name, dav.toLocalFile());
    }
    HttpClient http;
    http.setBasicAuth(config.value(QStringLiteral("user")).toString(), secret);
    HttpRequest request;
    request.verb = "PROPFIND";
    request.url = dav;
    request.headers = {{"Depth", "0"}};
    const HttpReply reply = http.send(request);
    if (!reply.answered())
        return Error{Error::Code::Unavailable, tr("%1 does not answer: %2").arg(dav.toString(), reply.error)};
    if (reply.status == 401 || reply.status == 403)
        return Error::forbidden(tr("%1 refused the user and password (HTTP %2).").arg(dav.toString()).arg(reply.status));
    if (reply.status == 404)
        return tr("%1: the server answered and accepted the credentials; the folder is made at the first publication.").arg(target.name);
    if (reply.status != 207 && !reply.success())
        return Error{Error::Code::Unavailable, tr("%1 answered HTTP %2 to PROPFIND.").arg(dav.toString()).arg(reply.status)};
    return tr("%1: the WebDAV server answered and accepted the credentials; nothing was written.").arg(target.name);
}

Result<PublicationRunner::Sent> PublicationRunner::publishHelpCenter(const PublicationJob &job, const PublicationTarget &target)
{
    const QJsonObject config = configOf(target);
    const QUrl dav(config.value(QStringLiteral("davUrl")).toString());
    if (!dav.isValid() || dav.scheme().isEmpty())
        return Error::invalid(tr("The Help Center target's WebDAV address is not a valid URL: %1").arg(dav.toString()));
    const bool toFolder = dav.isLocalFile(); // file:///…: a folder on this computer
    auto configured = SiteOptions::fromConfig(config);
    if (!configured.ok())
        return configured.error();
    SiteOptions options = std::move(configured.value());
    options.now = Clock::now();

    // The pages to write: the job's incident, and any the server does not have yet (the first
    // publication, a new target); every other page is as it was. The shared files list everyone.
    // Only the incidents the index lists (open, resolved in the last 90 days) and those pages:
    // an old, resolved incident's page stays as it is.
    PublishedContentRepository content(m_db);
    auto missing = content.incidentsLackingPages(target.id);
    if (!missing.ok())
        return missing.error();
    auto incidents = IncidentRepository(m_db, m_actor).listForSite(options.now.addDays(-91), job.incidentReference, missing.value());
    if (!incidents.ok())
        return incidents.error();
    QSet<Id> pages = missing.value();
    QSet<Id> loaded;
    Incident jobIncident;
    for (const Incident &i : incidents.value()) {
        loaded.insert(i.id);
        if (i.reference == job.incidentReference) {
            jobIncident = i;
            pages.insert(i.id);
        }
    }
    auto published = content.publishedUpdates(pages, pages.size() > kRenderAllAbove, kFeedBodies, loaded);
    if (!published.ok())
        return published.error();
    QHash<QString, QString> serviceNames;
    auto services = ServiceRepository(m_db).list();
    if (!services.ok())
        return services.error();
    for (const Service &s : services.value())
        serviceNames.insert(s.key, s.name);
    options.services = services.value();
    // The review's preventive actions, which the list leaves out, for the pages being written.
    QList<Id> reviewed;
    for (const Incident &i : incidents.value())
        if (pages.contains(i.id) && (i.state == IncidentState::Reviewed || i.state == IncidentState::Closed))
            reviewed << i.id;
    auto actions = IncidentRepository(m_db, m_actor).actionsOf(reviewed);
    if (!actions.ok())
        return actions.error();
    QList<SiteIncident> site;
    site.reserve(incidents->size());
    QList<const SiteIncident *> toRender;
    for (const Incident &i : incidents.value()) {
        const auto updates = published->constFind(i.id);
        if (updates == published->constEnd())
            continue; // nothing public yet
        SiteIncident s;
        s.incident = i;
        s.incident.actions = actions->value(i.id);
        for (const QString &key : i.serviceKeys)
            s.serviceNames << serviceNames.value(key, key);
        s.published = *updates;
        site.append(std::move(s));
        if (pages.contains(i.id))
            toRender.append(&site.last()); // reserved: the list does not move
    }
    QList<SiteFile> rendered = HelpCenterSite::incidentPages(toRender, options) + HelpCenterSite::sharedFiles(site, options);

    // What the server holds of those files, from the last publication.
    auto manifest = content.heldFiles(target.id, toRender.size() > kRenderAllAbove ? std::nullopt
                                                                                   : std::optional(pathsOf(rendered)));
    if (!manifest.ok())
        return manifest.error();

    Result<DavOutcome> outcome = Error::invalid(QString());
    Status saved;
    m_retryAfterMs = 0;
    // Whatever reached the server or the folder is recorded, even when the rest failed.
    if (toFolder) {
        FolderPublisher publisher(dav.toLocalFile());
        outcome = publisher.publish(rendered, manifest.value());
        saved = content.saveHeldFiles(target.id, manifest.value(), publisher.manifest());
    } else {
        WebDavPublisher publisher(dav, config.value(QStringLiteral("user")).toString(),
                                  m_secret ? m_secret(target) : QString(), config.value(QStringLiteral("timeoutMs")).toInt(15000));
        outcome = publisher.publish(rendered, manifest.value());
        saved = content.saveHeldFiles(target.id, manifest.value(), publisher.manifest());
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
    PublishedContentRepository content(m_db);
    auto published = content.publishedUpdates({incident->id}, false, kFeedBodies);
    if (!published.ok())
        return published.error();
    api.incident.published = published->value(incident->id);
    for (const UpdateWithBodies &u : std::as_const(api.incident.published)) {
        if (u.update.id == job.updateId)
            api.update = u;
    }
    if (api.update.update.id == 0)
        return Error::notFound(tr("The update of this job is not published."));
    auto services = ServiceRepository(m_db).list();
    if (!services.ok())
        return services.error();
    for (const Service &s : services.value()) {
        api.serviceStatus.insert(s.key, s.status);
        if (incident->serviceKeys.contains(s.key))
            api.incident.serviceNames << s.name;
    }
    auto targets = PublicationRepository(m_db, m_actor).targets(true);
    if (!targets.ok())
        return targets.error();
    for (const PublicationTarget &t : targets.value()) {
        const QString base = configOf(t).value(QStringLiteral("baseUrl")).toString(configOf(t).value(QStringLiteral("davUrl")).toString());
        if (t.kind == PublicationKind::HelpCenter && !base.isEmpty()) {
            api.pageUrl = (base.endsWith(u'/') ? base : base + u'/') + HelpCenterSite::pagePath(incident.value(), Language::En);
            break;
        }
    }
    auto remote = content.remoteObjects(target.id, incident->id);
    if (!remote.ok())
        return remote.error();
    api.remote = remote.value();
    const Id incidentId = incident->id;
    api.remember = [&content, &target, incidentId](const QString &locale, const RemoteObject &object) {
        return content.rememberRemoteObject(target.id, incidentId, locale, object);
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

std::optional<qint64> PublicationRunner::nextAttempt(const Error &error, int attempts) const
{
    if (error.code != Error::Code::Unavailable || attempts >= kMaxAttempts)
        return std::nullopt; // refused, or tried long enough: a person looks at it
    // The server's Retry-After when it gave one, else our backoff.
    return Clock::nowMs() + (m_retryAfterMs > 0 ? m_retryAfterMs : backoffMs(attempts));
}

Result<RunnerReport> PublicationRunner::runDue()
{
    RunnerReport report;
    PublicationRepository repo(m_db, m_actor);
    // A job left 'sending' by a workstation that crashed goes back in the queue; its next attempt
    // asks the server first, so what did arrive is not sent again.
    const qint64 start = Clock::nowMs();
    if (auto taken = repo.takeBackStale(start - kStaleSendingMs, tr("Taken back: the workstation sending it stopped answering."));
        !taken.ok())
        return taken.error();
    auto due = repo.dueJobs(start);
    if (!due.ok())
        return due.error();
    auto targetList = repo.targets();
    if (!targetList.ok())
        return targetList.error();
    QHash<Id, PublicationTarget> targets;
    for (const PublicationTarget &t : targetList.value())
        targets.insert(t.id, t);
    // Updates reach an API target in the order they were published: a status page must not show
    // an older update after a newer one. Unfinished jobs per target and incident, oldest first.
    auto open = repo.unfinishedJobs();
    if (!open.ok())
        return open.error();
    QHash<QPair<Id, Id>, QList<Id>> unfinished;
    QHash<Id, Id> incidentOf;
    for (const PublicationRepository::OpenJob &j : open.value()) {
        incidentOf.insert(j.id, j.incidentId);
        unfinished[{j.targetId, j.incidentId}].append(j.id);
    }
    QHash<Id, QString> waitingFor;
    for (const PublicationJob &job : due.value()) {
        if (QThread::currentThread()->isInterruptionRequested())
            return report; // the program is quitting: the rest waits for its next start
        const PublicationTarget target = targets.value(job.targetId);
        QList<Id> &before = unfinished[{target.id, incidentOf.value(job.id)}];
        QString waiting;
        if (target.kind != PublicationKind::HelpCenter && !before.isEmpty() && before.first() != job.id) {
            waiting = tr("Waiting: an earlier update of this incident has to reach %1 first.").arg(target.name);
        } else {
            if (!waitingFor.contains(target.id)) {
                const bool needsSecret = target.kind != PublicationKind::HelpCenter;
                waitingFor.insert(target.id, waitingReason(target, !needsSecret || (m_secret && !m_secret(target).isEmpty())));
            }
            waiting = waitingFor.value(target.id);
        }
        if (!waiting.isEmpty()) {
            if (job.lastError != waiting) {
                if (Status noted = repo.noteWaiting(job.id, waiting); !noted.ok())
                    return noted.error();
            }
            ++report.waiting;
            continue;
        }
        auto sent = sendJob(job, target);
        if (!sent.ok())
            return sent.error();
        switch (sent.value()) {
        case JobOutcome::TakenElsewhere:
            break;
        case JobOutcome::Done:
            before.removeOne(job.id);
            ++report.done;
            break;
        case JobOutcome::Retrying:
            ++report.retrying;
            break;
        case JobOutcome::Failed:
            ++report.failed;
            break;
        }
    }
    if (Status refreshed = runRefreshes(targets, waitingFor, &report); !refreshed.ok())
        return refreshed.error();
    return report;
}

Status PublicationRunner::runRefreshes(const QHash<Id, PublicationTarget> &targets, QHash<Id, QString> &waitingFor,
                                       RunnerReport *report)
{
    SiteRefreshRepository refreshes(m_db, m_actor);
    auto due = refreshes.due(Clock::nowMs());
    if (!due.ok())
        return due.error();
    for (const SiteRefresh &refresh : due.value()) {
        if (QThread::currentThread()->isInterruptionRequested())
            return {};
        const auto target = targets.constFind(refresh.targetId);
        if (target == targets.constEnd() || target->kind != PublicationKind::HelpCenter)
            continue;
        if (!waitingFor.contains(target->id))
            waitingFor.insert(target->id, waitingReason(*target, true));
        if (!waitingFor.value(target->id).isEmpty()) {
            ++report->waiting;
            continue;
        }
        auto claimed = refreshes.claim(refresh, kStaleSendingMs);
        if (!claimed.ok())
            return claimed.error();
        if (!claimed.value())
            continue; // another runner has it
        PublicationJob pages;
        pages.targetId = target->id;
        pages.incidentReference = refresh.incidentReference;
        const Result<Sent> sent = publishHelpCenter(pages, *target);
        if (sent.ok()) {
            if (Status done = refreshes.done(refresh); !done.ok())
                return done;
            ++report->refreshed;
            continue;
        }
        const std::optional<qint64> retryAt = nextAttempt(sent.error(), refresh.attempts + 1);
        qCInfo(lcPublish) << "pages of" << refresh.incidentReference << "to" << target->name
                          << (retryAt ? "will be published again later:" : "failed:") << sent.errorString();
        if (Status failed = refreshes.failed(refresh, sent.errorString(), retryAt); !failed.ok())
            return failed;
        ++(retryAt ? report->retrying : report->failed);
    }
    return {};
}

Result<PublicationRunner::JobOutcome> PublicationRunner::sendJob(PublicationJob job, const PublicationTarget &target)
{
    PublicationRepository repo(m_db, m_actor);
    auto taken = repo.take(job.id);
    if (!taken.ok())
        return taken.error();
    if (!taken.value())
        return JobOutcome::TakenElsewhere;
    ++job.attempts;
    const Result<Sent> sent = send(job, target);
    if (sent.ok()) {
        if (Status done = repo.markDone(job.id, sent->remoteId, sent->remoteUrl); !done.ok())
            return done.error(); // it stays 'sending' and is taken back later: the target is asked first
        return JobOutcome::Done;
    }
    const std::optional<qint64> retryAt = nextAttempt(sent.error(), job.attempts);
    qCInfo(lcPublish) << "job" << job.id << "to" << target.name << (retryAt ? "will be retried:" : "failed:") << sent.errorString();
    if (Status failed = repo.markFailed(job.id, sent.errorString(), retryAt); !failed.ok())
        return failed.error();
    return retryAt ? JobOutcome::Retrying : JobOutcome::Failed;
}

} // namespace desk
