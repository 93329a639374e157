// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "intake/mailboxreader.h"
#include "mail/mailsender.h"
#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace desk {

/**
 * The service's settings, from an INI file (`/etc/incident-desk/service.conf` by default). Secrets
 * are never in it: the database password comes from the systemd credential `database-password`
 * (`$CREDENTIALS_DIRECTORY`, see `LoadCredential=`) or from a file named by `password_file`, the
 * mailbox's from `mailbox-password`, the SMTP server's from `smtp-password`, or the section's
 * `password_file`.
 * Unknown sections and keys are errors, so a typo does not silently fall back to a default.
 */
struct ServiceConfig
{
    Q_DECLARE_TR_FUNCTIONS(desk::ServiceConfig)

public:
    DatabaseUrl database;
    QString databaseText; // as written, for messages (never holds a password)
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8089;
    qint64 maxRequestBytes = 25 * 1024 * 1024;
    int requestTimeoutSeconds = 30;
    int maxConnections = 512;
    QUrl thankYouUrl; // where a browser form is sent after its report is stored (303), if set
    QString spoolPath;                 // reports kept while the database is away
    qint64 spoolMaxBytes = qint64(1024) * 1024 * 1024;
    int reportsPerMinutePerAddress = 30;  // 0: no limit
    int reportsPerSecondPerToken = 2000;  // 0: no limit
    QList<QHostAddress> trustedProxies;   // whose X-Forwarded-For names the client (nginx)
    MailboxSettings mailbox;              // host empty: no mailbox is read
    bool publishing = false;              // send the publication jobs leads create
    QString secretsDir;                   // target secrets (target-<id>, 0600) besides the systemd credentials
    MailSettings mail;                    // smtp.host empty: no mail is sent (the app's export is the way)
    QString mailSenderName;               // this instance as a mail sender, stable across restarts

    static constexpr auto kDefaultPath = "/etc/incident-desk/service.conf";
    /** $STATE_DIRECTORY (systemd's StateDirectory=) or /var/lib/incident-desk, then intake-spool.db. */
    static QString defaultSpoolPath();

    /** Reads and checks `path`; the error names the file, the section and the key. */
    static Result<ServiceConfig> load(const QString &path);
    /** A line per setting, for --check-config and the log at start. */
    QStringList describe() const;
};

} // namespace desk
