// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeapiserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>

namespace desk::test {

namespace {
using Method = QHttpServerRequest::Method;

QByteArray methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Post:
        return "POST";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

QJsonObject bodyOf(const QHttpServerRequest &request)
{
    return QJsonDocument::fromJson(request.body()).object();
}

bool isJson(const QHttpServerRequest &request)
{
    return request.value("Content-Type").startsWith("application/json");
}

const QStringList kStatuspageStatuses{QStringLiteral("investigating"), QStringLiteral("identified"),
                                      QStringLiteral("monitoring"), QStringLiteral("resolved")};
const QStringList kComponentStatuses{QStringLiteral("operational"), QStringLiteral("degraded_performance"),
                                     QStringLiteral("partial_outage"), QStringLiteral("major_outage"),
                                     QStringLiteral("under_maintenance")};

QJsonObject statuspageJson(const FakeApiServer::StatuspageIncident &i)
{
    QJsonArray updates;
    for (auto it = i.updates.crbegin(); it != i.updates.crend(); ++it)
        updates.append(*it); // newest first, as Statuspage lists them
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("status"), i.status},
            {QStringLiteral("impact"), i.impact},
            {QStringLiteral("shortlink"), QStringLiteral("https://stspg.io/") + i.id},
            {QStringLiteral("metadata"), i.metadata},
            {QStringLiteral("incident_updates"), updates}};
}
} // namespace

FakeApiServer::FakeApiServer(QObject *parent) : QAbstractHttpServer(parent)
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void FakeApiServer::setFaults(double rate, quint32 seed)
{
    QMetaObject::invokeMethod(this, [=, this] {
        m_faultRate = rate;
        m_random.seed(seed);
    }, QThread::currentThread() == thread() ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
}

void FakeApiServer::silenceNext(int count)
{
    QMetaObject::invokeMethod(this, [=, this] { m_silenceNext = count; },
                              QThread::currentThread() == thread() ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
}

FakeApiService::FakeApiService()
{
    m_thread.setObjectName(QStringLiteral("fake-api"));
    QObject context;
    context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&context, [this] { m_server = new FakeApiServer; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(&context, [&context] { context.moveToThread(nullptr); }, Qt::BlockingQueuedConnection);
}

FakeApiService::~FakeApiService()
{
    QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

FakeApiServer *FakeApiService::server()
{
    // Requests are handled one after the other on the server's thread: once this no-op has run
    // there, everything received before it has been handled.
    QMetaObject::invokeMethod(m_server, [] {}, Qt::BlockingQueuedConnection);
    return m_server;
}

void FakeApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

bool FakeApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    calls << methodName(request.method()) + ' ' + request.url().path().toUtf8();
    enum { None, Refuse, Cut, Silent } fault = None;
    if (m_silenceNext > 0) {
        --m_silenceNext;
        ++m_faults;
        fault = Silent;
    } else if (m_faultRate > 0 && m_random.generateDouble() < m_faultRate) {
        ++m_faults;
        fault = static_cast<decltype(fault)>(1 + m_random.bounded(3));
    }
    if (fault == Cut) {
        socket->abort();
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (fault == Refuse) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("temporarily unavailable")}}),
                        QHttpServerResponder::StatusCode::ServiceUnavailable);
        return true;
    }
    const Answer answer = route(request);
    if (fault == Silent) {
        ++m_silent;
        return true; // done, but the client never hears so
    }
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    if (!answer.raw.isNull())
        responder.write(answer.raw, "text/plain", status);
    else
        responder.write(QJsonDocument(answer.json), status);
    return true;
}

FakeApiServer::Answer FakeApiServer::refuse(int status, const QString &why)
{
    violations << why;
    return {status, QJsonObject{{QStringLiteral("error"), why}}, {}};
}

FakeApiServer::Answer FakeApiServer::route(const QHttpServerRequest &request)
{
    const QStringList path = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (path.size() >= 4 && path.at(0) == QLatin1String("v1") && path.at(1) == QLatin1String("pages"))
        return statuspageCall(request, path);
    if (path.size() >= 3 && path.at(0) == QLatin1String("api") && path.at(1) == QLatin1String("v1"))
        return cachetCall(request, path);
    if (path.size() >= 4 && path.at(0) == QLatin1String("api") && path.at(1) == QLatin1String("v2"))
        return zendeskCall(request, path);
    if (!path.isEmpty() && path.at(0) == QLatin1String("hooks"))
        return webhookCall(request);
    return refuse(404, QStringLiteral("no such endpoint: ") + request.url().path());
}

