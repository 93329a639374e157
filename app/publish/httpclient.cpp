// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <curl/curl.h>

#include <mutex>

namespace desk {

namespace {
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

struct HttpClient::Transfer
{
    HttpRequest request;
    std::function<void(const HttpReply &)> done;
    curl_slist *headers = nullptr;
    HttpReply reply;
    char error[CURL_ERROR_SIZE] = {};
};

namespace {
size_t received(char *data, size_t size, size_t count, void *body)
{
    static_cast<QByteArray *>(body)->append(data, qsizetype(size * count));
    return size * count;
}

size_t headerLine(char *data, size_t size, size_t count, void *headers)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    auto *list = static_cast<HttpHeaders *>(headers);
    if (line.startsWith("HTTP/"))
        list->clear(); // a new response: after a redirect or an interim 100
    else if (const qsizetype colon = line.indexOf(':'); colon > 0)
        list->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return size * count;
}

/** An HTTP date (RFC 9110 §5.6.7): IMF-fixdate, or the obsolete RFC 850 and asctime forms; always GMT. */
QDateTime httpDate(const QString &text)
{
    static const char *const formats[] = {"ddd, dd MMM yyyy hh:mm:ss 'GMT'", "dddd, dd-MMM-yy hh:mm:ss 'GMT'",
                                          "ddd MMM d hh:mm:ss yyyy"};
    const QString simple = text.simplified();
    for (const char *format : formats) {
        QDateTime at = QLocale::c().toDateTime(simple, QString::fromLatin1(format));
        if (!at.isValid())
            continue;
        at = QDateTime(at.date(), at.time(), Qt::UTC);
        return at.date().year() < 1970 ? at.addYears(100) : at; // RFC 850's two-digit years
    }
    return {};
}

qint64 retryAfter(const QByteArray &value)
{
    // Retry-After: seconds, or an HTTP date.
    bool seconds = false;
    const qint64 s = value.trimmed().toLongLong(&seconds);
    if (seconds)
        return qMax<qint64>(0, s * 1000);
    const QDateTime at = httpDate(QString::fromLatin1(value));
    return at.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) : 0;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

constexpr size_t kIdleHandles = 64;
} // namespace

HttpClient::HttpClient(int timeoutMs) : m_timeoutMs(timeoutMs)
{
    static std::once_flag global;
    std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, kConnectionsPerHost);
}

HttpClient::~HttpClient()
{
    for (CURL *easy : m_idle)
        curl_easy_cleanup(easy);
    // Requests still running when the client goes are dropped unanswered.
    for (CURL *easy : m_running) {
        Transfer *t = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &t);
        curl_multi_remove_handle(m_multi, easy);
        curl_easy_cleanup(easy);
        curl_slist_free_all(t->headers);
        delete t;
    }
    curl_multi_cleanup(m_multi);
}

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
    CURL *easy = nullptr;
    if (m_idle.empty()) {
        easy = curl_easy_init();
    } else {
        easy = m_idle.back();
        m_idle.pop_back();
        curl_easy_reset(easy);
    }
    auto *t = new Transfer{request, std::move(done), nullptr, {}, {}};
    const QByteArray url = request.url.toEncoded();
    const bool https = request.url.scheme() == QLatin1String("https");
    curl_easy_setopt(easy, CURLOPT_PRIVATE, t);
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    // The system's proxy (http_proxy, https_proxy, no_proxy, as libcurl reads them) for the
    // world; never for this machine, which a proxy elsewhere cannot reach.
    if (isLoopback(request.url.host()))
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(m_timeoutMs));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(m_timeoutMs, 10000)));
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, received);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t->reply.body);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, headerLine);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &t->reply.headers);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "IncidentDesk/" DESK_VERSION);
    bool hasBody = false;
    if (request.verb == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, https ? "https" : "http,https");
    } else {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.verb.constData());
        if (!request.body.isEmpty() || request.verb == "PUT" || request.verb == "POST" || request.verb == "PATCH") {
            // The body stays alive in the transfer; curl does not copy it.
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->request.body.size()));
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, t->request.body.constData());
            hasBody = true;
        }
    }
    auto add = [t](const QByteArray &name, const QByteArray &value) {
        t->headers = curl_slist_append(t->headers, QByteArray(name + ": " + value).constData());
    };
    bool typed = false;
    for (const HttpHeaders *list : {static_cast<const HttpHeaders *>(&m_defaults), &request.headers}) {
        for (const auto &[name, value] : *list) {
            typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
            add(name, value);
        }
    }
    if (hasBody && !typed) // unless the request says, a body is bytes, not curl's default of a form
        add("Content-Type", "application/octet-stream");
    t->headers = curl_slist_append(t->headers, "Expect:"); // no 100-continue round trip
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->headers);
    m_running.insert(easy);
    curl_multi_add_handle(m_multi, easy);
}

void HttpClient::finish(void *easy, int result)
{
    Transfer *t = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &t);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    HttpReply out = std::move(t->reply);
    out.status = int(status);
    if (out.status == 429 || out.status == 503) {
        out.retryAfterMs = retryAfter(out.header("Retry-After"));
        m_retryAfterMs = qMax(m_retryAfterMs, out.retryAfterMs);
    }
    if (result == CURLE_OPERATION_TIMEDOUT)
        out.error = tr("the server did not answer within %1 s").arg(m_timeoutMs / 1000.0);
    else if (result != CURLE_OK)
        out.error = QString::fromUtf8(t->error[0] ? t->error : curl_easy_strerror(CURLcode(result)));
    if (!out.error.isEmpty())
        out.status = 0;
    curl_multi_remove_handle(m_multi, easy);
    m_running.remove(easy);
    if (m_idle.size() < kIdleHandles)
        m_idle.push_back(easy);
    else
        curl_easy_cleanup(easy);
    curl_slist_free_all(t->headers);
    const auto done = std::move(t->done);
    delete t;
    done(out);
}

void HttpClient::wait()
{
    // curl's own poll: this thread's Qt events wait meanwhile (a publication is the thread's only
    // work, and running its posted events here would start another publication inside this one).
    while (!m_running.isEmpty()) {
        int running = 0;
        curl_multi_perform(m_multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
            if (msg->msg == CURLMSG_DONE)
                finish(msg->easy_handle, msg->data.result); // may start more requests
        }
        if (!m_running.isEmpty())
            curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
    }
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
