// SPDX-License-Identifier: GPL-3.0-or-later
#include "apipublishers.h"

#include "compose/markdown.h"
#include "core/clock.h"
#include "domain/lifecycle.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace desk::ApiPublishers {

/** This file's texts, in the translators' context desk::ApiPublishers. */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(desk::ApiPublishers)
};

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue parsed(const HttpReply &reply)
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

/** An id as the APIs give it: a string for Statuspage, a number for Cachet and Zendesk. */
QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(qint64(v.toDouble())) : QString();
}

QUrl endpoint(const QString &base, const QString &path, const QUrlQuery &query = {})
{
    QString root = base.trimmed();
    while (root.endsWith(u'/'))
        root.chop(1);
    QUrl url(root + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Language languageOf(const QJsonObject &config)
{
    return fromKey<Language>(config.value(QStringLiteral("language")).toString(QStringLiteral("en"))).value_or(Language::En);
}

QString textFor(const ApiJob &job)
{
    return HelpCenterSite::bodyIn(job.update, languageOf(job.config));
}

bool isClosing(UpdateKind kind)
{
    return kind == UpdateKind::Resolution || kind == UpdateKind::Postmortem;
}

/** Mapped components (config "components": {service key: remote id}) of the incident's services. */
QList<QPair<QString, ServiceStatus>> components(const ApiJob &job)
{
    QList<QPair<QString, ServiceStatus>> out;
    const QJsonObject map = job.config.value(QStringLiteral("components")).toObject();
    for (const QString &key : job.incident.incident.serviceKeys) {
        const QString remote = idOf(map.value(key));
        if (!remote.isEmpty())
            out.append({remote, isClosing(job.update.update.kind) ? ServiceStatus::Operational
                                                                  : job.serviceStatus.value(key, ServiceStatus::Operational)});
    }
    return out;
}

Status remember(ApiJob &job, const QString &locale, const RemoteObject &object)
{
    job.remote.insert(locale, object);
    return job.remember ? job.remember(locale, object) : Status{};
}

/** Whether this job was tried before: then its request may have arrived without an answer. */
bool triedBefore(const ApiJob &job)
{
    return job.job.attempts > 1;
}
} // namespace

QString statuspageStatus(const Incident &incident, UpdateKind kind)
{
    if (isClosing(kind))
        return QStringLiteral("resolved");
    switch (incident.state) {
    case IncidentState::Identified:
        return QStringLiteral("identified");
    case IncidentState::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentState::Resolved:
    case IncidentState::Reviewed:
    case IncidentState::Closed:
        return QStringLiteral("resolved");
    default:
        return QStringLiteral("investigating");
    }
}

int cachetStatus(const Incident &incident, UpdateKind kind)
{
    static const QHash<QString, int> numbers{{QStringLiteral("investigating"), 1}, {QStringLiteral("identified"), 2},
                                             {QStringLiteral("monitoring"), 3}, {QStringLiteral("resolved"), 4}};
    return numbers.value(statuspageStatus(incident, kind), 1);
}

QString statuspageComponentStatus(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Operational:
        return QStringLiteral("operational");
    case ServiceStatus::Degraded:
        return QStringLiteral("degraded_performance");
    case ServiceStatus::PartialOutage:
        return QStringLiteral("partial_outage");
    case ServiceStatus::MajorOutage:
        return QStringLiteral("major_outage");
    case ServiceStatus::Maintenance:
        return QStringLiteral("under_maintenance");
    }
    return QStringLiteral("operational");
}

int cachetComponentStatus(ServiceStatus status)
{
    // Cachet: 1 operational, 2 performance issues, 3 partial outage, 4 major outage.
    switch (status) {
    case ServiceStatus::Operational:
        return 1;
    case ServiceStatus::Degraded:
    case ServiceStatus::Maintenance:
        return 2;
    case ServiceStatus::PartialOutage:
        return 3;
    case ServiceStatus::MajorOutage:
        return 4;
    }
    return 1;
}

// ---- Statuspage -------------------------------------------------------------------------------

