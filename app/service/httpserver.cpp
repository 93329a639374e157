// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace desk {

struct HttpServer::Connection
{
    HttpRequest request;
    bool tooLarge = false;
    bool answered = false; // a response is queued: what still arrives is dropped
};

namespace {
MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<HttpRequest *>(cls)->headers.insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result dispatch(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *,
                    const char *uploadData, size_t *uploadDataSize, void **state)
{
    return static_cast<HttpServer *>(cls)->handle(connection, url, method, uploadData, uploadDataSize, state) == MHD_YES
               ? MHD_YES
               : MHD_NO;
}

void completed(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode)
{
    delete static_cast<HttpServer::Connection *>(*state);
    *state = nullptr;
}
} // namespace

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact) + '\n');
}

HttpServer::HttpServer(Options options, Handler handler) : m_options(std::move(options)), m_handler(std::move(handler)) {}

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::start()
{
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *address = nullptr;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    flags |= m_options.threads > 0 ? MHD_USE_EPOLL : (MHD_USE_THREAD_PER_CONNECTION | MHD_USE_POLL);
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(m_options.port);
        const Q_IPV6ADDR a = m_options.address.toIPv6Address();
        memcpy(&v6.sin6_addr, &a, sizeof a);
        address = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(m_options.port);
        v4.sin_addr.s_addr = htonl(m_options.address.toIPv4Address());
        address = reinterpret_cast<const sockaddr *>(&v4);
    }
    m_daemon = MHD_start_daemon(flags, m_options.port, nullptr, nullptr, &dispatch, this,
                                MHD_OPTION_SOCK_ADDR, address,
                                MHD_OPTION_THREAD_POOL_SIZE, unsigned(std::max(0, m_options.threads)), // 0: no pool
                                MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_options.timeoutSeconds),
                                MHD_OPTION_CONNECTION_LIMIT, unsigned(m_options.maxConnections),
                                MHD_OPTION_NOTIFY_COMPLETED, &completed, nullptr,
                                MHD_OPTION_END);
    if (!m_daemon)
        return Error{Error::Code::Unavailable, tr("Cannot listen on %1:%2: the address is in use or not this machine's.")
                                      .arg(m_options.address.toString())
                                                   .arg(m_options.port)};
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? quint16(info->port) : m_options.port;
    return {};
}

void HttpServer::stop()
{
    if (!m_daemon)
        return;
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

int HttpServer::handle(MHD_Connection *connection, const char *url, const char *method, const char *uploadData,
                       size_t *uploadDataSize, void **state)
{
    auto *c = static_cast<Connection *>(*state);
    if (!c) {
        c = new Connection;
        c->request.method = method;
        c->request.path = url;
        MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &c->request);
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
            c->request.peer = QHostAddress(info->client_addr);
        *state = c;
        // A declared length past the limit is refused at once when the client waits for
        // "100 Continue" (curl does): it has sent nothing yet. Others get the answer after their
        // body, which is read and dropped, since many clients miss an answer sent mid-upload.
        bool known = false;
        const qint64 declared = c->request.headers.value("content-length").toLongLong(&known);
        const bool waiting = c->request.headers.value("expect").toLower() == "100-continue";
        if (!known || declared <= m_options.maxRequestBytes || !waiting)
            return MHD_YES;
        c->tooLarge = true;
    }
    if (c->answered) {
        *uploadDataSize = 0;
        return MHD_YES;
    }
    if (*uploadDataSize > 0) {
        if (!c->tooLarge && c->request.body.size() + qint64(*uploadDataSize) <= m_options.maxRequestBytes)
            c->request.body.append(uploadData, qsizetype(*uploadDataSize));
        else
            c->tooLarge = true; // the rest is read and dropped, then refused
        *uploadDataSize = 0;
        return MHD_YES;
    }
    const HttpResponse answer =
        c->tooLarge ? HttpResponse::error(413, tr("The request is larger than %1 bytes.").arg(m_options.maxRequestBytes))
                    : m_handler(c->request);
    MHD_Response *response =
        MHD_create_response_from_buffer(size_t(answer.body.size()), const_cast<char *>(answer.body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, "Content-Type", answer.contentType.constData());
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
        MHD_add_response_header(response, it.key().constData(), it.value().constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(answer.status), response);
    c->answered = true;
    MHD_destroy_response(response);
    return queued;
}

} // namespace desk
