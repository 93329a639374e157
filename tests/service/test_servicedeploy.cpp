// SPDX-License-Identifier: GPL-3.0-or-later
// The service as a team deploys it, on SQLite and PostgreSQL: behind nginx (which terminates
// TLS in production; here it proxies plain HTTP as the README's configuration does), where each
// customer's address gets its own rate limit; two instances against one database, both
// receiving the same reports at once, storing each once; and a slow sender that never finishes
// its request, dropped after timeout_seconds while others are served.
#include "servicefixture.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace desk;
using namespace desk::test;

class TestServiceDeploy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void behindNginx();
    void twoInstancesStoreEachReportOnce();
    void slowSendersAreDropped();
    void publishesWithNoDeskOpen();

private:
    int post(quint16 port, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers = {});
    /** Starts the binary on `port`; `sections` go at the end of its configuration. */
    QProcess *startService(const QString &name, quint16 port, const QString &http = {}, const QString &intake = {},
                           const QString &sections = {});
    static quint16 freePort();

    std::unique_ptr<TestDatabase> m_t;
    ServiceFixture m_fixture;
    QByteArray m_token;
    QNetworkAccessManager m_net;
    QList<QProcess *> m_processes;
};

quint16 TestServiceDeploy::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestServiceDeploy::initTestCase()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(m_fixture.setUp(*m_t));
    m_token = m_fixture.issueToken(QStringLiteral("deploy"));
}

void TestServiceDeploy::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_processes)) {
        p->terminate();
        p->waitForFinished(10000);
    }
    m_fixture.tearDown();
    m_t.reset();
}

QProcess *TestServiceDeploy::startService(const QString &name, quint16 port, const QString &http, const QString &intake,
                                          const QString &sections)
{
    const QString path = m_fixture.writeConfig(name, http, intake, port, sections);
    QProcess *p = m_fixture.start(path, this);
    QByteArray log;
    if (!ServiceFixture::waitListening(p, &log)) {
        qWarning("%s", log.constData());
        return nullptr;
    }
    m_processes.append(p);
    return p;
}

int TestServiceDeploy::post(quint16 port, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/reports").arg(port)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    r.setRawHeader("Authorization", "Bearer " + m_token);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_net.post(r, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestServiceDeploy::behindNginx()
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true but nginx is not installed (packaging/install-deps.sh installs it)");
        QSKIP("nginx is not installed");
    }
    const quint16 servicePort = freePort();
    QVERIFY(startService(QStringLiteral("proxied.conf"), servicePort, QStringLiteral("trusted_proxies=127.0.0.1"),
                         QStringLiteral("reports_per_minute_per_address=2")));
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("logs")));
    QDir().mkpath(dir.filePath(QStringLiteral("tmp")));
    // The README's nginx configuration, without TLS; another port when the one picked was taken meanwhile.
    quint16 proxyPort = 0;
    QProcess proxy;
    bool listening = false;
    for (int attempt = 0; attempt < 5 && !listening; ++attempt) {
        proxyPort = freePort();
        const QString conf = dir.filePath(QStringLiteral("nginx.conf"));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("%1worker_processes 1;\npid %2/nginx.pid;\nerror_log %2/logs/error.log warn;\n"
                                  "events { worker_connections 64; }\n"
                                  "http {\n access_log %2/logs/access.log;\n client_body_temp_path %2/tmp/body;\n"
                                  " proxy_temp_path %2/tmp/proxy;\n fastcgi_temp_path %2/tmp/fastcgi;\n uwsgi_temp_path %2/tmp/uwsgi;\n"
                                  " scgi_temp_path %2/tmp/scgi;\n"
                                  " server {\n  listen 127.0.0.1:%3;\n  client_max_body_size 25m;\n"
                                  "  location /v1/ {\n   proxy_pass http://127.0.0.1:%4;\n"
                                  "   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n   proxy_request_buffering on;\n  }\n"
                                  " }\n}\n")
                       .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir.path())
                       .arg(proxyPort)
                       .arg(servicePort)
                       .toUtf8());
        file.close();
        proxy.start(nginx, {QStringLiteral("-c"), conf, QStringLiteral("-p"), dir.path(), QStringLiteral("-g"), QStringLiteral("daemon off;")});
        listening = QTest::qWaitFor([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, proxyPort);
            return (s.waitForConnected(200) && proxy.state() == QProcess::Running) || proxy.state() == QProcess::NotRunning;
        }, 20000) && proxy.state() == QProcess::Running;
        if (!listening && proxy.state() != QProcess::NotRunning) {
            proxy.kill(); // started but not answering: another port, from scratch
            proxy.waitForFinished(5000);
        }
    }
    QFile errors(dir.filePath(QStringLiteral("logs/error.log")));
    QVERIFY2(listening, errors.open(QIODevice::ReadOnly) ? errors.readAll().constData() : "nginx did not start");
    auto stopProxy = qScopeGuard([&] {
        proxy.terminate();
        proxy.waitForFinished(5000);
    });
    // Two customers behind the proxy: each has its own allowance of two a minute.
    for (const QByteArray &customer : {QByteArray("198.51.100.1"), QByteArray("198.51.100.2")}) {
        for (int i = 0; i < 2; ++i) {
            const QByteArray body = QStringLiteral(R"({"external_ref":"NGX-%1-%2","subject":"Through nginx"})")
                                        .arg(QString::fromLatin1(customer))
                                        .arg(i)
                                        .toUtf8();
            QCOMPARE(post(proxyPort, body, {{"X-Forwarded-For", customer}}), 201);
        }
    }
    QCOMPARE(post(proxyPort, R"({"subject":"third"})", {{"X-Forwarded-For", "198.51.100.1"}}), 429);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'NGX-%'"))->toInt(), 4);
}

