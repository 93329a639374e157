// SPDX-License-Identifier: GPL-3.0-or-later
// The real incident-desk-service binary, on SQLite and PostgreSQL: --check-config on good and bad
// files, the database password from the systemd credential, /healthz and /metrics over real HTTP
// on a loopback port, refusals a web developer can act on, and a clean stop on SIGTERM. Reports
// with files, rate limits (429), and a burst during which the service is killed (and, on
// PostgreSQL, the database goes away first): every report it acknowledged is stored, once. On
// PostgreSQL the service logs in as a role of desk_intake, as the README tells a team to do.
#include "mailsamples.h"
#include "store/intaketokenrepository.h"
#include "store/reportrepository.h"
#include "servicefixture.h"
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
    void keepsFilesWithTheReport();
    void limitsTheRate();
    void killedDuringABurstLosesNothing();
    void readsTheSupportMailbox();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray allow;
        QByteArray location;
        QByteArray authenticate;
        QByteArray retryAfter;
    };
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QHash<QByteArray, QByteArray> &headers = {});

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    ServiceFixture m_fixture;
    QNetworkAccessManager m_net;
};

void TestService::initTestCase()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(m_fixture.setUp(*m_t));
}

void TestService::cleanupTestCase()
{
    m_fixture.tearDown();
    m_t.reset();
}

void TestService::checkConfig_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("valid") << QString() << 0 << QStringLiteral("the configuration is valid");
    QTest::newRow("the packaged example") << QStringLiteral("<example>") << 0 << QStringLiteral("spool: /var/lib/incident-desk/intake-spool.db");
    QTest::newRow("password in the url") << QStringLiteral("[database]\nurl=postgresql://intake:secret@db.example.org/desk\n")
                                         << 2 << QStringLiteral("holds a password");
    QTest::newRow("password key") << QStringLiteral("[database]\nurl=/tmp/x.db\npassword=secret\n") << 2
                                  << QStringLiteral("passwords never go in this file");
    QTest::newRow("typo") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\nlisen=127.0.0.1:1\n") << 2
                          << QStringLiteral("[http] lisen: unknown setting");
    QTest::newRow("bad listen") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\nlisten=localhost\n") << 2
                                << QStringLiteral("is not ADDRESS:PORT");
    QTest::newRow("bad number") << QStringLiteral("[database]\nurl=/tmp/x.db\n[http]\ntimeout_seconds=zero\n") << 2
                                << QStringLiteral("[http] timeout_seconds: must be a whole number from 1 to 3600");
    QTest::newRow("mail without a sender") << QStringLiteral("[database]\nurl=/tmp/x.db\n[mail]\nhost=smtp.example.org\n") << 2
                                           << QStringLiteral("[mail] from_address: missing");
    QTest::newRow("mail security") << QStringLiteral("[database]\nurl=/tmp/x.db\n[mail]\nhost=smtp.example.org\nsecurity=ssl\n"
                                                     "from_address=a@example.org\n") << 2
                                   << QStringLiteral("[mail] security: must be tls");
    QTest::newRow("mail login without a password") << QStringLiteral("[database]\nurl=/tmp/x.db\n[mail]\nhost=smtp.example.org\n"
                                                                     "user=desk\nfrom_address=a@example.org\n") << 2
                                                   << QStringLiteral("credential smtp-password");
    QTest::newRow("mail") << QStringLiteral("[database]\nurl=/tmp/x.db\n[mail]\nhost=smtp.example.org\nfrom_address=a@example.org\n"
                                            "rate_per_minute=600\n") << 0
                          << QStringLiteral("mail to reporters: from a@example.org through smtp.example.org:587, at most 600 a minute");
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
        path = m_fixture.writeConfig(QStringLiteral("valid.conf"));
    } else if (contents == QLatin1String("<example>")) {
        path = qEnvironmentVariable("DESK_SERVICE_EXAMPLE"); // what the package installs, '#' comments and all
    } else if (contents == QLatin1String("<none>")) {
        path = m_dir.filePath(QStringLiteral("missing.conf"));
    } else {
        path = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents.toUtf8());
    }
    QProcess p;
    p.setProcessEnvironment(m_fixture.environment());
    p.start(m_fixture.binary(), {QStringLiteral("--config"), path, QStringLiteral("--check-config")});
    QVERIFY(p.waitForFinished(10000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(output.contains(says), qPrintable(output));
    QVERIFY(!output.contains(QLatin1String("secret")) || says.contains(QLatin1String("password"))); // never echoed
    QVERIFY2(!output.contains(QStringLiteral(":secret@")), qPrintable(output));
}

TestService::Answer TestService::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                         const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_fixture.port()).arg(path)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_net.sendCustomRequest(r, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return {};
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Allow"),
             reply->rawHeader("Location"), reply->rawHeader("WWW-Authenticate"), reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return a;
}

