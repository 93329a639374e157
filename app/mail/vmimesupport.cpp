// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmimesupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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
} // namespace

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