// Statuspage: /v1/pages/{page}/incidents[/{id}]
FakeApiServer::Answer FakeApiServer::statuspageCall(const QHttpServerRequest &request, const QStringList &path)
{
    if (request.value("Authorization") != "OAuth " + m_credentials.statuspageKey)
        return refuse(401, QStringLiteral("Statuspage: missing or wrong Authorization: OAuth header"));
    if (path.at(3) != QLatin1String("incidents") || path.size() > 5)
        return refuse(404, QStringLiteral("Statuspage: no such endpoint ") + path.join(u'/'));
    const Method method = request.method();
    if (path.size() == 4 && method == Method::Get) {
        const QString q = request.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        QJsonArray out;
        for (const StatuspageIncident &i : std::as_const(statuspage)) {
            const QString all = i.name + QString::fromUtf8(QJsonDocument(i.metadata).toJson());
            if (q.isEmpty() || all.contains(q, Qt::CaseInsensitive))
                out.append(statuspageJson(i));
        }
        return {200, {}, QJsonDocument(out).toJson(QJsonDocument::Compact)};
    }
    if ((method == Method::Post || method == Method::Patch) && !isJson(request))
        return refuse(415, QStringLiteral("Statuspage: a JSON body needs Content-Type: application/json"));
    const QJsonObject incident = bodyOf(request).value(QStringLiteral("incident")).toObject();
    auto checkCommon = [&]() -> QString {
        if (!kStatuspageStatuses.contains(incident.value(QStringLiteral("status")).toString()))
            return QStringLiteral("Statuspage: incident.status must be investigating, identified, monitoring or resolved");
        if (incident.value(QStringLiteral("body")).toString().isEmpty())
            return QStringLiteral("Statuspage: incident.body is empty");
        const QJsonObject components = incident.value(QStringLiteral("components")).toObject();
        for (auto it = components.begin(); it != components.end(); ++it) {
            if (!kComponentStatuses.contains(it.value().toString()))
                return QStringLiteral("Statuspage: component status %1 is not one of Statuspage's").arg(it.value().toString());
            if (!incident.value(QStringLiteral("component_ids")).toArray().contains(it.key()))
                return QStringLiteral("Statuspage: component %1 has a status but is not in component_ids").arg(it.key());
        }
        return {};
    };
    auto addUpdate = [&](StatuspageIncident &i) {
        i.status = incident.value(QStringLiteral("status")).toString();
        const QJsonObject components = incident.value(QStringLiteral("components")).toObject();
        for (auto it = components.begin(); it != components.end(); ++it)
            i.components.insert(it.key(), it.value());
        i.updates.append({{QStringLiteral("id"), QStringLiteral("upd%1").arg(m_nextId++)},
                          {QStringLiteral("status"), i.status},
                          {QStringLiteral("body"), incident.value(QStringLiteral("body")).toString()}});
    };
    if (path.size() == 4 && method == Method::Post) {
        if (const QString why = checkCommon(); !why.isEmpty())
            return refuse(422, why);
        if (incident.value(QStringLiteral("name")).toString().isEmpty())
            return refuse(422, QStringLiteral("Statuspage: incident.name is empty"));
        StatuspageIncident i;
        i.id = QStringLiteral("sp%1").arg(m_nextId++);
        i.name = incident.value(QStringLiteral("name")).toString();
        i.impact = incident.value(QStringLiteral("impact_override")).toString();
        i.metadata = incident.value(QStringLiteral("metadata")).toObject();
        addUpdate(i);
        statuspage.insert(i.id, i);
        return {201, statuspageJson(i), {}};
    }
    if (path.size() == 5) {
        auto it = statuspage.find(path.at(4));
        if (it == statuspage.end())
            return refuse(404, QStringLiteral("Statuspage: no incident ") + path.at(4));
        if (method == Method::Get)
            return {200, statuspageJson(*it), {}};
        if (method == Method::Patch) {
            if (const QString why = checkCommon(); !why.isEmpty())
                return refuse(422, why);
            if (incident.contains(QStringLiteral("name")))
                it->name = incident.value(QStringLiteral("name")).toString();
            addUpdate(*it);
            return {200, statuspageJson(*it), {}};
        }
    }
    return refuse(405, QStringLiteral("Statuspage: method not allowed on ") + path.join(u'/'));
}