void TestService::servesHealthAndMetrics()
{
    QProcess *service = m_fixture.start(m_fixture.writeConfig(QStringLiteral("run.conf"), QStringLiteral("max_request_bytes=4096")), this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());
    QVERIFY2(log.contains(QByteArray(QByteArray("listening on 127.0.0.1:") + QByteArray::number(m_fixture.port()))), log.constData());

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
        raw.connectToHost(QHostAddress::LocalHost, m_fixture.port());
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
    // It says how it is in the team database, for the app's Intake page (its own login may write that).
    QVERIFY2(QTest::qWaitFor([&] {
                 return m_t->db().scalar(QStringLiteral("SELECT count(*) FROM intake_status WHERE endpoint = ?"),
                                         {QStringLiteral("127.0.0.1:%1").arg(m_fixture.port())})->toInt() == 1;
             }, 10000),
             "no intake_status row");

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
        url.user = m_fixture.login();
        url.password.clear();
        empty = url.toString(false);
    } else {
        empty = m_dir.filePath(QStringLiteral("empty.db"));
    }
    const QString path = m_dir.filePath(QStringLiteral("empty.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[database]\nurl=%1\n[http]\nlisten=127.0.0.1:%2\n").arg(empty).arg(m_fixture.port()).toUtf8());
    file.close();
    QProcess p;
    p.setProcessEnvironment(m_fixture.environment());
    p.start(m_fixture.binary(), {QStringLiteral("--config"), path});
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
    QProcess *service = m_fixture.start(m_fixture.writeConfig(QStringLiteral("intake.conf"),
                                                 QStringLiteral("thank_you_url=https://www.example.org/thanks")), this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());
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

void TestService::keepsFilesWithTheReport()
{
    const QByteArray secret = m_fixture.issueToken(QStringLiteral("files"));
    QProcess *service = m_fixture.start(m_fixture.writeConfig(QStringLiteral("files.conf")), this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(200000, '\0') + QByteArray("--boundary-lookalike\r\n");
    const QByteArray boundary = "----deskTestBoundary7MA4YWxk";
    QByteArray body;
    auto field = [&](const QByteArray &name, const QByteArray &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    };
    field("subject", "Screenshot of the error");
    field("body", "See the attached screen.");
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/screen.png\"\r\n"
            "Content-Type: image/png\r\n\r\n" + png + "\r\n--" + boundary + "--\r\n";
    const Answer created = request("POST", QStringLiteral("/v1/reports"), body,
                                   {{"Authorization", "Bearer " + secret}, {"Content-Type", "multipart/form-data; boundary=" + boundary}});
    QCOMPARE(created.status, 201);
    const Id id = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toInteger();
    auto q = m_t->db().exec(QStringLiteral("SELECT name, content_type, size, data FROM report_attachments WHERE report_id = ?"), {id});
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("screen.png")); // the name only, never a path
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("image/png"));
    QCOMPARE(q.value().value(3).toByteArray(), png);
    ::kill(pid_t(service->processId()), SIGTERM);
    QVERIFY(service->waitForFinished(10000));
}

