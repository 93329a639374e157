// SPDX-License-Identifier: GPL-3.0-or-later
// The real incident-desk-service binary, on SQLite and PostgreSQL: --check-config on good and bad
// files, the database password from the systemd credential, /healthz and /metrics over real HTTP
// on a loopback port, refusals a web developer can act on, and a clean stop on SIGTERM.
#include "store/intaketokenrepository.h"
#include "store/reportrepository.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace desk;
using namespace desk::test;

class TestService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkConfig_data();
    void checkConfig();
    void servesHealthAndMetrics();
    void refusesAnOldSchema();
    void acceptsReports();

private:
    /** A configuration for the test database; `extra` lines go at the end of [http]. */
    QString writeConfig(const QString &name, const QString &http = {});
    QProcess *startService(const QString &config, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray allow;
        QByteArray location;
        QByteArray authenticate;
    };
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QHash<QByteArray, QByteArray> &headers = {});

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    QString m_service;
    QString m_databaseUrl; // as the config writes it: no password
    QProcessEnvironment m_env;
    quint16 m_port = 0;
    QNetworkAccessManager m_net;
};

void TestService::initTestCase()
{
    m_service = qEnvironmentVariable("DESK_SERVICE");
    QVERIFY2(QFileInfo(m_service).isExecutable(), "DESK_SERVICE must name the built incident-desk-service");
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    DatabaseUrl url = m_t->url();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("JOURNAL_STREAM"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("desk.*.info=true")); // its start and stop lines
    if (url.engine == Engine::Postgres) {
        // The password arrives as systemd's LoadCredential= would hand it over.
        const QString credentials = m_dir.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        QFile secret(credentials + QStringLiteral("/database-password"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(url.password.toUtf8() + '\n');
        secret.close();
        m_env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
        url.password.clear();
    }
    m_databaseUrl = url.engine == Engine::Postgres ? url.toString(false) : url.path;
    QTcpServer probe; // a free loopback port
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
}

void TestService::cleanupTestCase()
{
    m_t.reset();
}

QString TestService::writeConfig(const QString &name, const QString &http)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral("# written by test_service\n[database]\nurl=%1\n\n[http]\nlisten=127.0.0.1:%2\n%3\n")
                   .arg(m_databaseUrl)
                   .arg(m_port)
                   .arg(http)
                   .toUtf8());
    return path;
}

void TestService::checkConfig_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("valid") << QString() << 0 << QStringLiteral("the configuration is valid");
    QTest::newRow("password in the url") << QStringLiteral("[database]\nurl=postgresql://intake:secret@db.example.org/desk\n")
                                         << 2 << QStringLiteral("holds a password");
    QTest::newRow("password key") << QStringLiteral("[database]\nurl=/tmp/x.db\npassword=secret\n") << 2
                                  << QStringLiteral("passwords never go in this file");
    QTest::newRow("typo") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\nlisen=127.0.0.1:1\n") << 2
                          << QStringLiteral("[http] lisen: unknown setting");
    QTest::newRow("bad listen") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\nlisten=localhost\n") << 2
                                << QStringLiteral("is not ADDRESS:PORT");
    QTest::newRow("bad number") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\nthreads=zero\n") << 2
                                << QStringLiteral("[http] threads: must be a whole number from 1 to 64");
    QTest::newRow("no database") << QStringLiteral("[http]\nlisten=127.0.0.1:1\n") << 2 << QStringLiteral("[database] url: missing");
    QTest::newRow("no file") << QStringLiteral("<none>") << 2 << QStringLiteral("no such configuration file");
}

void TestService::checkConfig()
{
    QFETCH(QString, contents);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QString path;
    if (contents.isEmpty()) {
        path = writeConfig(QStringLiteral("valid.conf"));
    } else if (contents == QLatin1String("<none>")) {
        path = m_dir.filePath(QStringLiteral("missing.conf"));
    } else {
        path = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents.toUtf8());
    }
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_service, {QStringLiteral("--config"), path, QStringLiteral("--check-config")});
    QVERIFY(p.waitForFinished(10000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(output.contains(says), qPrintable(output));
    QVERIFY(!output.contains(QLatin1String("secret")) || says.contains(QLatin1String("password"))); // never echoed
    QVERIFY2(!output.contains(QStringLiteral(":secret@")), qPrintable(output));
}

QProcess *TestService::startService(const QString &config, QProcessEnvironment env)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(m_service, {QStringLiteral("--config"), config});
    return p;
}

TestService::Answer TestService::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                         const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_net.sendCustomRequest(r, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return {};
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Allow"),
             reply->rawHeader("Location"), reply->rawHeader("WWW-Authenticate")};
    reply->deleteLater();
    return a;
}