// Cachet v1: /api/v1/incidents[/{id}[/updates]], /api/v1/components/{id}
FakeApiServer::Answer FakeApiServer::cachetCall(const QHttpServerRequest &request, const QStringList &path)
{
    if (request.value("X-Cachet-Token") != m_credentials.cachetToken)
        return refuse(401, QStringLiteral("Cachet: missing or wrong X-Cachet-Token"));
    const Method method = request.method();
    if (method != Method::Get && !isJson(request))
        return refuse(415, QStringLiteral("Cachet: a JSON body needs Content-Type: application/json"));
    const QJsonObject body = bodyOf(request);
    auto validStatus = [](const QJsonValue &v) { return v.isDouble() && v.toInt() >= 1 && v.toInt() <= 4; };
    auto incidentJson = [](const CachetIncident &i) {
        return QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name},
                           {QStringLiteral("message"), i.message}, {QStringLiteral("status"), i.status}};
    };
    if (path.at(2) == QLatin1String("components") && path.size() == 4 && method == Method::Put) {
        if (!validStatus(body.value(QStringLiteral("status"))))
            return refuse(400, QStringLiteral("Cachet: component status must be 1 to 4"));
        cachetComponents.insert(path.at(3), body.value(QStringLiteral("status")).toInt());
        return {200, {{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), path.at(3).toInt()}}}}, {}};
    }
    if (path.at(2) != QLatin1String("incidents"))
        return refuse(404, QStringLiteral("Cachet: no such endpoint ") + path.join(u'/'));
    if (path.size() == 3 && method == Method::Get) {
        const QString name = request.query().queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        QJsonArray data;
        for (const CachetIncident &i : std::as_const(cachet)) {
            if (name.isEmpty() || i.name == name)
                data.append(incidentJson(i));
        }
        return {200, {{QStringLiteral("data"), data}}, {}};
    }
    if (path.size() == 3 && method == Method::Post) {
        if (body.value(QStringLiteral("name")).toString().isEmpty() || body.value(QStringLiteral("message")).toString().isEmpty())
            return refuse(400, QStringLiteral("Cachet: an incident needs a name and a message"));
        if (!validStatus(body.value(QStringLiteral("status"))) || !body.contains(QStringLiteral("visible")))
            return refuse(400, QStringLiteral("Cachet: an incident needs a status 1 to 4 and visible"));
        CachetIncident i;
        i.id = m_nextId++;
        i.name = body.value(QStringLiteral("name")).toString();
        i.message = body.value(QStringLiteral("message")).toString();
        i.status = body.value(QStringLiteral("status")).toInt();
        i.componentId = body.value(QStringLiteral("component_id")).toInt();
        if (i.componentId != 0) {
            if (!validStatus(body.value(QStringLiteral("component_status"))))
                return refuse(400, QStringLiteral("Cachet: component_status must be 1 to 4"));
            cachetComponents.insert(QString::number(i.componentId), body.value(QStringLiteral("component_status")).toInt());
        }
        cachet.insert(i.id, i);
        return {200, {{QStringLiteral("data"), incidentJson(i)}}, {}};
    }
    auto it = cachet.find(path.at(3).toInt());
    if (it == cachet.end())
        return refuse(404, QStringLiteral("Cachet: no incident ") + path.at(3));
    if (path.size() == 4 && method == Method::Put) {
        if (!validStatus(body.value(QStringLiteral("status"))))
            return refuse(400, QStringLiteral("Cachet: status must be 1 to 4"));
        it->status = body.value(QStringLiteral("status")).toInt();
        return {200, {{QStringLiteral("data"), incidentJson(*it)}}, {}};
    }
    if (path.size() == 5 && path.at(4) == QLatin1String("updates")) {
        if (method == Method::Get) {
            QJsonArray data;
            for (const QJsonObject &u : std::as_const(it->updates))
                data.append(u);
            return {200, {{QStringLiteral("data"), data}}, {}};
        }
        if (method == Method::Post) {
            if (!validStatus(body.value(QStringLiteral("status"))) || body.value(QStringLiteral("message")).toString().isEmpty())
                return refuse(400, QStringLiteral("Cachet: an update needs a status 1 to 4 and a message"));
            const QJsonObject u{{QStringLiteral("id"), m_nextId++}, {QStringLiteral("incident_id"), it->id},
                                {QStringLiteral("status"), body.value(QStringLiteral("status"))},
                                {QStringLiteral("message"), body.value(QStringLiteral("message"))}};
            it->updates.append(u);
            return {200, {{QStringLiteral("data"), u}}, {}};
        }
    }
    return refuse(405, QStringLiteral("Cachet: method not allowed on ") + path.join(u'/'));
}

