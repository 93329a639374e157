// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "helpcentersite.h"
#include "store/publishedcontentrepository.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace desk {

class HttpClient;

/** Everything one job needs to reach an API target. */
struct ApiJob
{
    PublicationJob job;
    PublicationTarget target;
    QJsonObject config;          // the target's settings, without secrets
    QString secret;              // API key, token or HMAC secret, from the keychain
    SiteIncident incident;       // with every published update of the incident
    UpdateWithBodies update;     // the update this job carries
    QHash<QString, ServiceStatus> serviceStatus; // by service key
    QString pageUrl;             // the incident's Help Center page, when there is one
    QHash<QString, RemoteObject> remote;         // what the target holds, by locale ("" = the incident)
    /** Stores a remote object at once, before anything else can fail, so it is never created twice. */
    std::function<Status(const QString &locale, const RemoteObject &object)> remember;
};

struct ApiOutcome
{
    QString remoteId;  // the update (or article) on the remote side
    QString remoteUrl; // where people see it
};

/**
 * The API mappings. Each creates the remote incident (or article) on the first update and keeps
 * its id, then updates it with PATCH or PUT. When an earlier attempt may have reached the server
 * without an answer (a timeout), the remote side is asked first, so nothing is created or posted
 * twice. Texts are sent as written (Markdown) to Statuspage and Cachet, as escaped HTML to
 * Zendesk Guide, and as JSON strings to the webhook.
 */
namespace ApiPublishers {

/** Statuspage: POST/PATCH /v1/pages/{page}/incidents, `Authorization: OAuth <key>`. */
Result<ApiOutcome> statuspage(ApiJob &job, HttpClient &http);
/** Cachet v1: /api/v1/incidents and /api/v1/incidents/{id}/updates, `X-Cachet-Token`. */
Result<ApiOutcome> cachet(ApiJob &job, HttpClient &http);
/** Zendesk Guide: an article per incident, a translation per locale, basic auth with an API token. */
Result<ApiOutcome> zendesk(ApiJob &job, HttpClient &http);
/** A signed JSON POST (body in the README); the receiver deduplicates by `Idempotency-Key`. */
Result<ApiOutcome> webhook(ApiJob &job, HttpClient &http);

/**
 * Reaches an API target and checks its credentials, writing nothing (Statuspage, Zendesk: a read
 * that needs the key; Cachet: a read, its token is only checked by a write) or a signed probe
 * event the receiver acknowledges and keeps nothing of (webhook). The answer says what was checked.
 */
Result<QString> probe(const PublicationTarget &target, const QJsonObject &config, const QString &secret, HttpClient &http);

QString statuspageStatus(const Incident &incident, UpdateKind kind);
int cachetStatus(const Incident &incident, UpdateKind kind);
QString statuspageComponentStatus(ServiceStatus status);
int cachetComponentStatus(ServiceStatus status);

/** The webhook's JSON body. */
QByteArray webhookBody(const ApiJob &job, const QDateTime &sentAt);
/** `sha256=` and the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret. */
QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

} // namespace ApiPublishers
} // namespace desk