void TestService::limitsTheRate()
{
    const QByteArray secret = m_fixture.issueToken(QStringLiteral("limited"));
    QProcess *service = m_fixture.start(m_fixture.writeConfig(QStringLiteral("limits.conf"), QStringLiteral("trusted_proxies=127.0.0.1"),
                                                              QStringLiteral("reports_per_minute_per_address=3")),
                                        this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());
    const QHash<QByteArray, QByteArray> json{{"Authorization", "Bearer " + secret}, {"Content-Type", "application/json"}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(request("POST", QStringLiteral("/v1/reports"), R"({"subject":"one more"})", json).status, 201);
    const Answer limited = request("POST", QStringLiteral("/v1/reports"), R"({"subject":"too many"})", json);
    QCOMPARE(limited.status, 429);
    QVERIFY2(limited.retryAfter.toInt() >= 1 && limited.retryAfter.toInt() <= 20, limited.retryAfter.constData());
    QVERIFY2(limited.body.contains("try again in"), limited.body.constData());
    // Behind the trusted proxy, each client has its own allowance; a client's own header is not trusted.
    QHash<QByteArray, QByteArray> proxied = json;
    proxied.insert("X-Forwarded-For", "203.0.113.7");
    QCOMPARE(request("POST", QStringLiteral("/v1/reports"), R"({"subject":"another customer"})", proxied).status, 201);
    const Answer metrics = request("GET", QStringLiteral("/metrics"));
    QVERIFY2(metrics.body.contains("desk_intake_rejected_total{reason=\"rate_limited\"} 1\n"), metrics.body.constData());
    QVERIFY(metrics.body.contains("desk_intake_received_total{outcome=\"created\"} 4\n"));
    ::kill(pid_t(service->processId()), SIGTERM);
    QVERIFY(service->waitForFinished(10000));
}

void TestService::killedDuringABurstLosesNothing()
{
    const QByteArray secret = m_fixture.issueToken(QStringLiteral("burst"));
    const QString config = m_fixture.writeConfig(QStringLiteral("burst.conf"), QStringLiteral("max_connections=64"),
                                       QStringLiteral("reports_per_minute_per_address=0"));
    QProcess *service = m_fixture.start(config, this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());

    // Thousands of reports at once; halfway the database goes away (PostgreSQL), and later the
    // service is killed outright. Whatever it answered 201 or 202 must be stored, once.
    constexpr int kTotal = 3000;
    const bool postgres = m_t->db().isPostgres();
    std::unique_ptr<ServerCutOff> cutOff;
    QHash<QString, int> acknowledged;
    int finished = 0;
    bool killed = false;
    for (int i = 0; i < kTotal; ++i) {
        const QString reference = QStringLiteral("BURST-%1").arg(i);
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/reports").arg(m_fixture.port())));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        r.setRawHeader("Authorization", "Bearer " + secret);
        QNetworkReply *reply = m_net.post(r, QStringLiteral(R"({"external_ref":"%1","subject":"Outage","body":"n. %2"})")
                                                 .arg(reference)
                                                 .arg(i)
                                                 .toUtf8());
        connect(reply, &QNetworkReply::finished, this, [&, reply, reference] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201 || status == 202 || status == 200)
                acknowledged.insert(reference, status);
            reply->deleteLater();
            if (++finished == kTotal / 3 && postgres)
                cutOff = std::make_unique<ServerCutOff>(*m_t, m_fixture.login());
            if (finished == 2 * kTotal / 3 && !killed) {
                killed = true;
                ::kill(pid_t(service->processId()), SIGKILL);
            }
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return finished == kTotal; }, 120000));
    QVERIFY(killed);
    QVERIFY(service->state() == QProcess::NotRunning || service->waitForFinished(10000));
    QCOMPARE(service->exitStatus(), QProcess::CrashExit);
    if (postgres)
        QVERIFY(cutOff && cutOff->ok());
    int queued = 0;
    for (const int status : std::as_const(acknowledged))
        queued += status == 202 ? 1 : 0;
    if (postgres)
        QVERIFY2(queued > 0, "the database went away: reports should have been spooled");
    cutOff.reset(); // the database is back

    // Started again, it writes back its spool; then every acknowledged report is there, once.
    QProcess *again = m_fixture.start(config, this);
    log.clear();
    QVERIFY2(ServiceFixture::waitListening(again, &log), log.constData());
    QVERIFY2(QTest::qWaitFor([&] { return request("GET", QStringLiteral("/metrics")).body.contains("desk_intake_spool_depth 0\n"); }, 30000),
             "the spool was not written back");
    auto q = m_t->db().exec(QStringLiteral("SELECT external_ref, count(*) FROM reports WHERE external_ref LIKE 'BURST-%' "
                                           "GROUP BY external_ref"));
    QVERIFY(q.ok());
    QSet<QString> stored;
    while (q.value().next()) {
        QCOMPARE(q.value().value(1).toInt(), 1);
        stored.insert(q.value().value(0).toString());
    }
    int missing = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        missing += stored.contains(it.key()) ? 0 : 1;
    QCOMPARE(missing, 0);
    QVERIFY2(acknowledged.size() >= kTotal / 2, qPrintable(QString::number(acknowledged.size())));
    qInfo("%lld acknowledged (%d spooled), %lld stored", qint64(acknowledged.size()), queued, qint64(stored.size()));
    ::kill(pid_t(again->processId()), SIGTERM);
    QVERIFY(again->waitForFinished(10000));
    QCOMPARE(again->exitCode(), 0);
}