// Zendesk Guide: /api/v2/help_center/...
FakeApiServer::Answer FakeApiServer::zendeskCall(const QHttpServerRequest &request, const QStringList &path)
{
    const QByteArray auth = "Basic " + (m_credentials.zendeskUser + "/token:" + m_credentials.zendeskToken).toBase64();
    if (request.value("Authorization") != auth)
        return refuse(401, QStringLiteral("Zendesk: missing or wrong basic authentication with an API token"));
    const Method method = request.method();
    if (method != Method::Get && !isJson(request))
        return refuse(415, QStringLiteral("Zendesk: a JSON body needs Content-Type: application/json"));
    if (path.at(2) != QLatin1String("help_center"))
        return refuse(404, QStringLiteral("Zendesk: no such endpoint"));
    const QJsonObject body = bodyOf(request);
    auto articleJson = [this](const Article &a, const QString &locale) {
        const QJsonObject t = a.translations.value(locale);
        return QJsonObject{{QStringLiteral("id"), a.id},
                           {QStringLiteral("title"), t.value(QStringLiteral("title"))},
                           {QStringLiteral("locale"), locale},
                           {QStringLiteral("label_names"), QJsonArray::fromStringList(a.labels)},
                           {QStringLiteral("html_url"), QStringLiteral("%1/hc/%2/articles/%3").arg(m_url.toString(), locale).arg(a.id)}};
    };
    // GET /api/v2/help_center/articles.json?label_names=…
    if (path.size() == 4 && path.at(3) == QLatin1String("articles.json") && method == Method::Get) {
        const QString label = request.query().queryItemValue(QStringLiteral("label_names"), QUrl::FullyDecoded);
        QJsonArray articles;
        for (const Article &a : std::as_const(zendesk)) {
            if (a.labels.contains(label))
                articles.append(articleJson(a, a.translations.firstKey()));
        }
        return {200, {{QStringLiteral("articles"), articles}}, {}};
    }
    // POST /api/v2/help_center/sections/{id}/articles.json
    if (path.size() == 6 && path.at(3) == QLatin1String("sections") && path.at(5) == QLatin1String("articles.json")
        && method == Method::Post) {
        const QJsonObject a = body.value(QStringLiteral("article")).toObject();
        if (a.value(QStringLiteral("title")).toString().isEmpty() || a.value(QStringLiteral("locale")).toString().isEmpty()
            || !a.contains(QStringLiteral("body")))
            return refuse(400, QStringLiteral("Zendesk: an article needs a title, a body and a locale"));
        Article article;
        article.id = 36000000 + m_nextId++;
        article.section = path.at(4);
        for (const QJsonValue &l : a.value(QStringLiteral("label_names")).toArray())
            article.labels << l.toString();
        article.translations.insert(a.value(QStringLiteral("locale")).toString(),
                                    {{QStringLiteral("id"), m_nextId++},
                                     {QStringLiteral("title"), a.value(QStringLiteral("title"))},
                                     {QStringLiteral("body"), a.value(QStringLiteral("body"))}});
        zendesk.insert(article.id, article);
        return {201, {{QStringLiteral("article"), articleJson(article, a.value(QStringLiteral("locale")).toString())}}, {}};
    }
    // /api/v2/help_center/articles/{id}/translations[/{locale}].json
    if (path.size() >= 6 && path.at(3) == QLatin1String("articles") && path.at(5).startsWith(QLatin1String("translations"))) {
        auto it = zendesk.find(path.at(4).toLongLong());
        if (it == zendesk.end())
            return refuse(404, QStringLiteral("Zendesk: no article ") + path.at(4));
        const QJsonObject t = body.value(QStringLiteral("translation")).toObject();
        if (t.value(QStringLiteral("title")).toString().isEmpty() || !t.contains(QStringLiteral("body")))
            return refuse(400, QStringLiteral("Zendesk: a translation needs a title and a body"));
        auto answer = [&](const QString &locale) {
            QJsonObject out = it->translations.value(locale);
            out.insert(QStringLiteral("locale"), locale);
            out.insert(QStringLiteral("html_url"), QStringLiteral("%1/hc/%2/articles/%3").arg(m_url.toString(), locale).arg(it->id));
            return QJsonObject{{QStringLiteral("translation"), out}};
        };
        if (path.size() == 6 && path.at(5) == QLatin1String("translations.json") && method == Method::Post) {
            const QString locale = t.value(QStringLiteral("locale")).toString();
            if (locale.isEmpty())
                return refuse(400, QStringLiteral("Zendesk: a new translation needs its locale"));
            if (it->translations.contains(locale))
                return {400, {{QStringLiteral("error"), QStringLiteral("RecordInvalid")},
                              {QStringLiteral("description"), QStringLiteral("Locale has already been taken")}}, {}};
            it->translations.insert(locale, {{QStringLiteral("id"), m_nextId++}, {QStringLiteral("title"), t.value(QStringLiteral("title"))},
                                             {QStringLiteral("body"), t.value(QStringLiteral("body"))}});
            return {201, answer(locale), {}};
        }
        if (path.size() == 7 && path.at(5) == QLatin1String("translations") && method == Method::Put) {
            QString locale = path.at(6);
            locale.chop(5); // ".json"
            auto tr = it->translations.find(locale);
            if (tr == it->translations.end())
                return {404, {{QStringLiteral("error"), QStringLiteral("RecordNotFound")}}, {}};
            tr->insert(QStringLiteral("title"), t.value(QStringLiteral("title")));
            tr->insert(QStringLiteral("body"), t.value(QStringLiteral("body")));
            return {200, answer(locale), {}};
        }
    }
    return refuse(405, QStringLiteral("Zendesk: method not allowed on ") + path.join(u'/'));
}