void TestService::servesHealthAndMetrics()
{
    QProcess *service = startService(writeConfig(QStringLiteral("run.conf"), QStringLiteral("max_request_bytes=4096")), m_env);
    QByteArray log;
    QVERIFY2(QTest::qWaitFor([&] {
                 log += service->readAll();
                 return log.contains("listening on") || service->state() == QProcess::NotRunning;
             }, 15000),
             log.constData());
    QVERIFY2(log.contains(QByteArray(QByteArray("listening on 127.0.0.1:") + QByteArray::number(m_port))), log.constData());

    const Answer health = request("GET", QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray("ok\n"));
    const Answer wrongMethod = request("POST", QStringLiteral("/healthz"), "x");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.allow, QByteArray("GET, HEAD"));
    const Answer unknown = request("GET", QStringLiteral("/v0/<script>"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.startsWith("{\"error\":"));
    const Answer huge = request("POST", QStringLiteral("/healthz"), QByteArray(100000, 'x'));
    QCOMPARE(huge.status, 413);
    QVERIFY2(huge.body.contains("4096 bytes"), huge.body.constData());
    {
        // A client that waits for "100 Continue" hears 413 before it sends a byte of the body.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(raw.waitForConnected(5000));
        raw.write("POST /healthz HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] {
            raw.waitForReadyRead(100);
            answer += raw.readAll();
            return answer.contains("\r\n\r\n");
        }, 5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }
    const Answer after = request("GET", QStringLiteral("/healthz")); // and the service goes on
    QCOMPARE(after.status, 200);

    const Answer metrics = request("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("desk_http_requests_total{route=\"/healthz\",status=\"200\"} 2\n"), metrics.body.constData());
    QVERIFY(metrics.body.contains("desk_http_requests_total{route=\"/healthz\",status=\"405\"} 1\n"));
    QVERIFY(metrics.body.contains("desk_http_requests_total{route=\"other\",status=\"404\"} 1\n"));
    QVERIFY(metrics.body.contains("desk_http_request_seconds_count 4\n")); // before this one; 413 never reached it
    QVERIFY(metrics.body.contains("desk_database_up 1\n"));

    // systemd stops it with SIGTERM: it answers what is under way and exits 0.
    ::kill(pid_t(service->processId()), SIGTERM);
    QVERIFY(service->waitForFinished(10000));
    log += service->readAll();
    QCOMPARE(service->exitStatus(), QProcess::NormalExit);
    QCOMPARE(service->exitCode(), 0);
    QVERIFY2(log.contains("stopped"), log.constData());
    QVERIFY2(!log.contains(m_t->url().password.isEmpty() ? QByteArray("\x01") : m_t->url().password.toUtf8()), log.constData());
}

void TestService::refusesAnOldSchema()
{
    // A database nobody ran `db init` on: the service says what to run and does not start.
    DatabaseUrl url = m_t->url();
    QString empty;
    if (url.engine == Engine::Postgres) {
        QVERIFY(m_t->db().exec(QStringLiteral("DROP DATABASE IF EXISTS desk_service_empty")).ok());
        QVERIFY(m_t->db().exec(QStringLiteral("CREATE DATABASE desk_service_empty")).ok());
        url.database = QStringLiteral("desk_service_empty");
        url.password.clear();
        empty = url.toString(false);
    } else {
        empty = m_dir.filePath(QStringLiteral("empty.db"));
    }
    const QString path = m_dir.filePath(QStringLiteral("empty.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[database]\nurl=%1\n[http]\nlisten=127.0.0.1:%2\n").arg(empty).arg(m_port).toUtf8());
    file.close();
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_service, {QStringLiteral("--config"), path});
    QVERIFY(p.waitForFinished(15000));
    const QString output = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(output.contains(QLatin1String("incident-desk-cli db migrate")), qPrintable(output));
}

