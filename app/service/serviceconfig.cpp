// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceconfig.h"

#include "core/credentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace desk {

namespace {
const QStringList kKnownKeys{
    QStringLiteral("database/url"),      QStringLiteral("database/password_file"), QStringLiteral("http/listen"),
    QStringLiteral("http/max_request_bytes"), QStringLiteral("http/timeout_seconds"),
    QStringLiteral("http/max_connections"), QStringLiteral("http/thank_you_url"), QStringLiteral("http/trusted_proxies"),
    QStringLiteral("intake/spool_path"), QStringLiteral("intake/spool_max_mb"),
    QStringLiteral("intake/reports_per_minute_per_address"), QStringLiteral("intake/reports_per_second_per_token"),
    QStringLiteral("mailbox/host"), QStringLiteral("mailbox/port"), QStringLiteral("mailbox/security"), QStringLiteral("mailbox/user"),
    QStringLiteral("mailbox/password_file"), QStringLiteral("mailbox/ca_file"), QStringLiteral("mailbox/folder"),
    QStringLiteral("mailbox/processed_folder"), QStringLiteral("mailbox/refused_folder"), QStringLiteral("mailbox/poll_seconds"),
    QStringLiteral("mailbox/max_message_mb"), QStringLiteral("publishing/enabled"), QStringLiteral("publishing/secrets_dir"),
    QStringLiteral("mail/host"), QStringLiteral("mail/port"), QStringLiteral("mail/security"), QStringLiteral("mail/user"),
    QStringLiteral("mail/password_file"), QStringLiteral("mail/ca_file"), QStringLiteral("mail/from_name"),
    QStringLiteral("mail/from_address"), QStringLiteral("mail/reply_to"), QStringLiteral("mail/rate_per_minute"),
    QStringLiteral("mail/retry_seconds"), QStringLiteral("mail/max_attempts"), QStringLiteral("mail/timeout_seconds"),
    QStringLiteral("mail/help_center_url"), QStringLiteral("mail/sender_name"), QStringLiteral("watch/enabled"),
    QStringLiteral("watch/unacknowledged_minutes"), QStringLiteral("watch/due_soon_minutes"),
    QStringLiteral("watch/undelivered_minutes"),
};

/** A password: the file the configuration names, else the systemd credential. */
Result<QString> readPassword(const QString &configuredFile, const QString &credential = QStringLiteral("database-password"))
{
    return Credentials::read(credential, configuredFile);
}
/** The [mailbox] section; no host, no mailbox. */
template<typename Problem>
Status loadMailbox(QSettings &ini, const Problem &problem, MailboxSettings *m)
{
    m->host = ini.value(QStringLiteral("mailbox/host")).toString().trimmed();
    if (m->host.isEmpty())
        return {};
    const QString security = ini.value(QStringLiteral("mailbox/security"), QStringLiteral("tls")).toString().trimmed().toLower();
    if (security == QLatin1String("tls"))
        m->security = MailboxSettings::Security::Tls;
    else if (security == QLatin1String("starttls"))
        m->security = MailboxSettings::Security::StartTls;
    else if (security == QLatin1String("none"))
        m->security = MailboxSettings::Security::None;
    else
        return problem(QStringLiteral("mailbox/security"), ServiceConfig::tr("must be tls (port 993), starttls (port 143) or none"));
    bool ok = false;
    const uint port = ini.value(QStringLiteral("mailbox/port"), m->security == MailboxSettings::Security::Tls ? 993 : 143).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return problem(QStringLiteral("mailbox/port"), ServiceConfig::tr("must be a port number"));
    m->port = quint16(port);
    m->user = ini.value(QStringLiteral("mailbox/user")).toString().trimmed();
    if (m->user.isEmpty())
        return problem(QStringLiteral("mailbox/user"), ServiceConfig::tr("missing: the mailbox's login, e.g. support@example.org"));
    auto password = readPassword(ini.value(QStringLiteral("mailbox/password_file")).toString(), QStringLiteral("mailbox-password"));
    if (!password.ok())
        return problem(QStringLiteral("mailbox/password_file"), password.errorString());
    if (password->isEmpty())
        return problem(QStringLiteral("mailbox/password_file"), ServiceConfig::tr("no password: use the systemd credential mailbox-password "
                                                                  "(LoadCredential=) or password_file"));
    m->password = password.value();
    m->caFile = ini.value(QStringLiteral("mailbox/ca_file")).toString().trimmed();
    if (!m->caFile.isEmpty() && !QFileInfo(m->caFile).isReadable())
        return problem(QStringLiteral("mailbox/ca_file"), ServiceConfig::tr("cannot read %1").arg(m->caFile));
    m->folder = ini.value(QStringLiteral("mailbox/folder"), m->folder).toString().trimmed();
    m->processedFolder = ini.value(QStringLiteral("mailbox/processed_folder"), m->processedFolder).toString().trimmed();
    m->refusedFolder = ini.value(QStringLiteral("mailbox/refused_folder"), m->refusedFolder).toString().trimmed();
    if (m->folder.isEmpty() || m->processedFolder.isEmpty() || m->refusedFolder.isEmpty() || m->processedFolder == m->folder
        || m->refusedFolder == m->folder)
        return problem(QStringLiteral("mailbox/processed_folder"), ServiceConfig::tr("the folders must be named and differ from the one read"));
    const int poll = ini.value(QStringLiteral("mailbox/poll_seconds"), m->pollSeconds).toInt(&ok);
    if (!ok || poll < 1 || poll > 3600)
        return problem(QStringLiteral("mailbox/poll_seconds"), ServiceConfig::tr("must be a whole number from %1 to %2").arg(1).arg(3600));
    m->pollSeconds = poll;
    const int mb = ini.value(QStringLiteral("mailbox/max_message_mb"), int(m->maxMessageBytes >> 20)).toInt(&ok);
    if (!ok || mb < 1 || mb > 1024)
        return problem(QStringLiteral("mailbox/max_message_mb"), ServiceConfig::tr("must be a whole number from %1 to %2").arg(1).arg(1024));
    m->maxMessageBytes = qint64(mb) << 20;
    return {};
}

/** The [mail] section: the SMTP server the messages to reporters go through; no host, no mail. */
template<typename Problem>
Status loadMail(QSettings &ini, const Problem &problem, MailSettings *m)
{
    SmtpSettings &smtp = m->smtp;
    smtp.host = ini.value(QStringLiteral("mail/host")).toString().trimmed();
    if (smtp.host.isEmpty()) {
        for (const QString &key : ini.allKeys()) {
            if (key.startsWith(QLatin1String("watch/")) && !key.section(u'/', 1).startsWith(u'#'))
                return problem(key, ServiceConfig::tr("the watch writes e-mail: it needs a [mail] section with a host"));
        }
        return {};
    }
    const QString security = ini.value(QStringLiteral("mail/security"), QStringLiteral("starttls")).toString().trimmed().toLower();
    if (security == QLatin1String("tls"))
        smtp.security = SmtpSettings::Security::Tls;
    else if (security == QLatin1String("starttls"))
        smtp.security = SmtpSettings::Security::StartTls;
    else if (security == QLatin1String("none"))
        smtp.security = SmtpSettings::Security::None;
    else
        return problem(QStringLiteral("mail/security"), ServiceConfig::tr("must be tls (port 465), starttls (port 587) or none"));
    bool ok = false;
    const uint port = ini.value(QStringLiteral("mail/port"), smtp.security == SmtpSettings::Security::Tls ? 465 : 587).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return problem(QStringLiteral("mail/port"), ServiceConfig::tr("must be a port number"));
    smtp.port = quint16(port);
    smtp.user = ini.value(QStringLiteral("mail/user")).toString().trimmed();
    if (!smtp.user.isEmpty()) {
        auto password = readPassword(ini.value(QStringLiteral("mail/password_file")).toString(), QStringLiteral("smtp-password"));
        if (!password.ok())
            return problem(QStringLiteral("mail/password_file"), password.errorString());
        if (password->isEmpty())
            return problem(QStringLiteral("mail/password_file"), ServiceConfig::tr("no password for %1: use the systemd credential smtp-password "
                                                                   "(LoadCredential=) or password_file").arg(smtp.user));
        smtp.password = password.value();
    }
    smtp.caFile = ini.value(QStringLiteral("mail/ca_file")).toString().trimmed();
    if (!smtp.caFile.isEmpty() && !QFileInfo(smtp.caFile).isReadable())
        return problem(QStringLiteral("mail/ca_file"), ServiceConfig::tr("cannot read %1").arg(smtp.caFile));
    m->fromAddress = ini.value(QStringLiteral("mail/from_address")).toString().trimmed();
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!address.match(m->fromAddress).hasMatch())
        return problem(QStringLiteral("mail/from_address"), ServiceConfig::tr("missing or not an address: who the messages come from, e.g. "
                                                               "support@example.org"));
    m->replyTo = ini.value(QStringLiteral("mail/reply_to")).toString().trimmed();
    if (!m->replyTo.isEmpty() && !address.match(m->replyTo).hasMatch())
        return problem(QStringLiteral("mail/reply_to"), ServiceConfig::tr("“%1” is not an address").arg(m->replyTo));
    m->fromName = ini.value(QStringLiteral("mail/from_name"), m->fromName).toString().trimmed();
    m->helpCenterBaseUrl = ini.value(QStringLiteral("mail/help_center_url")).toString().trimmed();
    struct Range
    {
        const char *key;
        int *out;
        int min, max;
    };
    const QString watch = ini.value(QStringLiteral("watch/enabled"), QStringLiteral("true")).toString().trimmed().toLower();
    if (watch != QLatin1String("true") && watch != QLatin1String("false"))
        return problem(QStringLiteral("watch/enabled"), ServiceConfig::tr("must be true or false"));
    m->watch.enabled = watch == QLatin1String("true");
    for (const Range &r : {Range{"mail/rate_per_minute", &m->ratePerMinute, 0, 1000000},
                           Range{"mail/retry_seconds", &m->retrySeconds, 1, 86400},
                           Range{"mail/max_attempts", &m->maxAttempts, 1, 100},
                           Range{"mail/timeout_seconds", &smtp.timeoutSeconds, 1, 3600},
                           Range{"watch/unacknowledged_minutes", &m->watch.unacknowledgedMinutes, 1, 10080},
                           Range{"watch/due_soon_minutes", &m->watch.dueSoonMinutes, 1, 1440},
                           Range{"watch/undelivered_minutes", &m->watch.undeliveredMinutes, 1, 10080}}) {
        const QString key = QString::fromLatin1(r.key);
        const int v = ini.value(key, *r.out).toString().toInt(&ok);
        if (!ok || v < r.min || v > r.max)
            return problem(key, ServiceConfig::tr("must be a whole number from %1 to %2").arg(r.min).arg(r.max));
        *r.out = v;
    }
    return {};
}
} // namespace