FakeApiServer::Answer FakeApiServer::webhookCall(const QHttpServerRequest &request)
{
    if (request.method() != Method::Post || !isJson(request))
        return refuse(405, QStringLiteral("webhook: only JSON POSTs"));
    const QByteArray timestamp = request.value("X-Desk-Timestamp");
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(timestamp + '.' + request.body(), m_credentials.webhookSecret, QCryptographicHash::Sha256).toHex();
    if (timestamp.isEmpty() || request.value("X-Desk-Signature") != expected)
        return refuse(401, QStringLiteral("webhook: the signature does not match the body"));
    const QString key = QString::fromLatin1(request.value("Idempotency-Key"));
    if (key.isEmpty())
        return refuse(400, QStringLiteral("webhook: no Idempotency-Key"));
    const QJsonObject body = bodyOf(request);
    if (body.value(QStringLiteral("event")).toString() == QLatin1String("probe") && body.value(QStringLiteral("delivery")).toString() == key)
        return {200, {{QStringLiteral("received"), key}}, {}}; // a sender checking it can reach us: nothing to keep
    if (body.value(QStringLiteral("event")).toString() != QLatin1String("update.published")
        || body.value(QStringLiteral("delivery")).toString() != key
        || body.value(QStringLiteral("incident")).toObject().value(QStringLiteral("reference")).toString().isEmpty()
        || body.value(QStringLiteral("update")).toObject().value(QStringLiteral("bodies")).toObject().isEmpty())
        return refuse(400, QStringLiteral("webhook: the body is not an update.published event"));
    deliveries.append({key, body});
    if (!accepted.contains(key))
        accepted.insert(key, body); // a repeated delivery is recognised by its key and not applied again
    return {200, {{QStringLiteral("received"), key}}, {}};
}

} // namespace desk::test
