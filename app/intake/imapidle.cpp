// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapidle.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcIdle, "desk.mailbox.idle", QtInfoMsg)

namespace desk {

namespace {
constexpr int kAnswerMs = 30000;
constexpr qint64 kRenewMs = 25 * 60 * 1000; // servers drop an IDLE after 30 minutes

/** An IMAP quoted string (RFC 3501): backslash and double quote escaped; no line breaks. */
QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + out + '"';
}
} // namespace

ImapIdle::ImapIdle(MailboxSettings settings, std::function<void()> arrived)
    : m_settings(std::move(settings)), m_arrived(std::move(arrived))
{
}

ImapIdle::~ImapIdle()
{
    stop();
}

QString ImapIdle::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void ImapIdle::start()
{
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void ImapIdle::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void ImapIdle::fail(const QString &why)
{
    m_idling = false;
    std::lock_guard lock(m_mutex);
    if (why != m_lastError)
        qCInfo(lcIdle).noquote() << "no IDLE for now:" << why;
    m_lastError = why;
}

void ImapIdle::run()
{
    int retrySeconds = 5;
    while (!m_stopping) {
        QSslSocket socket; // blocking calls on this thread: no event loop needed
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_settings.caFile.isEmpty())
            tls.addCaCertificates(m_settings.caFile);
        socket.setSslConfiguration(tls);
        const bool offered = listen(socket);
        socket.abort();
        if (!offered) {
            m_offered = false;
            qCInfo(lcIdle) << "the server does not offer IDLE; the mailbox is polled";
            return;
        }
        for (int waited = 0; waited < retrySeconds * 10 && !m_stopping; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        retrySeconds = std::min(retrySeconds * 2, 300);
    }
}

bool ImapIdle::readLine(QSslSocket &socket, QByteArray *line, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!socket.canReadLine()) {
        if (m_stopping || socket.state() != QAbstractSocket::ConnectedState || t.elapsed() > timeoutMs)
            return false;
        socket.waitForReadyRead(200);
    }
    *line = socket.readLine(64 * 1024).trimmed();
    return true;
}

bool ImapIdle::command(QSslSocket &socket, const QByteArray &tag, const QByteArray &line, QByteArray *untagged)
{
    socket.write(tag + ' ' + line + "\r\n");
    QByteArray answer;
    while (readLine(socket, &answer, kAnswerMs)) {
        if (answer.startsWith(QByteArray(tag + ' ')))
            return answer.mid(tag.size() + 1).startsWith("OK");
        if (untagged)
            *untagged += answer + '\n';
    }
    return false;
}

bool ImapIdle::listen(QSslSocket &socket)
{
    const bool implicitTls = m_settings.security == MailboxSettings::Security::Tls;
    if (implicitTls)
        socket.connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        socket.connectToHost(m_settings.host, m_settings.port);
    if (!(implicitTls ? socket.waitForEncrypted(kAnswerMs) : socket.waitForConnected(kAnswerMs))) {
        fail(socket.errorString());
        return true;
    }
    QByteArray greeting;
    if (!readLine(socket, &greeting, kAnswerMs) || !greeting.startsWith("* OK")) {
        fail(QStringLiteral("no greeting from the server"));
        return true;
    }
    if (m_settings.security == MailboxSettings::Security::StartTls) {
        if (!command(socket, "s1", "STARTTLS")) {
            fail(QStringLiteral("STARTTLS refused"));
            return true;
        }
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(kAnswerMs)) {
            fail(socket.errorString());
            return true;
        }
    }
    QByteArray capabilities;
    if (!command(socket, "s2", "CAPABILITY", &capabilities)) {
        fail(QStringLiteral("CAPABILITY refused"));
        return true;
    }
    if (!capabilities.toUpper().contains(" IDLE"))
        return false;
    if (!command(socket, "s3", "LOGIN " + quoted(m_settings.user) + ' ' + quoted(m_settings.password))) {
        fail(QStringLiteral("the server refused the login"));
        return true;
    }
    if (!command(socket, "s4", "SELECT " + quoted(m_settings.folder))) {
        fail(QStringLiteral("cannot select %1").arg(m_settings.folder));
        return true;
    }
    for (int round = 5; !m_stopping; ++round) {
        const QByteArray tag = "s" + QByteArray::number(round);
        socket.write(tag + " IDLE\r\n");
        QByteArray line;
        if (!readLine(socket, &line, kAnswerMs) || !line.startsWith('+')) {
            fail(QStringLiteral("IDLE refused"));
            return true;
        }
        m_idling = true;
        {
            std::lock_guard lock(m_mutex);
            m_lastError.clear();
        }
        QElapsedTimer renew;
        renew.start();
        while (!m_stopping && renew.elapsed() < kRenewMs && socket.state() == QAbstractSocket::ConnectedState) {
            if (!readLine(socket, &line, 1000))
                continue;
            if (line.startsWith("* ") && (line.endsWith(" EXISTS") || line.endsWith(" RECENT")))
                m_arrived();
        }
        if (socket.state() != QAbstractSocket::ConnectedState) {
            fail(QStringLiteral("the connection was closed"));
            return true;
        }
        socket.write("DONE\r\n");
        while (readLine(socket, &line, kAnswerMs) && !line.startsWith(QByteArray(tag + ' '))) {
        }
    }
    socket.write("s0 LOGOUT\r\n");
    socket.waitForBytesWritten(1000);
    m_idling = false;
    return true;
}

} // namespace desk
