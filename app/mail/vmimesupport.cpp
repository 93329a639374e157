// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmimesupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace desk::VmimeSupport {

namespace {
/** Every PEM certificate in a file (a CA bundle holds many). */
std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> certificatesIn(const QString &path)
{
    std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = file.readAll();
    const QByteArray begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
    for (qsizetype at = all.indexOf(begin); at >= 0; at = all.indexOf(begin, at + 1)) {
        const qsizetype stop = all.indexOf(end, at);
        if (stop < 0)
            break;
        const QByteArray pem = all.mid(at, stop + end.size() - at);
        if (auto cert = vmime::security::cert::X509Certificate::import(reinterpret_cast<const vmime::byte_t *>(pem.constData()),
                                                                       size_t(pem.size())))
            out.push_back(cert);
    }
    return out;
}

class SilenceLimit final : public vmime::net::timeoutHandler
{
public:
    explicit SilenceLimit(int seconds) : m_limitMs(qint64(seconds) * 1000) { m_clock.start(); }
    bool isTimeOut() override { return m_clock.elapsed() >= m_limitMs; }
    void resetTimeOut() override { m_clock.restart(); }
    bool handleTimeOut() override { return false; } // give up: the caller retries later

private:
    qint64 m_limitMs;
    QElapsedTimer m_clock;
};

class SilenceLimitFactory final : public vmime::net::timeoutHandlerFactory
{
public:
    explicit SilenceLimitFactory(int seconds) : m_seconds(seconds) {}
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override { return vmime::make_shared<SilenceLimit>(m_seconds); }

private:
    int m_seconds;
};
/**
 * vmime's socket keeps its descriptor to itself: after connecting, every TCP socket of this
 * process connected to that port gets TCP_NODELAY (harmless for any other one it finds).
 */
void noDelayTo(vmime::port_t port)
{
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : fds) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        int type = 0;
        socklen_t length = sizeof(type);
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        sockaddr_storage peer{};
        length = sizeof(peer);
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue;
        const in_port_t peerPort = peer.ss_family == AF_INET ? reinterpret_cast<sockaddr_in *>(&peer)->sin_port
                                   : peer.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&peer)->sin6_port
                                                                : 0;
        if (ntohs(peerPort) != port)
            continue;
        const int on = 1;
        (void)::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
    }
}

/** The platform's socket, with TCP_NODELAY once connected. */
class NoDelaySocket final : public vmime::net::socket
{
public:
    explicit NoDelaySocket(vmime::shared_ptr<vmime::net::socket> inner) : m_inner(std::move(inner)) {}
    void connect(const vmime::string &address, const vmime::port_t port) override
    {
        m_inner->connect(address, port);
        noDelayTo(port);
    }
    void disconnect() override { m_inner->disconnect(); }
    bool isConnected() const override { return m_inner->isConnected(); }
    bool waitForRead(const int msecs) override { return m_inner->waitForRead(msecs); }
    bool waitForWrite(const int msecs) override { return m_inner->waitForWrite(msecs); }
    void receive(vmime::string &buffer) override { m_inner->receive(buffer); }
    size_t receiveRaw(vmime::byte_t *buffer, const size_t count) override { return m_inner->receiveRaw(buffer, count); }
    void send(const vmime::string &buffer) override { m_inner->send(buffer); }
    void send(const char *str) override { m_inner->send(str); }
    void sendRaw(const vmime::byte_t *buffer, const size_t count) override { m_inner->sendRaw(buffer, count); }
    size_t sendRawNonBlocking(const vmime::byte_t *buffer, const size_t count) override
    {
        return m_inner->sendRawNonBlocking(buffer, count);
    }
    size_t getBlockSize() const override { return m_inner->getBlockSize(); }
    unsigned int getStatus() const override { return m_inner->getStatus(); }
    const vmime::string getPeerName() const override { return m_inner->getPeerName(); }
    const vmime::string getPeerAddress() const override { return m_inner->getPeerAddress(); }
    vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return m_inner->getTimeoutHandler(); }
    void setTracer(vmime::shared_ptr<vmime::net::tracer> tracer) override { m_inner->setTracer(tracer); }
    vmime::shared_ptr<vmime::net::tracer> getTracer() override { return m_inner->getTracer(); }

private:
    vmime::shared_ptr<vmime::net::socket> m_inner;
};

class NoDelaySocketFactory final : public vmime::net::socketFactory
{
public:
    vmime::shared_ptr<vmime::net::socket> create() override
    {
        return vmime::make_shared<NoDelaySocket>(vmime::platform::getHandler()->getSocketFactory()->create());
    }
    vmime::shared_ptr<vmime::net::socket> create(vmime::shared_ptr<vmime::net::timeoutHandler> th) override
    {
        return vmime::make_shared<NoDelaySocket>(vmime::platform::getHandler()->getSocketFactory()->create(th));
    }
};
} // namespace

void sendWithoutDelay(vmime::net::service &service)
{
    service.setSocketFactory(vmime::make_shared<NoDelaySocketFactory>());
}

Status trustCertificates(vmime::net::service &service, const QString &caFile)
{
    auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
    auto roots = certificatesIn(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    if (!caFile.isEmpty()) {
        auto extra = certificatesIn(caFile);
        if (extra.empty())
            return Error::invalid(QCoreApplication::translate("desk::VmimeSupport", "No certificate could be read from %1.")
                                      .arg(caFile));
        roots.insert(roots.end(), extra.begin(), extra.end());
    }
    verifier->setX509RootCAs(roots);
    service.setCertificateVerifier(verifier);
    return {};
}

void limitSilence(vmime::net::service &service, int seconds)
{
    service.setTimeoutHandlerFactory(vmime::make_shared<SilenceLimitFactory>(seconds));
}

} // namespace desk::VmimeSupport
