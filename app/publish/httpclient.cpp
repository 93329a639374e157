// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::HttpClient", text);
}

/** The server's own words from an error body: the usual JSON shapes, else its first line. */
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QStringList parts;
        for (const char *key : {"message", "description", "error", "errors", "details"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                parts << v.toString();
            else if (v.isArray()) {
                for (const QJsonValue &item : v.toArray()) {
                    if (item.isString())
                        parts << item.toString();
                    else if (item.isObject())
                        parts << item.toObject().value(QStringLiteral("detail")).toString(
                            item.toObject().value(QStringLiteral("title")).toString());
                }
            } else if (v.isObject() && parts.isEmpty())
                parts << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        }
        parts.removeAll(QString());
        parts.removeDuplicates();
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; ")).left(300);
    }
    return QString::fromUtf8(body).section(u'\n', 0, 0).trimmed().left(200);
}
} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(int timeoutMs) : m_timeoutMs(timeoutMs), m_network(std::make_unique<QNetworkAccessManager>()) {}

HttpClient::~HttpClient() = default;

void HttpClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    m_defaults.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_defaults.append({name, value});
}

void HttpClient::setBasicAuth(const QString &user, const QString &password)
{
    if (!user.isEmpty())
        setDefaultHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
}

void HttpClient::start(const HttpRequest &request, std::function<void(const HttpReply &)> done)
{
    QNetworkRequest r(request.url);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : std::as_const(m_defaults))
        r.setRawHeader(name, value);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    QNetworkReply *reply = request.body.isEmpty() && (request.verb == "GET" || request.verb == "MKCOL")
                               ? m_network->sendCustomRequest(r, request.verb)
                               : m_network->sendCustomRequest(r, request.verb, request.body);
    ++m_inFlight;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done = std::move(done)] {
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        if (out.status == 429 || out.status == 503) {
            // Retry-After: seconds, or an HTTP date.
            const QByteArray after = reply->rawHeader("Retry-After").trimmed();
            bool seconds = false;
            const qint64 value = after.toLongLong(&seconds);
            if (seconds)
                out.retryAfterMs = value * 1000;
            else if (const QDateTime at = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date); at.isValid())
                out.retryAfterMs = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
            m_retryAfterMs = qMax(m_retryAfterMs, out.retryAfterMs);
        }
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            out.error = tr("the server did not answer within %1 s").arg(m_timeoutMs / 1000.0);
        else if (out.status == 0 && reply->error() != QNetworkReply::NoError)
            out.error = reply->errorString();
        if (!out.error.isEmpty())
            out.status = 0;
        reply->deleteLater();
        --m_inFlight;
        done(out);
    });
}

void HttpClient::wait()
{
    QEventLoop loop;
    while (m_inFlight > 0)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

HttpReply HttpClient::send(const HttpRequest &request)
{
    HttpReply out;
    start(request, [&out](const HttpReply &r) { out = r; });
    wait();
    return out;
}

Error HttpClient::failure(const HttpReply &reply, const QString &what)
{
    if (!reply.answered())
        return {Error::Code::Unavailable, tr("%1 failed: %2").arg(what, reply.error.isEmpty() ? tr("no answer") : reply.error)};
    const QString answer = tr("%1 failed: the server answered %2 %3").arg(what).arg(reply.status).arg(serverMessage(reply.body));
    if (reply.status >= 500 || reply.status == 429 || reply.status == 408)
        return {Error::Code::Unavailable, answer};
    if (reply.status == 409 || reply.status == 412)
        return {Error::Code::Conflict, answer};
    return {Error::Code::Invalid, answer};
}

} // namespace desk
