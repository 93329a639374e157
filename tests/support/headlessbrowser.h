// SPDX-License-Identifier: GPL-3.0-or-later
// Headless Chromium driven over the DevTools protocol (a WebSocket): open a page, run script in
// it, put a file into a file input, read where it went. For tests that need a real browser to
// fill in and submit a form, as a customer would.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

namespace desk::test {

class HeadlessBrowser final
{
public:
    HeadlessBrowser() = default;
    ~HeadlessBrowser();
    HeadlessBrowser(const HeadlessBrowser &) = delete;
    HeadlessBrowser &operator=(const HeadlessBrowser &) = delete;

    /** Chromium's path, or empty when none is installed. */
    static QString executable();
    /** Starts Chromium and connects to its first page; false (see error()) when it cannot. */
    bool start();
    QString error() const { return m_error; }

    /** Navigates and waits for the page to finish loading. */
    bool open(const QString &url, int timeoutMs = 15000);
    /** The value of a JavaScript expression in the page (awaited when it is a promise). */
    QJsonValue evaluate(const QString &expression, int timeoutMs = 10000);
    /** Puts files into the file input that `selector` finds, as a person choosing them would. */
    bool setFiles(const QString &selector, const QStringList &paths);

private:
    QJsonObject call(const QString &method, const QJsonObject &params, int timeoutMs = 10000);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    int m_nextId = 0;
    QList<QJsonObject> m_received;
    QString m_error;
};

} // namespace desk::test