Result<ApiOutcome> statuspage(ApiJob &job, HttpClient &http)
{
    const QString api = job.config.value(QStringLiteral("apiUrl")).toString(QStringLiteral("https://api.statuspage.io"));
    const QString page = job.config.value(QStringLiteral("pageId")).toString();
    if (page.isEmpty())
        return Error::invalid(Texts::tr("The Statuspage target has no page id; an administrator sets it."));
    http.setDefaultHeader("Authorization", "OAuth " + job.secret.toUtf8());
    const HttpHeaders jsonHeaders{{"Content-Type", "application/json"}};
    const Incident &incident = job.incident.incident;
    const QString text = textFor(job);
    const QString status = statuspageStatus(incident, job.update.update.kind);
    const QString incidents = QStringLiteral("/v1/pages/%1/incidents").arg(page);

    auto outcomeFrom = [&](const QJsonObject &remote) {
        ApiOutcome out;
        out.remoteUrl = remote.value(QStringLiteral("shortlink")).toString(job.remote.value(QString()).url);
        out.remoteId = idOf(remote.value(QStringLiteral("id")));
        for (const QJsonValue &u : remote.value(QStringLiteral("incident_updates")).toArray()) {
            if (u.toObject().value(QStringLiteral("body")).toString() == text)
                out.remoteId = idOf(u.toObject().value(QStringLiteral("id")));
        }
        return out;
    };
    auto hasOurUpdate = [&](const QJsonObject &remote) {
        for (const QJsonValue &u : remote.value(QStringLiteral("incident_updates")).toArray()) {
            if (u.toObject().value(QStringLiteral("body")).toString() == text)
                return true;
        }
        return false;
    };

    QString remoteId = job.remote.value(QString()).id;
    if (remoteId.isEmpty()) {
        // An earlier attempt may have created it without hearing back: look for our reference.
        const HttpReply found = http.send({"GET", endpoint(api, incidents, QUrlQuery{{QStringLiteral("q"), incident.reference}}), {}, {}});
        if (!found.success())
            return HttpClient::failure(found, Texts::tr("Looking for the incident on Statuspage"));
        for (const QJsonValue &v : parsed(found).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("incident_desk")).toObject().value(
                    QStringLiteral("reference")).toString() == incident.reference) {
                remoteId = idOf(o.value(QStringLiteral("id")));
                if (Status s = remember(job, {}, {remoteId, o.value(QStringLiteral("shortlink")).toString()}); !s.ok())
                    return s.error();
                if (hasOurUpdate(o))
                    return outcomeFrom(o);
                break;
            }
        }
    } else if (triedBefore(job)) {
        const HttpReply current = http.send({"GET", endpoint(api, incidents + u'/' + remoteId), {}, {}});
        if (!current.success())
            return HttpClient::failure(current, Texts::tr("Reading the incident on Statuspage"));
        if (hasOurUpdate(parsed(current).toObject()))
            return outcomeFrom(parsed(current).toObject());
    }

    QJsonObject body{{QStringLiteral("name"), incident.title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("body"), text},
                     {QStringLiteral("deliver_notifications"), job.config.value(QStringLiteral("notify")).toBool(true)}};
    QJsonArray componentIds;
    QJsonObject componentStatuses;
    for (const auto &[id, serviceStatus] : components(job)) {
        componentIds.append(id);
        componentStatuses.insert(id, statuspageComponentStatus(serviceStatus));
    }
    if (!componentIds.isEmpty()) {
        body.insert(QStringLiteral("component_ids"), componentIds);
        body.insert(QStringLiteral("components"), componentStatuses);
    }
    if (remoteId.isEmpty()) {
        body.insert(QStringLiteral("impact_override"), incident.impact == ImpactLevel::Critical ? QStringLiteral("critical")
                                                       : incident.impact == ImpactLevel::Major  ? QStringLiteral("major")
                                                       : incident.impact == ImpactLevel::Minor  ? QStringLiteral("minor")
                                                                                                : QStringLiteral("none"));
        body.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("incident_desk"), QJsonObject{{QStringLiteral("reference"), incident.reference}}}});
        const HttpReply created = http.send({"POST", endpoint(api, incidents), json({{QStringLiteral("incident"), body}}), jsonHeaders});
        if (!created.success())
            return HttpClient::failure(created, Texts::tr("Creating the incident on Statuspage"));
        const QJsonObject o = parsed(created).toObject();
        if (idOf(o.value(QStringLiteral("id"))).isEmpty())
            return Error::invalid(Texts::tr("Statuspage created the incident but gave no id in its answer."));
        if (Status s = remember(job, {}, {idOf(o.value(QStringLiteral("id"))), o.value(QStringLiteral("shortlink")).toString()}); !s.ok())
            return s.error();
        return outcomeFrom(o);
    }
    const HttpReply patched = http.send({"PATCH", endpoint(api, incidents + u'/' + remoteId),
                                         json({{QStringLiteral("incident"), body}}), jsonHeaders});
    if (!patched.success())
        return HttpClient::failure(patched, Texts::tr("Updating the incident on Statuspage"));
    return outcomeFrom(parsed(patched).toObject());
}

