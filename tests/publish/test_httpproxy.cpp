// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing goes through the system's proxy (http_proxy, no_proxy) and waits as long as a
// busy server's Retry-After says, in seconds or as an HTTP date. A real local proxy answers.
#include "publish/httpclient.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace desk;

namespace {
/**
 * An HTTP proxy on a loopback port, on its own thread: it records each request line (a proxied
 * request names the whole URL) and answers it itself with `answer`.
 */
class LocalProxy
{
public:
    explicit LocalProxy(QByteArray answer) : m_answer(std::move(answer))
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(m_socket, 8) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~LocalProxy()
    {
        m_stop = true;
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        if (m_thread.joinable())
            m_thread.join();
    }
    quint16 port() const { return m_port; }
    QList<QByteArray> requestLines() const
    {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    void serve()
    {
        while (!m_stop) {
            const int client = ::accept(m_socket, nullptr, nullptr);
            if (client < 0)
                return;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            {
                std::lock_guard lock(m_mutex);
                m_lines.append(request.left(request.indexOf("\r\n")));
            }
            (void)::send(client, m_answer.constData(), size_t(m_answer.size()), MSG_NOSIGNAL);
            ::close(client);
        }
    }

    QByteArray m_answer;
    int m_socket = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QList<QByteArray> m_lines;
};

QByteArray ok()
{
    return "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
}
} // namespace

class TestHttpProxy final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void theSystemsProxyIsUsed();
    void noProxyAndLoopbackGoDirect();
    void retryAfterAsSecondsOrDate();
};

void TestHttpProxy::cleanup()
{
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

void TestHttpProxy::theSystemsProxyIsUsed()
{
    LocalProxy proxy(ok());
    QVERIFY(proxy.port() != 0);
    qputenv("http_proxy", QByteArrayLiteral("http://127.0.0.1:") + QByteArray::number(proxy.port()));
    qunsetenv("no_proxy");
    HttpClient client(5000);
    // help.example.invalid cannot be resolved here: only the proxy can have answered.
    const HttpReply reply = client.send({"GET", QUrl(QStringLiteral("http://help.example.invalid/status.json")), {}, {}});
    QVERIFY2(reply.success(), qPrintable(reply.error));
    QCOMPARE(reply.body, QByteArray("ok"));
    QCOMPARE(proxy.requestLines(), QList<QByteArray>{"GET http://help.example.invalid/status.json HTTP/1.1"});
}

void TestHttpProxy::noProxyAndLoopbackGoDirect()
{
    LocalProxy proxy(ok());
    LocalProxy site(ok()); // a server on this machine, as the tests' fake APIs are
    qputenv("http_proxy", QByteArrayLiteral("http://127.0.0.1:") + QByteArray::number(proxy.port()));
    qputenv("no_proxy", "help.example.invalid");
    HttpClient client(5000);
    const HttpReply bypassed = client.send({"GET", QUrl(QStringLiteral("http://help.example.invalid/")), {}, {}});
    QVERIFY(!bypassed.success()); // straight to a name that does not resolve
    const HttpReply local =
        client.send({"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/page").arg(site.port())), {}, {}});
    QVERIFY2(local.success(), qPrintable(local.error));
    QCOMPARE(proxy.requestLines().size(), 0);
    QCOMPARE(site.requestLines(), QList<QByteArray>{"GET /page HTTP/1.1"});
}

void TestHttpProxy::retryAfterAsSecondsOrDate()
{
    {
        LocalProxy busy("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        HttpClient client(5000);
        const HttpReply reply = client.send({"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(busy.port())), {}, {}});
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.retryAfterMs, qint64(7000));
    }
    // An HTTP date (RFC 9110: always GMT, English names) two minutes from now, in the form
    // servers send and in the obsolete asctime form.
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(120);
    for (const QString &format : {QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"), QStringLiteral("ddd MMM d hh:mm:ss yyyy")}) {
        const QByteArray date = QLocale::c().toString(at, format).toLatin1();
        LocalProxy busy("HTTP/1.1 503 Service Unavailable\r\nRetry-After: " + date
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        HttpClient client(5000);
        const HttpReply reply = client.send({"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(busy.port())), {}, {}});
        QCOMPARE(reply.status, 503);
        QVERIFY2(reply.retryAfterMs > 110000 && reply.retryAfterMs <= 120000,
                 qPrintable(QString::fromLatin1(date) + u' ' + QString::number(reply.retryAfterMs)));
        QCOMPARE(client.retryAfterMs(), reply.retryAfterMs);
    }
}

QTEST_GUILESS_MAIN(TestHttpProxy)
#include "test_httpproxy.moc"
