// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace desk {

class IntakePipeline;

/** Where the support mailbox is and how the intake reads it. */
struct MailboxSettings
{
    enum class Security { Tls, StartTls, None };
    QString host; // empty: no mailbox
    quint16 port = 993;
    Security security = Security::Tls;
    QString user;
    QString password;
    QString caFile;   // PEM certificates to trust besides the system's (a private CA)
    QString folder = QStringLiteral("INBOX");
    QString processedFolder = QStringLiteral("Incident Desk/Processed");
    QString refusedFolder = QStringLiteral("Incident Desk/Not reports");
    int pollSeconds = 30;
    qint64 maxMessageBytes = 25 * 1024 * 1024;
};

/**
 * Reads the support mailbox over IMAP (libvmime; TLS or STARTTLS, certificates checked): each
 * message in the folder becomes a report through the intake pipeline (so it is stored once, or
 * spooled), then moves to the processed folder; auto-replies, bulk mail, mail without a sender
 * and mail past the size limit move to the "not reports" folder, logged and counted. The
 * report's reference is the Message-ID, so a crash between storing and moving never makes a
 * second report: the message is found stored and only moved. Where the server offers IMAP IDLE
 * a second connection listens (ImapIdle) and a new message is read at once; otherwise, and as a
 * safety net, the folder is read every `pollSeconds`. A lost connection is opened again with backoff.
 */
class MailboxReader final
{
    Q_DECLARE_TR_FUNCTIONS(desk::MailboxReader)

public:
    MailboxReader(MailboxSettings settings, IntakePipeline &pipeline);
    ~MailboxReader();
    Q_DISABLE_COPY_MOVE(MailboxReader)

    /** Reads the mailbox on a thread of its own until stop(). */
    void start();
    void stop();

    struct Pass
    {
        int reports = 0;    // stored (or spooled) and moved
        int repeated = 0;   // already stored: only moved
        int notReports = 0; // moved to the "not reports" folder
        int left = 0;       // left in the folder for the next pass (the intake could not keep them)
    };
    /** One pass over the folder, connecting first when needed (the thread calls it; tests too). */
    Result<Pass> readOnce();

    struct Stats
    {
        bool connected = false;
        bool idle = false; // the server tells of new mail at once (IMAP IDLE)
        qint64 reports = 0;
        qint64 repeated = 0;
        qint64 notReports = 0;
        qint64 errors = 0;
        QDateTime lastPass;
        QDateTime lastReport;
        QString lastError;
    };
    Stats stats() const;

private:
    struct Connection;
    Status connect();
    void disconnect();
    void run();

    MailboxSettings m_settings;
    IntakePipeline &m_pipeline;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<class ImapIdle> m_idle;
    bool m_arrived = false; // IDLE said a message came: read now

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    Stats m_stats;
    std::thread m_thread;
};

} // namespace desk
