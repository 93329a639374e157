// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <memory>

namespace desk {

/** Where the team's outgoing mail goes and how. */
struct SmtpSettings
{
    enum class Security { Tls, StartTls, None };
    QString host; // empty: no mail is sent
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no AUTH
    QString password;
    QString caFile; // PEM certificates to trust besides the system's (a private CA)
    int timeoutSeconds = 60;
};

/**
 * One SMTP connection (libvmime), kept open from one message to the next and opened again when
 * it breaks. send() says how far a message got, so that the caller can keep the promise of
 * sending each message once: a server's answer (2xx, 4xx, 5xx) is certain; a connection lost
 * after the message's text went out is not.
 */
class SmtpSender final
{
    Q_DECLARE_TR_FUNCTIONS(desk::SmtpSender)

public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    enum class Outcome {
        Sent,      // the server took it (250 after the message)
        Temporary, // not taken, try later: a 4xx, or the connection failed before the message went out
        Permanent, // refused for good (5xx): the server's words say why
        InDoubt,   // the message went out and no answer came: it may have been delivered
    };
    struct Attempt
    {
        Outcome outcome = Outcome::Temporary;
        QString reply; // the server's answer or what went wrong, for the job's last error
        int code = 0;  // the SMTP status code, when the server answered
    };

    /** Connects (and authenticates) if not connected; an error says why, in words for a person. */
    Status connect();
    bool isConnected() const;
    /** One message to one recipient; `message` is the whole RFC 5322 text. */
    Attempt send(const QString &from, const QString &to, const QByteArray &message);
    void disconnect();

private:
    struct Connection;
    SmtpSettings m_settings;
    std::unique_ptr<Connection> m_connection;
};

} // namespace desk