void TestServiceDeploy::twoInstancesStoreEachReportOnce()
{
    const quint16 a = freePort();
    QVERIFY(startService(QStringLiteral("a.conf"), a, {}, QStringLiteral("reports_per_minute_per_address=0")));
    const quint16 b = freePort();
    QVERIFY(startService(QStringLiteral("b.conf"), b, {}, QStringLiteral("reports_per_minute_per_address=0")));
    // The same 300 reports to both at once (a form posting twice, a retry to the other host).
    constexpr int kReports = 300;
    int answered = 0, acknowledged = 0;
    for (int i = 0; i < kReports; ++i) {
        for (const quint16 port : {a, b}) {
            QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/reports").arg(port)));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            r.setRawHeader("Authorization", "Bearer " + m_token);
            QNetworkReply *reply = m_net.post(r, QStringLiteral(R"({"external_ref":"TWO-%1","subject":"Twice"})").arg(i).toUtf8());
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                acknowledged += status == 201 || status == 200;
                ++answered;
                reply->deleteLater();
            });
        }
    }
    QVERIFY(QTest::qWaitFor([&] { return answered == 2 * kReports; }, 60000));
    QCOMPARE(acknowledged, 2 * kReports);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'TWO-%'"))->toInt(), kReports);
}

void TestServiceDeploy::slowSendersAreDropped()
{
    const quint16 port = freePort();
    QVERIFY(startService(QStringLiteral("slow.conf"), port, QStringLiteral("timeout_seconds=2")));
    // Headers that never end, and a body that never comes.
    QTcpSocket halfHeaders, halfBody;
    halfHeaders.connectToHost(QHostAddress::LocalHost, port);
    halfBody.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(halfHeaders.waitForConnected(5000) && halfBody.waitForConnected(5000));
    halfHeaders.write("POST /v1/reports HTTP/1.1\r\nHost: x\r\n");
    halfBody.write("POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"subj");
    halfHeaders.flush();
    halfBody.flush();
    // Meanwhile the others are served.
    QCOMPARE(post(port, R"({"subject":"while someone is slow"})"), 201);
    QVERIFY(QTest::qWaitFor([&] { return halfHeaders.state() == QAbstractSocket::UnconnectedState
                                         && halfBody.state() == QAbstractSocket::UnconnectedState; }, 10000));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE subject LIKE '%subj%'"))->toInt(), 0);
}

void TestServiceDeploy::publishesWithNoDeskOpen()
{
    // A lead publishes and goes home: the service sends the job to the Help Center.
    const User anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    const User giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    const User boss = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    QTemporaryDir site;
    QVERIFY(PublicationRepository(*workstation(*m_t, boss), boss).useLocalHelpCenter(site.path()).ok());
    QProcess *publisher = startService(QStringLiteral("publishing.conf"), freePort(), {}, {}, QStringLiteral("[publishing]\nenabled=true\n"));
    QVERIFY(publisher);

    auto annaDb = workstation(*m_t, anna);
    auto giuliaDb = workstation(*m_t, giulia);
    Incident draft;
    draft.title = QStringLiteral("Checkout down");
    const Incident incident = IncidentRepository(*annaDb, anna).create(draft).value();
    const Id update = publishUpdate(*annaDb, anna, *giuliaDb, giulia, incident.id, QStringLiteral("We are on it."));
    const QString page = site.filePath(incident.reference.toLower() + QStringLiteral("/en.html"));
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(page); }, 15000), publisher->readAll().constData());
    QTRY_COMPARE_WITH_TIMEOUT(PublicationRepository(m_t->db(), anna).jobsForUpdate(update)->first().state, JobState::Done, 5000);

    if (!m_t->db().isPostgres())
        return;
    // Its login moves jobs along and nothing else (it reads reports only to write to their reporters).
    QString error;
    auto own = m_t->connectAs(m_fixture.login(), kPassword, &error);
    QVERIFY2(own, qPrintable(error));
    for (const QString &sql : {QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, idempotency_key, created_at, updated_at) "
                                              "SELECT update_id, target_id, 'again', 0, 0 FROM publication_jobs LIMIT 1"),
                               QStringLiteral("UPDATE updates SET status = 'draft'"), QStringLiteral("UPDATE reports SET body = 'changed'"),
                               QStringLiteral("UPDATE publication_jobs SET update_id = update_id + 1"),
                               QStringLiteral("SELECT * FROM users")}) {
        QVERIFY2(!own->exec(sql).ok(), qPrintable(sql));
    }
}

QTEST_MAIN(TestServiceDeploy)
#include "test_servicedeploy.moc"
