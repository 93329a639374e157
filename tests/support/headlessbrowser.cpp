// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace desk::test {

HeadlessBrowser::~HeadlessBrowser()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HeadlessBrowser::executable()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool HeadlessBrowser::start()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                   QStringLiteral("--no-first-run"), QStringLiteral("--remote-debugging-port=0"),
                                   QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("about:blank")});
    // Chromium says where its DevTools listen on stderr.
    static const QRegularExpression listening(QStringLiteral("DevTools listening on ws://127\\.0\\.0\\.1:([0-9]+)/"));
    QByteArray err;
    QRegularExpressionMatch match;
    if (!QTest::qWaitFor([&] {
            err += m_process.readAllStandardError();
            match = listening.match(QString::fromUtf8(err));
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        }, 30000)
        || !match.hasMatch()) {
        m_error = QStringLiteral("chromium did not start: ") + QString::fromUtf8(err.left(2000));
        return false;
    }
    // The page's own WebSocket, from the target list.
    QNetworkAccessManager net;
    QNetworkReply *list = net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(match.captured(1)))));
    QSignalSpy listed(list, &QNetworkReply::finished);
    if (!list->isFinished() && !listed.wait(10000)) {
        m_error = QStringLiteral("no answer from /json/list");
        return false;
    }
    QString pageSocket;
    for (const QJsonValue &target : QJsonDocument::fromJson(list->readAll()).array()) {
        if (target[QStringLiteral("type")].toString() == QLatin1String("page")) {
            pageSocket = target[QStringLiteral("webSocketDebuggerUrl")].toString();
            break;
        }
    }
    list->deleteLater();
    if (pageSocket.isEmpty()) {
        m_error = QStringLiteral("chromium has no page");
        return false;
    }
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &text) { m_received.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(QUrl(pageSocket));
    if (!connected.wait(10000)) {
        m_error = QStringLiteral("cannot connect to the page's DevTools socket");
        return false;
    }
    return !call(QStringLiteral("Page.enable"), {}).contains(QStringLiteral("error"));
}

QJsonObject HeadlessBrowser::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    const int id = ++m_nextId;
    m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}})
            .toJson(QJsonDocument::Compact)));
    QJsonObject answer;
    QTest::qWaitFor([&] {
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            if (m_received.at(i).value(QStringLiteral("id")).toInt() == id) {
                answer = m_received.takeAt(i);
                return true;
            }
        }
        return false;
    }, timeoutMs);
    if (answer.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("no answer to %1").arg(method)}};
    return answer;
}

bool HeadlessBrowser::open(const QString &url, int timeoutMs)
{
    m_received.clear();
    if (call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}}).contains(QStringLiteral("error")))
        return false;
    return QTest::qWaitFor([&] { return evaluate(QStringLiteral("document.readyState")).toString() == QLatin1String("complete")
                                        && evaluate(QStringLiteral("location.href")).toString().startsWith(url.left(20)); },
                           timeoutMs);
}

QJsonValue HeadlessBrowser::evaluate(const QString &expression, int timeoutMs)
{
    const QJsonObject answer = call(QStringLiteral("Runtime.evaluate"),
                                    {{QStringLiteral("expression"), expression},
                                     {QStringLiteral("returnByValue"), true},
                                     {QStringLiteral("awaitPromise"), true}},
                                    timeoutMs);
    return answer[QStringLiteral("result")][QStringLiteral("result")][QStringLiteral("value")];
}

bool HeadlessBrowser::setFiles(const QString &selector, const QStringList &paths)
{
    const QJsonObject document = call(QStringLiteral("DOM.getDocument"), {});
    const int root = document[QStringLiteral("result")][QStringLiteral("root")][QStringLiteral("nodeId")].toInt();
    const QJsonObject found = call(QStringLiteral("DOM.querySelector"), {{QStringLiteral("nodeId"), root}, {QStringLiteral("selector"), selector}});
    const int node = found[QStringLiteral("result")][QStringLiteral("nodeId")].toInt();
    if (node == 0)
        return false;
    return !call(QStringLiteral("DOM.setFileInputFiles"), {{QStringLiteral("files"), QJsonArray::fromStringList(paths)},
                                                          {QStringLiteral("nodeId"), node}})
                .contains(QStringLiteral("error"));
}

} // namespace desk::test