void TestService::acceptsReports()
{
    auto issued = IntakeTokenRepository(m_t->db(), User{0, QStringLiteral("boss"), {}, Role::Admin, true})
                      .add(QStringLiteral("website"), {QStringLiteral("https://www.example.org")});
    QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
    auto revoked = IntakeTokenRepository(m_t->db(), User{0, QStringLiteral("boss"), {}, Role::Admin, true})
                       .add(QStringLiteral("old form"), {});
    QVERIFY(revoked.ok());
    QVERIFY(IntakeTokenRepository(m_t->db(), User{0, QStringLiteral("boss"), {}, Role::Admin, true}).revoke(QStringLiteral("old form")).ok());
    QProcess *service = startService(writeConfig(QStringLiteral("intake.conf"),
                                                 QStringLiteral("thank_you_url=https://www.example.org/thanks")), m_env);
    QByteArray log;
    QVERIFY2(QTest::qWaitFor([&] {
                 log += service->readAll();
                 return log.contains("listening on") || service->state() == QProcess::NotRunning;
             }, 15000),
             log.constData());
    auto count = [this] { return m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports"))->toInt(); };
    const int before = count();
    const QHash<QByteArray, QByteArray> json{{"Authorization", "Bearer " + issued->secret.toUtf8()},
                                             {"Content-Type", "application/json"},
                                             {"Idempotency-Key", "order-42"}};
    const QByteArray report = R"({"subject":"Carta <script>alert(1)</script> rifiutata","body":"Non riesco a pagare.",)"
                              R"("customer_email":"zoe@example.org","language":"it"})";
    const Answer created = request("POST", QStringLiteral("/v1/reports"), report, json);
    QCOMPARE(created.status, 201);
    const QJsonObject answer = QJsonDocument::fromJson(created.body).object();
    const QString reference = answer.value(QStringLiteral("reference")).toString();
    QVERIFY2(reference.startsWith(QLatin1String("WEB-")), created.body.constData());
    QCOMPARE(count(), before + 1);
    auto stored = ReportRepository(m_t->db(), User{}).byExternalRef(reference);
    QVERIFY(stored.ok());
    QCOMPARE(stored->subject, QStringLiteral("Carta <script>alert(1)</script> rifiutata")); // text, escaped where shown
    QCOMPARE(stored->channel, Channel::ContactForm);
    QCOMPARE(stored->language, Language::It);

    // The same request again (a retry after a lost answer): the first answer, nothing new.
    const Answer again = request("POST", QStringLiteral("/v1/reports"), report, json);
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(count(), before + 1);
    // A repeated external_ref without a key: the same.
    QHash<QByteArray, QByteArray> noKey = json;
    noKey.remove("Idempotency-Key");
    const QByteArray withRef = R"({"external_ref":"SHOP-1","subject":"Login","body":"x"})";
    QCOMPARE(request("POST", QStringLiteral("/v1/reports"), withRef, noKey).status, 201);
    QCOMPARE(request("POST", QStringLiteral("/v1/reports"), withRef, noKey).status, 200);
    QCOMPARE(count(), before + 2);

    // Refusals a web developer can act on.
    const Answer anonymous = request("POST", QStringLiteral("/v1/reports"), report, {{"Content-Type", "application/json"}});
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.authenticate.startsWith("Bearer"));
    const Answer old = request("POST", QStringLiteral("/v1/reports"), report,
                               {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + revoked->secret.toUtf8()}});
    QCOMPARE(old.status, 401);
    const Answer wrong = request("POST", QStringLiteral("/v1/reports"), R"({"language":"pt"})", noKey);
    QCOMPARE(wrong.status, 422);
    QCOMPARE(QJsonDocument::fromJson(wrong.body).object().value(QStringLiteral("fields")).toArray().size(), 2);
    QCOMPARE(request("PUT", QStringLiteral("/v1/reports"), report, json).status, 405);
    QCOMPARE(request("POST", QStringLiteral("/v1/reports"), "<report/>", {{"Content-Type", "text/xml"}}).status, 415);

    // A public browser form: its token in a field, from an allowed origin, sent to the thank-you page.
    const QByteArray form = "form_token=" + QUrl::toPercentEncoding(issued->secret)
                            + "&subject=Checkout+broken&body=Nothing+happens&customer_email=b%40example.org&website=";
    const QHash<QByteArray, QByteArray> browser{{"Content-Type", "application/x-www-form-urlencoded"},
                                                {"Origin", "https://www.example.org"}};
    const Answer posted = request("POST", QStringLiteral("/v1/reports"), form, browser);
    QCOMPARE(posted.status, 303);
    QVERIFY2(posted.location.startsWith("https://www.example.org/thanks?reference=WEB-"), posted.location.constData());
    QCOMPARE(count(), before + 3);
    QCOMPARE(request("POST", QStringLiteral("/v1/reports"), form,
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"Origin", "https://evil.example"}})
                 .status,
             403);
    // A robot that fills in the hidden field is thanked and forgotten.
    const Answer robot = request("POST", QStringLiteral("/v1/reports"), form + "http%3A%2F%2Fspam.example", browser);
    QCOMPARE(robot.status, 303);
    QCOMPARE(count(), before + 3);

    ::kill(pid_t(service->processId()), SIGTERM);
    QVERIFY(service->waitForFinished(10000));
    QCOMPARE(service->exitCode(), 0);
}

QTEST_MAIN(TestService)
#include "test_service.moc"
