// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>

#include <functional>

struct MHD_Connection;
struct MHD_Daemon;

namespace desk {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QHostAddress peer;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    static HttpResponse json(int status, const QByteArray &body) { return {status, "application/json", body, {}}; }
    /** `{"error": message}` with the status: what a web developer reads when a request is refused. */
    static HttpResponse error(int status, const QString &message);
};

/**
 * The service's HTTP server: GNU libmicrohttpd, chosen over cpp-httplib and Qt HTTP Server (a
 * technical preview in Qt 6.4) for its thread pool with epoll, per-connection memory and time
 * limits and its years in production (see README, "The service"). The handler runs on the
 * server's threads (one per connection, see Options::threads), once per complete request; a body past the limit is answered 413 without
 * being kept.
 */
class HttpServer final
{
    Q_DECLARE_TR_FUNCTIONS(desk::HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        /**
         * 0: a thread per connection, for handlers that wait (the intake waits for its group
         * commit, and a waiting handler would hold up every connection of a pooled thread);
         * otherwise a pool of this many event-loop threads, for handlers that never wait.
         */
        int threads = 0;
        qint64 maxRequestBytes = 25 * 1024 * 1024;
        int timeoutSeconds = 30;
        int maxConnections = 512;
    };

    HttpServer(Options options, Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    Status start();
    /** Stops accepting and waits for the requests under way to be answered. */
    void stop();
    quint16 port() const { return m_port; }

    /** Called by libmicrohttpd. */
    struct Connection;
    int handle(::MHD_Connection *connection, const char *url, const char *method, const char *uploadData,
               size_t *uploadDataSize, void **state);

private:
    Options m_options;
    Handler m_handler;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
};

} // namespace desk
