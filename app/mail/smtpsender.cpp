// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsender.h"

#include "export/emlwriter.h"
#include "vmimesupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/vmime.hpp>

namespace desk {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

/** Notes whether any of the message's text went out to the server. */
class TextGoesOut final : public vmime::utility::progressListener
{
public:
    bool started = false;
    void start(const size_t) override { started = true; }
    void progress(const size_t, const size_t) override {}
    void stop(const size_t) override {}
};

/** The status code at the start of a server's answer ("451 4.3.0 try later"), or 0. */
int codeIn(const std::string &response)
{
    static const QRegularExpression code(QStringLiteral("^\\s*([2-5]\\d\\d)"));
    const auto m = code.match(QString::fromStdString(response));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString oneLine(const std::string &s)
{
    return QString::fromStdString(s).simplified().left(500);
}
} // namespace

struct SmtpSender::Connection
{
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::transport> transport;
};

SmtpSender::SmtpSender(SmtpSettings settings) : m_settings(std::move(settings)) {}

SmtpSender::~SmtpSender()
{
    disconnect();
}

bool SmtpSender::isConnected() const
{
    return m_connection && m_connection->transport->isConnected();
}

Status SmtpSender::connect()
{
    if (isConnected())
        return {};
    disconnect();
    Eml::ensurePlatform();
    auto c = std::make_unique<Connection>();
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    try {
        c->session = vmime::net::session::create();
        const bool implicitTls = m_settings.security == SmtpSettings::Security::Tls;
        // SMTP AUTH goes through SASL in vmime (PLAIN, LOGIN …, over TLS).
        c->transport = c->session->getTransport(vmime::utility::url(std::string(implicitTls ? "smtps://" : "smtp://")
                                                                    + utf8(m_settings.host) + ':'
                                                                    + std::to_string(m_settings.port)),
                                                vmime::make_shared<vmime::security::sasl::defaultSASLAuthenticator>());
        const bool startTls = m_settings.security == SmtpSettings::Security::StartTls;
        c->transport->setProperty("connection.tls", startTls);
        c->transport->setProperty("connection.tls.required", startTls);
        c->transport->setProperty("options.pipelining", true);
        c->transport->setProperty("options.chunking", false);
        const bool auth = !m_settings.user.isEmpty();
        c->transport->setProperty("options.need-authentication", auth);
        if (auth) {
            c->transport->setProperty("auth.username", utf8(m_settings.user));
            c->transport->setProperty("auth.password", utf8(m_settings.password));
        }
        c->transport->setProperty("options.sasl", auth);
        c->transport->setProperty("options.sasl.fallback", false);
        if (Status trust = VmimeSupport::trustCertificates(*c->transport, m_settings.caFile); !trust.ok())
            return trust;
        VmimeSupport::limitSilence(*c->transport, m_settings.timeoutSeconds);
        VmimeSupport::sendWithoutDelay(*c->transport);
        c->transport->connect();
    } catch (const vmime::exceptions::authentication_error &e) {
        return Error::forbidden(tr("The mail server %1 refused the login %2: %3. Check the user and the password "
                                   "(credential smtp-password).")
                                    .arg(where, m_settings.user, oneLine(e.response())));
    } catch (const vmime::exceptions::connection_greeting_error &e) {
        return Error{Error::Code::Io, tr("The mail server %1 does not take mail now: %2").arg(where, oneLine(e.response()))};
    } catch (const std::exception &e) {
        return Error{Error::Code::Io, tr("The mail server %1 cannot be reached: %2").arg(where, QString::fromUtf8(e.what()))};
    }
    m_connection = std::move(c);
    return {};
}

SmtpSender::Attempt SmtpSender::send(const QString &from, const QString &to, const QByteArray &message)
{
    if (Status s = connect(); !s.ok())
        return {Outcome::Temporary, s.errorString(), 0};
    TextGoesOut progress;
    try {
        vmime::mailboxList recipients;
        recipients.appendMailbox(vmime::make_shared<vmime::mailbox>(vmime::emailAddress(utf8(to))));
        const std::string text(message.constData(), size_t(message.size()));
        vmime::utility::inputStreamStringAdapter in(text);
        m_connection->transport->send(vmime::mailbox(vmime::emailAddress(utf8(from))), recipients, in, text.size(),
                                      &progress);
        return {Outcome::Sent, QStringLiteral("250"), 250};
    } catch (const vmime::net::smtp::SMTPCommandError &e) {
        const int code = e.statusCode();
        const QString reply = tr("%1: %2 %3").arg(QString::fromStdString(e.command())).arg(code).arg(oneLine(e.response()));
        if (code == 421)
            disconnect(); // the server closes this connection
        return {code >= 500 ? Outcome::Permanent : Outcome::Temporary, reply, code};
    } catch (const vmime::exceptions::command_error &e) {
        const int code = codeIn(e.response());
        const QString reply = tr("%1: %2").arg(QString::fromStdString(e.command()), oneLine(e.response()));
        disconnect();
        return {code >= 500 ? Outcome::Permanent : Outcome::Temporary, reply, code};
    } catch (const std::exception &e) {
        // The connection broke or the server fell silent. Before the message's text went out
        // the server cannot have taken it; after, it may have.
        disconnect();
        const QString why = QString::fromUtf8(e.what()).simplified();
        if (progress.started)
            return {Outcome::InDoubt, tr("The connection broke after the message was sent, before the server answered "
                                         "(%1): it may have been delivered.")
                                          .arg(why),
                    0};
        return {Outcome::Temporary, tr("The connection to the mail server broke: %1").arg(why), 0};
    }
}

void SmtpSender::disconnect()
{
    if (!m_connection)
        return;
    try {
        if (m_connection->transport->isConnected())
            m_connection->transport->disconnect();
    } catch (const std::exception &) {
        // Closing a broken connection: nothing more to do with it.
    }
    m_connection.reset();
}

} // namespace desk
