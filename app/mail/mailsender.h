// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cadencewatch.h"
#include "domain/entities.h"
#include "smtpsender.h"
#include "store/mailrepository.h"

#include <QCoreApplication>
#include <QMetaType>

#include <atomic>
#include <functional>

namespace desk {

class Database;

/** How the team's messages to reporters are written and paced. */
struct MailSettings
{
    SmtpSettings smtp;
    QString fromName = QStringLiteral("Customer Service");
    QString fromAddress; // the envelope sender and From:
    QString replyTo;     // the support mailbox, where the customers' answers go; empty: From
    int ratePerMinute = 0;   // 0: as fast as the server takes them
    int retrySeconds = 60;   // the first retry after a temporary failure; doubled each time, up to an hour
    int maxAttempts = 12;    // then the message is given up as failed
    QString helpCenterBaseUrl; // empty: the Help Center target's address
    WatchSettings watch;       // the warnings to the owner and the leads
};

/** What one run of the sender did. */
struct MailRunReport
{
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    int inDoubt = 0;
    int skipped = 0;        // nothing to send any more (confirmed by export meanwhile)
    int warnings = 0;       // the watch's e-mails to owners and leads
    QString serverProblem;  // the server could not be reached or refused the login: nothing was tried
    QList<qint64> sendMs;   // how long each accepted message took, for /metrics
};

/**
 * Sends due mail jobs over one SMTP connection until none is due (or `stop` is set): each job is
 * claimed, marked as being sent right before its SMTP transaction, and marked with the outcome
 * right after. A sender killed in between leaves the job 'sending', which recover() turns into
 * 'in doubt' on restart: a message is never sent twice without a person deciding.
 */
class MailSender final
{
    Q_DECLARE_TR_FUNCTIONS(desk::MailSender)

public:
    MailSender(Database &db, User actor, MailSettings settings, QString name);

    /** Runs until nothing is due, or `stop` becomes true (the message in hand is finished first). */
    Result<MailRunReport> runDue(const std::atomic<bool> &stop);
    /** The cadence watch's warnings not written yet, over the same connection. */
    Result<int> watch();
    /** Connects and logs in, sends nothing. */
    Status check();

    /** The whole message for a job: in the reporter's language, from the notice or confirmation template. */
    static Result<QByteArray> compose(const OutgoingMail &mail, const MailSettings &settings, const QString &helpCenterBaseUrl);
    /** The wait before attempt `attempts + 1` after a temporary failure. */
    static qint64 backoffMs(int attempts, int retrySeconds);

    /** A sender that has moved nothing for this long has stopped: its jobs are taken back. */
    static constexpr qint64 kStaleMs = 15 * 60 * 1000;

private:
    QString helpCenterBaseUrl() const;
    void pace();

    Database &m_db;
    User m_actor;
    MailSettings m_settings;
    QString m_name;
    SmtpSender m_smtp;
    qint64 m_lastSendMs = 0;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::MailRunReport)
