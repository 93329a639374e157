// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace desk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    HttpHeaders headers;
};

struct HttpReply
{
    int status = 0;          // 0 when no answer came
    QByteArray body;
    HttpHeaders headers;
    qint64 retryAfterMs = 0; // from Retry-After on 429 and 503
    QString error;           // network failure or timeout, in words; empty when the server answered

    bool answered() const { return error.isEmpty() && status != 0; }
    bool success() const { return answered() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
};

/**
 * HTTP for the publishers, on libcurl's multi interface: requests run concurrently over up to
 * `kConnectionsPerHost` kept-alive connections per host (HTTP/2 streams where TLS offers it), and
 * `wait()` blocks the calling thread in curl's poll until they have all answered (the thread's
 * Qt events wait meanwhile): it belongs on a worker thread, never the GUI's. Every request gets
 * the client's timeout and default headers (authentication); credentials are never logged. No
 * proxy is used; redirects are followed for GET only, and never from https to http.
 *
 * Why not QNetworkAccessManager: it costs about 150 µs of CPU per request here (measured against
 * the local nginx, 20,000 GETs: 3.0 s), libcurl about 15 µs (0.31 s); a whole Help Center of
 * 10,000 incidents is 110,000 requests.
 */
class HttpClient final
{
    Q_DECLARE_TR_FUNCTIONS(desk::HttpClient)

public:
    static constexpr long kConnectionsPerHost = 8;

    explicit HttpClient(int timeoutMs = 15000);
    ~HttpClient();
    Q_DISABLE_COPY_MOVE(HttpClient)

    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    void setBasicAuth(const QString &user, const QString &password);
    int timeoutMs() const { return m_timeoutMs; }

    /** Starts a request; `done` runs on this thread when it has answered or failed. */
    void start(const HttpRequest &request, std::function<void(const HttpReply &)> done);
    /** Runs until every started request (and those started from their callbacks) has finished. */
    void wait();
    /** One request, waited for. */
    HttpReply send(const HttpRequest &request);

    /**
     * What a failed reply means for a job: `Unavailable` (retry later) for no answer, a timeout,
     * 5xx, 408 and 429; `Conflict` for 409 and 412; `Invalid` for any other answer, with the
     * server's own message. `what` says what was being done ("Creating the incident on Statuspage").
     */
    static Error failure(const HttpReply &reply, const QString &what);
    /** The largest Retry-After any reply asked for since the client was made. */
    qint64 retryAfterMs() const { return m_retryAfterMs; }

private:
    struct Transfer;
    void finish(void *easy, int result);

    int m_timeoutMs;
    qint64 m_retryAfterMs = 0;
    HttpHeaders m_defaults;
    void *m_multi = nullptr;     // CURLM *
    QSet<void *> m_running;      // CURL * on their way
    std::vector<void *> m_idle;  // CURL * ready for the next request (they keep their buffers)
};

} // namespace desk
