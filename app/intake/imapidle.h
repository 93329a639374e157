// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailboxreader.h"

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

class QSslSocket;

namespace desk {

/**
 * IMAP IDLE (RFC 2177) on a connection of its own: when the server offers it, the mailbox
 * reader hears of a new message at once instead of at its next poll. It only listens (LOGIN,
 * SELECT, IDLE, renewed every 25 minutes); the reading and moving stay with MailboxReader and
 * libvmime, which has no IDLE. A server without IDLE, or a lost connection, leaves the reader
 * polling; the connection is tried again with backoff.
 */
class ImapIdle final
{
public:
    ImapIdle(MailboxSettings settings, std::function<void()> arrived);
    ~ImapIdle();
    ImapIdle(const ImapIdle &) = delete;
    ImapIdle &operator=(const ImapIdle &) = delete;

    void start();
    void stop();
    /** Whether it is idling now (the server offers IDLE and the connection stands). */
    bool idling() const { return m_idling; }
    bool offered() const { return m_offered; }
    QString lastError() const;

private:
    void run();
    /** One connection until it fails or stop(); false when the server has no IDLE. */
    bool listen(QSslSocket &socket);
    bool command(QSslSocket &socket, const QByteArray &tag, const QByteArray &line, QByteArray *untagged = nullptr);
    bool readLine(QSslSocket &socket, QByteArray *line, int timeoutMs);
    void fail(const QString &why);

    MailboxSettings m_settings;
    std::function<void()> m_arrived;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_idling{false};
    std::atomic<bool> m_offered{true};
    mutable std::mutex m_mutex;
    QString m_lastError;
    std::thread m_thread;
};

} // namespace desk
