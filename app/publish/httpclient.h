// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

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
 * HTTP for the publishers, on QNetworkAccessManager: requests run concurrently (up to six per
 * host, as QNetworkAccessManager allows) and `wait()` runs a local event loop until they have all
 * answered, so it belongs on a worker thread, never the GUI's. Every request gets the client's
 * timeout and default headers (authentication); credentials are never logged.
 */
class HttpClient final
{
public:
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
    int m_timeoutMs;
    int m_inFlight = 0;
    qint64 m_retryAfterMs = 0;
    HttpHeaders m_defaults;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace desk