// ---- Cachet ----------------------------------------------------------------------------------

Result<ApiOutcome> cachet(ApiJob &job, HttpClient &http)
{
    const QString base = job.config.value(QStringLiteral("baseUrl")).toString();
    if (base.isEmpty())
        return Error::invalid(Texts::tr("The Cachet target has no address (baseUrl); an administrator sets it."));
    http.setDefaultHeader("X-Cachet-Token", job.secret.toUtf8());
    const HttpHeaders jsonHeaders{{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    const Incident &incident = job.incident.incident;
    const QString text = textFor(job);
    const int status = cachetStatus(incident, job.update.update.kind);
    const bool notify = job.config.value(QStringLiteral("notify")).toBool(true);
    const QList<QPair<QString, ServiceStatus>> mapped = components(job);
    auto messageIn = [&](const HttpReply &reply) -> QString {
        for (const QJsonValue &v : parsed(reply).toObject().value(QStringLiteral("data")).toArray()) {
            if (v.toObject().value(QStringLiteral("message")).toString() == text)
                return idOf(v.toObject().value(QStringLiteral("id")));
        }
        return {};
    };

    ApiOutcome out;
    QString remoteId = job.remote.value(QString()).id;
    if (remoteId.isEmpty()) {
        // An earlier attempt may have created it without hearing back: the same name and text.
        const HttpReply found = http.send({"GET", endpoint(base, QStringLiteral("/api/v1/incidents"),
                                                           QUrlQuery{{QStringLiteral("name"), incident.title},
                                                                     {QStringLiteral("per_page"), QStringLiteral("100")}}),
                                           {}, {}});
        if (!found.success())
            return HttpClient::failure(found, Texts::tr("Looking for the incident on Cachet"));
        remoteId = messageIn(found);
        if (remoteId.isEmpty()) {
            QJsonObject body{{QStringLiteral("name"), incident.title}, {QStringLiteral("message"), text},
                             {QStringLiteral("status"), status},       {QStringLiteral("visible"), 1},
                             {QStringLiteral("notify"), notify}};
            if (!mapped.isEmpty()) {
                body.insert(QStringLiteral("component_id"), mapped.first().first.toLongLong());
                body.insert(QStringLiteral("component_status"), cachetComponentStatus(mapped.first().second));
            }
            const HttpReply created = http.send({"POST", endpoint(base, QStringLiteral("/api/v1/incidents")), json(body), jsonHeaders});
            if (!created.success())
                return HttpClient::failure(created, Texts::tr("Creating the incident on Cachet"));
            remoteId = idOf(parsed(created).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")));
            if (remoteId.isEmpty())
                return Error::invalid(Texts::tr("Cachet created the incident but gave no id in its answer."));
        }
        const QString url = endpoint(base, QStringLiteral("/incidents/") + remoteId).toString();
        if (Status s = remember(job, {}, {remoteId, url}); !s.ok())
            return s.error();
        out.remoteId = remoteId;
    } else {
        const QString updates = QStringLiteral("/api/v1/incidents/%1/updates").arg(remoteId);
        if (triedBefore(job)) {
            const HttpReply known = http.send({"GET", endpoint(base, updates, QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("100")}}), {}, {}});
            if (!known.success())
                return HttpClient::failure(known, Texts::tr("Reading the incident's updates on Cachet"));
            out.remoteId = messageIn(known);
        }
        if (out.remoteId.isEmpty()) {
            const HttpReply posted = http.send({"POST", endpoint(base, updates),
                                                json({{QStringLiteral("status"), status}, {QStringLiteral("message"), text}}), jsonHeaders});
            if (!posted.success())
                return HttpClient::failure(posted, Texts::tr("Adding the update on Cachet"));
            out.remoteId = idOf(parsed(posted).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")));
        }
        // The incident's own status follows its newest update.
        const HttpReply put = http.send({"PUT", endpoint(base, QStringLiteral("/api/v1/incidents/") + remoteId),
                                         json({{QStringLiteral("status"), status}}), jsonHeaders});
        if (!put.success())
            return HttpClient::failure(put, Texts::tr("Changing the incident's status on Cachet"));
    }
    // Component statuses: setting them again is harmless.
    for (const auto &[id, serviceStatus] : mapped) {
        const HttpReply put = http.send({"PUT", endpoint(base, QStringLiteral("/api/v1/components/") + id),
                                         json({{QStringLiteral("status"), cachetComponentStatus(serviceStatus)}}), jsonHeaders});
        if (!put.success())
            return HttpClient::failure(put, Texts::tr("Changing the status of component %1 on Cachet").arg(id));
    }
    out.remoteUrl = job.remote.value(QString()).url;
    return out;
}

// ---- Zendesk Guide ---------------------------------------------------------------------------

Result<ApiOutcome> zendesk(ApiJob &job, HttpClient &http)
{
    const QString base = job.config.value(QStringLiteral("baseUrl")).toString();
    const QString section = idOf(job.config.value(QStringLiteral("sectionId")));
    const QString user = job.config.value(QStringLiteral("user")).toString();
    if (base.isEmpty() || section.isEmpty() || user.isEmpty())
        return Error::invalid(Texts::tr("The Zendesk Guide target needs its address, section id and user; an administrator sets them."));
    http.setBasicAuth(user + QStringLiteral("/token"), job.secret);
    const HttpHeaders jsonHeaders{{"Content-Type", "application/json"}};
    // Our languages and the Help Center's locales: config "locales" {"it": "it", "en": "en-us", ...}.
    QList<QPair<Language, QString>> locales;
    const QJsonObject configured = job.config.value(QStringLiteral("locales")).toObject();
    for (Language l : allValues<Language>()) {
        const QString locale = configured.isEmpty() ? (l == Language::En ? QStringLiteral("en-us") : toKey(l))
                                                    : configured.value(toKey(l)).toString();
        if (locale.isEmpty())
            continue;
        // English, when there is one, is the article's source locale; the others translate it.
        if (l == Language::En)
            locales.prepend({l, locale});
        else
            locales.append({l, locale});
    }
    if (locales.isEmpty())
        return Error::invalid(Texts::tr("The Zendesk Guide target has no locales; an administrator sets them."));
    const Incident &incident = job.incident.incident;
    const QString label = incident.reference.toLower();
    auto title = [&](Language) -> QString { return incident.title + QStringLiteral(" (") + incident.reference + u')'; };
    auto html = [&](Language l) -> QString { return HelpCenterSite::reportHtml(job.incident, l); };

    QString article = job.remote.value(QString()).id;
    const Language source = locales.first().first;
    if (article.isEmpty()) {
        // An earlier attempt may have created it without hearing back: it carries our label.
        const HttpReply found = http.send({"GET", endpoint(base, QStringLiteral("/api/v2/help_center/articles.json"),
                                                           QUrlQuery{{QStringLiteral("label_names"), label}}),
                                           {}, {}});
        if (!found.success())
            return HttpClient::failure(found, Texts::tr("Looking for the article on Zendesk Guide"));
        const QJsonArray articles = parsed(found).toObject().value(QStringLiteral("articles")).toArray();
        QJsonObject created;
        if (!articles.isEmpty()) {
            created = articles.first().toObject();
        } else {
            QJsonObject body{{QStringLiteral("title"), title(source)},
                             {QStringLiteral("body"), html(source)},
                             {QStringLiteral("locale"), locales.first().second},
                             {QStringLiteral("label_names"), QJsonArray{label}},
                             {QStringLiteral("user_segment_id"), QJsonValue()}};
            if (job.config.contains(QStringLiteral("permissionGroupId")))
                body.insert(QStringLiteral("permission_group_id"), job.config.value(QStringLiteral("permissionGroupId")));
            const HttpReply reply = http.send({"POST", endpoint(base, QStringLiteral("/api/v2/help_center/sections/%1/articles.json").arg(section)),
                                               json({{QStringLiteral("article"), body}}), jsonHeaders});
            if (!reply.success())
                return HttpClient::failure(reply, Texts::tr("Creating the article on Zendesk Guide"));
            created = parsed(reply).toObject().value(QStringLiteral("article")).toObject();
        }
        article = idOf(created.value(QStringLiteral("id")));
        if (article.isEmpty())
            return Error::invalid(Texts::tr("Zendesk Guide created the article but gave no id in its answer."));
        if (Status s = remember(job, {}, {article, created.value(QStringLiteral("html_url")).toString()}); !s.ok())
            return s.error();
    }
    // Every locale's translation holds the whole report: PUT replaces it, so a repeat is harmless.
    for (const auto &[language, locale] : std::as_const(locales)) {
        const QJsonObject translation{{QStringLiteral("title"), title(language)}, {QStringLiteral("body"), html(language)}};
        const HttpReply put = http.send({"PUT", endpoint(base, QStringLiteral("/api/v2/help_center/articles/%1/translations/%2.json").arg(article, locale)),
                                         json({{QStringLiteral("translation"), translation}}), jsonHeaders});
        HttpReply reply = put;
        if (put.status == 404) {
            QJsonObject withLocale = translation;
            withLocale.insert(QStringLiteral("locale"), locale);
            reply = http.send({"POST", endpoint(base, QStringLiteral("/api/v2/help_center/articles/%1/translations.json").arg(article)),
                               json({{QStringLiteral("translation"), withLocale}}), jsonHeaders});
        }
        if (!reply.success())
            return HttpClient::failure(reply, Texts::tr("Writing the %1 translation on Zendesk Guide").arg(locale));
        const QString id = idOf(parsed(reply).toObject().value(QStringLiteral("translation")).toObject().value(QStringLiteral("id")));
        if (!id.isEmpty() && job.remote.value(locale).id != id) {
            if (Status s = remember(job, locale, {id, parsed(reply).toObject().value(QStringLiteral("translation")).toObject()
                                                          .value(QStringLiteral("html_url")).toString()});
                !s.ok())
                return s.error();
        }
    }
    return ApiOutcome{article, job.remote.value(QString()).url};
}

// ---- Webhook ---------------------------------------------------------------------------------

QByteArray webhookBody(const ApiJob &job, const QDateTime &sentAt)
{
    const Incident &i = job.incident.incident;
    QJsonObject bodies;
    for (auto it = job.update.bodies.cbegin(); it != job.update.bodies.cend(); ++it)
        bodies.insert(toKey(it.key()), it.value());
    QJsonArray services;
    for (const QString &key : i.serviceKeys)
        services.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("status"), statuspageComponentStatus(job.serviceStatus.value(key))}});
    const QJsonObject incident{{QStringLiteral("reference"), i.reference},
                               {QStringLiteral("title"), i.title},
                               {QStringLiteral("state"), toKey(i.state)},
                               {QStringLiteral("open"), Lifecycle::isOpen(i.state)},
                               {QStringLiteral("impact"), toKey(i.impact)},
                               {QStringLiteral("impact_summary"), i.impactSummary},
                               {QStringLiteral("services"), services},
                               {QStringLiteral("page"), job.pageUrl.isEmpty() ? QJsonValue() : QJsonValue(job.pageUrl)}};
    const QJsonObject update{{QStringLiteral("id"), job.update.update.id},
                             {QStringLiteral("kind"), toKey(job.update.update.kind)},
                             {QStringLiteral("published_at"), job.update.update.publishedAt.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("bodies"), bodies}};
    return json({{QStringLiteral("event"), QStringLiteral("update.published")},
                 {QStringLiteral("delivery"), job.job.idempotencyKey},
                 {QStringLiteral("sent_at"), sentAt.toUTC().toString(Qt::ISODate)},
                 {QStringLiteral("incident"), incident},
                 {QStringLiteral("update"), update}});
}

QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

Result<ApiOutcome> webhook(ApiJob &job, HttpClient &http)
{
    const QUrl url(job.config.value(QStringLiteral("url")).toString());
    if (!url.isValid() || url.scheme().isEmpty())
        return Error::invalid(Texts::tr("The webhook target has no address (url); an administrator sets it."));
    if (job.secret.isEmpty())
        return Error::invalid(Texts::tr("The webhook target has no signing secret; an administrator sets it."));
    const QDateTime now = Clock::now();
    const QByteArray body = webhookBody(job, now);
    const QByteArray timestamp = QByteArray::number(now.toSecsSinceEpoch());
    const HttpReply reply = http.send({"POST", url, body,
                                       {{"Content-Type", "application/json"},
                                        {"Idempotency-Key", job.job.idempotencyKey.toLatin1()},
                                        {"X-Desk-Event", "update.published"},
                                        {"X-Desk-Timestamp", timestamp},
                                        {"X-Desk-Signature", webhookSignature(job.secret.toUtf8(), timestamp, body)}}});
    if (!reply.success())
        return HttpClient::failure(reply, Texts::tr("Calling the webhook"));
    return ApiOutcome{job.job.idempotencyKey, url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)};
}

// ---- Checking a target ----------------------------------------------------------------------

Result<QString> probe(const PublicationTarget &target, const QJsonObject &config, const QString &secret, HttpClient &http)
{
    HttpRequest request{"GET", {}, {}, {}};
    QString where;
    switch (target.kind) {
    case PublicationKind::Statuspage:
        http.setDefaultHeader("Authorization", "OAuth " + secret.toUtf8());
        request.url = endpoint(config.value(QStringLiteral("apiUrl")).toString(QStringLiteral("https://api.statuspage.io")),
                               QStringLiteral("/v1/pages/%1/incidents").arg(config.value(QStringLiteral("pageId")).toString()),
                               QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}});
        break;
    case PublicationKind::Cachet:
        http.setDefaultHeader("X-Cachet-Token", secret.toUtf8());
        request.url = endpoint(config.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("/api/v1/incidents"),
                               QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}});
        break;
    case PublicationKind::Zendesk:
        http.setBasicAuth(config.value(QStringLiteral("user")).toString() + QStringLiteral("/token"), secret);
        request.url = endpoint(config.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("/api/v2/help_center/articles.json"),
                               QUrlQuery{{QStringLiteral("label_names"), QStringLiteral("incident-desk-probe")}});
        break;
    case PublicationKind::Webhook: {
        const QDateTime now = Clock::now();
        const QByteArray key = "probe-" + QByteArray::number(now.toMSecsSinceEpoch());
        request.verb = "POST";
        request.url = QUrl(config.value(QStringLiteral("url")).toString());
        request.body = json({{QStringLiteral("event"), QStringLiteral("probe")},
                             {QStringLiteral("delivery"), QString::fromLatin1(key)},
                             {QStringLiteral("sent_at"), now.toUTC().toString(Qt::ISODate)}});
        const QByteArray timestamp = QByteArray::number(now.toSecsSinceEpoch());
        request.headers = {{"Content-Type", "application/json"}, {"Idempotency-Key", key}, {"X-Desk-Event", "probe"},
                           {"X-Desk-Timestamp", timestamp},
                           {"X-Desk-Signature", webhookSignature(secret.toUtf8(), timestamp, request.body)}};
        break;
    }
    case PublicationKind::HelpCenter:
        return Error::invalid(Texts::tr("A Help Center is checked over WebDAV, not as an API."));
    }
    where = request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!request.url.isValid() || request.url.scheme().isEmpty())
        return Error::invalid(Texts::tr("%1: the address is not a valid URL.").arg(target.name));
    const HttpReply reply = http.send(request);
    if (!reply.answered())
        return Error{Error::Code::Unavailable, Texts::tr("%1 does not answer: %2").arg(where, reply.error)};
    if (reply.status == 401 || reply.status == 403)
        return Error::forbidden(Texts::tr("%1 refused the credentials (HTTP %2): check the secret.").arg(where).arg(reply.status));
    if (reply.status == 404)
        return Error::notFound(Texts::tr("%1 answered 404: check the address and the page or section id.").arg(where));
    if (!reply.success())
        return Error{Error::Code::Unavailable, Texts::tr("%1 answered HTTP %2.").arg(where).arg(reply.status)};
    switch (target.kind) {
    case PublicationKind::Cachet:
        return Texts::tr("%1: Cachet answered; it checks the token only when something is written, so the first "
                  "publication does.").arg(target.name);
    case PublicationKind::Webhook:
        return Texts::tr("%1: the receiver accepted a signed probe event; nothing was published.").arg(target.name);
    default:
        return Texts::tr("%1: the server answered and accepted the credentials; nothing was written.").arg(target.name);
    }
}

} // namespace desk::ApiPublishers