Result<ServiceConfig> ServiceConfig::load(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error::invalid(ServiceConfig::tr("%1: no such configuration file. Write one (see the README, \"The service\"), "
                                 "or name it with --config.").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error::invalid(ServiceConfig::tr("%1: not a readable INI file.").arg(path));
    auto problem = [&](const QString &key, const QString &why) {
        return Error::invalid(ServiceConfig::tr("%1: [%2] %3: %4").arg(path, key.section(u'/', 0, 0), key.section(u'/', 1), why));
    };
    for (const QString &key : ini.allKeys()) {
        if (key.startsWith(u'#') || key.section(u'/', 1).startsWith(u'#'))
            continue; // QSettings reads only ';' as a comment; people write '#' too
        if (key == QLatin1String("database/password"))
            return problem(key, ServiceConfig::tr("passwords never go in this file: use the systemd credential database-password "
                                   "(LoadCredential=) or password_file"));
        if (!kKnownKeys.contains(key))
            return problem(key, ServiceConfig::tr("unknown setting"));
    }
    ServiceConfig c;
    c.databaseText = ini.value(QStringLiteral("database/url")).toString().trimmed();
    if (c.databaseText.isEmpty())
        return problem(QStringLiteral("database/url"), ServiceConfig::tr("missing: the team database, e.g. postgresql://intake@db.example.org/desk"));
    auto url = DatabaseUrl::parse(c.databaseText);
    if (!url.ok())
        return problem(QStringLiteral("database/url"), url.errorString());
    if (!url->password.isEmpty())
        return problem(QStringLiteral("database/url"), ServiceConfig::tr("holds a password: use the systemd credential database-password "
                                                         "(LoadCredential=) or password_file instead"));
    c.database = url.value();
    auto password = readPassword(ini.value(QStringLiteral("database/password_file")).toString());
    if (!password.ok())
        return problem(QStringLiteral("database/password_file"), password.errorString());
    c.database.password = password.value();

    const QString listen = ini.value(QStringLiteral("http/listen"), QStringLiteral("127.0.0.1:8089")).toString().trimmed();
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port == 0 || port > 65535 || !c.listenAddress.setAddress(host))
        return problem(QStringLiteral("http/listen"), ServiceConfig::tr("“%1” is not ADDRESS:PORT, e.g. 127.0.0.1:8089 or [::1]:8089").arg(listen));
    c.listenPort = quint16(port);

    auto number = [&](const QString &key, qint64 fallback, qint64 min, qint64 max, qint64 *out) -> Status {
        bool ok = false;
        const qint64 v = ini.value(key, fallback).toString().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return problem(key, ServiceConfig::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        *out = v;
        return {};
    };
    qint64 bytes = 0, timeout = 0, connections = 0, spoolMb = 0, perAddress = 0, perToken = 0;
    for (Status s : {number(QStringLiteral("http/max_request_bytes"), c.maxRequestBytes, 1024, qint64(1) << 31, &bytes),
                     number(QStringLiteral("http/timeout_seconds"), c.requestTimeoutSeconds, 1, 3600, &timeout),
                     number(QStringLiteral("http/max_connections"), c.maxConnections, 1, 100000, &connections),
                     number(QStringLiteral("intake/spool_max_mb"), c.spoolMaxBytes >> 20, 1, 1 << 20, &spoolMb),
                     number(QStringLiteral("intake/reports_per_minute_per_address"), c.reportsPerMinutePerAddress, 0, 1000000, &perAddress),
                     number(QStringLiteral("intake/reports_per_second_per_token"), c.reportsPerSecondPerToken, 0, 1000000, &perToken)}) {
        if (!s.ok())
            return s.error();
    }
    c.spoolMaxBytes = spoolMb << 20;
    c.reportsPerMinutePerAddress = int(perAddress);
    c.reportsPerSecondPerToken = int(perToken);
    c.spoolPath = ini.value(QStringLiteral("intake/spool_path"), defaultSpoolPath()).toString().trimmed();
    if (c.spoolPath.isEmpty() || QFileInfo(c.spoolPath).isDir())
        return problem(QStringLiteral("intake/spool_path"), ServiceConfig::tr("must name a file, e.g. /var/lib/incident-desk/intake-spool.db"));
    if (Status mailbox = loadMailbox(ini, problem, &c.mailbox); !mailbox.ok())
        return mailbox.error();
    if (Status mail = loadMail(ini, problem, &c.mail); !mail.ok())
        return mail.error();
    c.mailSenderName = ini.value(QStringLiteral("mail/sender_name"), QSysInfo::machineHostName()).toString().trimmed();
    const QString publishing = ini.value(QStringLiteral("publishing/enabled"), QStringLiteral("false")).toString().trimmed().toLower();
    if (publishing != QLatin1String("true") && publishing != QLatin1String("false"))
        return problem(QStringLiteral("publishing/enabled"), ServiceConfig::tr("must be true or false"));
    c.publishing = publishing == QLatin1String("true");
    c.secretsDir = ini.value(QStringLiteral("publishing/secrets_dir")).toString().trimmed();
    if (!c.secretsDir.isEmpty() && !QFileInfo(c.secretsDir).isDir())
        return problem(QStringLiteral("publishing/secrets_dir"), ServiceConfig::tr("%1 is not a folder").arg(c.secretsDir));
    const QString proxies = ini.value(QStringLiteral("http/trusted_proxies")).toStringList().join(u' ');
    for (const QString &text : proxies.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        QHostAddress proxy;
        if (!proxy.setAddress(text))
            return problem(QStringLiteral("http/trusted_proxies"), ServiceConfig::tr("“%1” is not an IP address").arg(text));
        c.trustedProxies.append(proxy);
    }
    const QString thanks = ini.value(QStringLiteral("http/thank_you_url")).toString().trimmed();
    if (!thanks.isEmpty()) {
        c.thankYouUrl = QUrl(thanks, QUrl::StrictMode);
        if (!c.thankYouUrl.isValid() || (c.thankYouUrl.scheme() != QLatin1String("https") && c.thankYouUrl.scheme() != QLatin1String("http")))
            return problem(QStringLiteral("http/thank_you_url"), ServiceConfig::tr("“%1” is not an http or https address").arg(thanks));
    }
    c.maxRequestBytes = bytes;
    c.requestTimeoutSeconds = int(timeout);
    c.maxConnections = int(connections);
    return c;
}

QString ServiceConfig::defaultSpoolPath()
{
    QString state = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    if (state.isEmpty())
        state = QStringLiteral("/var/lib/incident-desk");
    return state + QStringLiteral("/intake-spool.db");
}

QStringList ServiceConfig::describe() const
{
    return {ServiceConfig::tr("database: %1 (%2)").arg(database.display(),
                                        database.password.isEmpty() ? ServiceConfig::tr("no password") : ServiceConfig::tr("password from the credential")),
            ServiceConfig::tr("listen: %1:%2, at most %3 connections (a thread each)").arg(listenAddress.toString()).arg(listenPort).arg(maxConnections),
            ServiceConfig::tr("requests: at most %1 bytes, %2 s to arrive").arg(maxRequestBytes).arg(requestTimeoutSeconds),
            ServiceConfig::tr("spool: %1 (at most %2 MiB)").arg(spoolPath).arg(spoolMaxBytes >> 20),
            ServiceConfig::tr("limits: %1 reports a minute per address, %2 a second per token (0: none)")
                .arg(reportsPerMinutePerAddress)
                .arg(reportsPerSecondPerToken),
            publishing ? ServiceConfig::tr("publishing: on") : ServiceConfig::tr("publishing: off (a lead's window sends the jobs)"),
            mailbox.host.isEmpty() ? ServiceConfig::tr("mailbox: none")
                                   : ServiceConfig::tr("mailbox: %1 of %2@%3:%4, every %5 s").arg(mailbox.folder, mailbox.user, mailbox.host)
                                         .arg(mailbox.port)
                                         .arg(mailbox.pollSeconds),
            mail.smtp.host.isEmpty() ? ServiceConfig::tr("mail to reporters: none (export the messages from the app)")
                                     : ServiceConfig::tr("mail to reporters: from %1 through %2:%3%4%5")
                                           .arg(mail.fromAddress, mail.smtp.host)
                                           .arg(mail.smtp.port)
                                           .arg(mail.smtp.user.isEmpty() ? QString() : ServiceConfig::tr(", as %1").arg(mail.smtp.user))
                                           .arg(mail.ratePerMinute > 0 ? ServiceConfig::tr(", at most %1 a minute").arg(mail.ratePerMinute)
                                                                       : QString()),
            mail.smtp.host.isEmpty() || !mail.watch.enabled
                ? ServiceConfig::tr("watch: off")
                : ServiceConfig::tr("watch: owners and leads are written to when an incident waits %1 min for its acknowledgement, an "
                     "update is due within %2 min or overdue, a publication fails or waits %3 min")
                      .arg(mail.watch.unacknowledgedMinutes)
                      .arg(mail.watch.dueSoonMinutes)
                      .arg(mail.watch.undeliveredMinutes)};
}

} // namespace desk
