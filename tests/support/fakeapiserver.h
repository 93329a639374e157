// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace desk::test {

/**
 * A local stand-in for Statuspage, Cachet v1, Zendesk Guide and a webhook receiver, on a
 * loopback port. It keeps what a real service would keep, answers in their shapes, and checks
 * every request the way they do: method, path, authentication header, content type and JSON
 * fields. Whatever a real service would refuse is answered with 4xx and noted in `violations`.
 *
 * Fault injection: with `setFaults(rate)`, that share of requests fails — answered 503 before
 * doing anything, cut off before doing anything, or done and then never answered (the client
 * times out not knowing it arrived), a third each.
 */
class FakeApiServer final : public QAbstractHttpServer
{
public:
    struct Credentials
    {
        QByteArray statuspageKey = "sp-key-1";
        QByteArray cachetToken = "cachet-token-1";
        QByteArray zendeskUser = "desk@example.org";
        QByteArray zendeskToken = "zd-token-1";
        QByteArray webhookSecret = "hook-secret-1";
    };
    struct StatuspageIncident
    {
        QString id;
        QString name;
        QString status;
        QString impact;
        QJsonObject metadata;
        QJsonObject components;
        QList<QJsonObject> updates; // {id, status, body}
    };
    struct CachetIncident
    {
        int id = 0;
        QString name;
        QString message;
        int status = 0;
        int componentId = 0;
        QList<QJsonObject> updates; // {id, status, message}
    };
    struct Article
    {
        qint64 id = 0;
        QString section;
        QStringList labels;
        QMap<QString, QJsonObject> translations; // by locale: {id, title, body}
    };
    struct Delivery
    {
        QString key;
        QJsonObject body;
    };

    explicit FakeApiServer(QObject *parent = nullptr);
    QUrl url() const { return m_url; }
    const Credentials &credentials() const { return m_credentials; }
    void setFaults(double rate, quint32 seed = 1);
    /** The next `count` requests are done but never answered. */
    void silenceNext(int count);
    int faultsInjected() const { return m_faults; }
    /** Requests done but never answered: the client cannot know they arrived. */
    int silentFaults() const { return m_silent; }
    int requests() const { return m_requests; }

    QStringList violations;
    QList<QByteArray> calls; // "METHOD /path", in order
    QMap<QString, StatuspageIncident> statuspage;
    QMap<int, CachetIncident> cachet;
    QMap<QString, int> cachetComponents; // component id -> status
    QMap<qint64, Article> zendesk;
    QList<Delivery> deliveries;          // every webhook call with a good signature
    QMap<QString, QJsonObject> accepted; // webhook deliveries by idempotency key, once each

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QJsonObject json;
        QByteArray raw;
    };
    Answer route(const QHttpServerRequest &request);
    Answer statuspageCall(const QHttpServerRequest &request, const QStringList &path);
    Answer cachetCall(const QHttpServerRequest &request, const QStringList &path);
    Answer zendeskCall(const QHttpServerRequest &request, const QStringList &path);
    Answer webhookCall(const QHttpServerRequest &request);
    Answer refuse(int status, const QString &why);

    Credentials m_credentials;
    QUrl m_url;
    double m_faultRate = 0;
    int m_faults = 0;
    int m_silent = 0;
    int m_silenceNext = 0;
    int m_requests = 0;
    QRandomGenerator m_random;
    int m_nextId = 1;
};

/**
 * A FakeApiServer on a thread of its own, as a real service runs in a process of its own: the
 * publishers block their thread while they wait for HTTP. `server()` first waits until the server
 * has handled everything it received, so the test reads what the server did, never half of it.
 */
class FakeApiService final
{
public:
    FakeApiService();
    ~FakeApiService();
    Q_DISABLE_COPY_MOVE(FakeApiService)

    FakeApiServer *server();

private:
    QThread m_thread;
    FakeApiServer *m_server = nullptr;
};

} // namespace desk::test