void TestService::readsTheSupportMailbox()
{
    const QHash<QString, QString> imap = readEnvFile(qEnvironmentVariable("DESK_TEST_IMAP_ENV"));
    if (imap.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("no Dovecot (tests/imap-start.sh did not start one) and CI=true");
        QSKIP("no Dovecot: install dovecot-imapd (packaging/install-deps.sh)");
    }
    // The mailbox password arrives as a systemd credential too, never in the file.
    QProcessEnvironment env = m_fixture.environment();
    QString credentials = env.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (credentials.isEmpty()) {
        credentials = m_dir.filePath(QStringLiteral("mail-credentials"));
        QVERIFY(QDir().mkpath(credentials));
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
    }
    QFile secret(credentials + QStringLiteral("/mailbox-password"));
    QVERIFY(secret.open(QIODevice::WriteOnly | QIODevice::Truncate));
    secret.write(imap.value(QStringLiteral("DESK_TEST_IMAP_PASSWORD")).toUtf8());
    secret.close();
    const QString config = m_fixture.writeConfig(
        QStringLiteral("mailbox.conf"), {}, {}, 0,
        QStringLiteral("[mailbox]\nhost=%1\nport=%2\nsecurity=tls\nuser=%3\nca_file=%4\npoll_seconds=1\n")
            .arg(imap.value(QStringLiteral("DESK_TEST_IMAP_HOST")), imap.value(QStringLiteral("DESK_TEST_IMAPS_PORT")),
                 imap.value(QStringLiteral("DESK_TEST_IMAP_USER")), imap.value(QStringLiteral("DESK_TEST_IMAP_CA"))));

    const QString maildir = imap.value(QStringLiteral("DESK_TEST_IMAP_MAILDIR"));
    const QByteArray mail = crlf("From: Ada <ada@example.org>\nSubject: The service reads mail\n"
                                 "Message-ID: <service-mailbox-1@example.org>\n\nThe checkout page is blank since 9:00.\n");
    QFile placed(maildir + QStringLiteral("/tmp/service-1.test"));
    QVERIFY(placed.open(QIODevice::WriteOnly));
    placed.write(mail);
    placed.close();
    QVERIFY(QFile::rename(placed.fileName(), maildir + QStringLiteral("/new/service-1.test")));

    QProcess *service = m_fixture.start(config, env, this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(service, &log), log.constData());
    auto stored = [this] {
        return m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref = 'service-mailbox-1@example.org' "
                                               "AND channel = 'email'"))->toInt();
    };
    QVERIFY2(QTest::qWaitFor([&] { return stored() == 1; }, 20000), service->readAll().constData());
    Answer metrics; // the pass's figures come when it ends, just after the report is stored
    QVERIFY2(QTest::qWaitFor([&] {
                 metrics = request("GET", QStringLiteral("/metrics"));
                 return metrics.body.contains("desk_mailbox_reports_total 1\n") && metrics.body.contains("desk_mailbox_up 1\n");
             }, 10000),
             metrics.body.constData());
    ::kill(pid_t(service->processId()), SIGTERM);
    QVERIFY(service->waitForFinished(10000));
    log += service->readAll();
    QCOMPARE(service->exitCode(), 0);
    QVERIFY2(!log.contains(imap.value(QStringLiteral("DESK_TEST_IMAP_PASSWORD")).toUtf8()), log.constData());
}

QTEST_MAIN(TestService)
#include "test_service.moc"
