// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskservice.h"

#include "core/credentials.h"
#include "core/logging.h"
#include "store/database.h"
#include "store/dbworker.h"
#include "mail/mailservice.h"
#include "publish/publicationservice.h"
#include "store/intakestatusrepository.h"
#include "store/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcService, "desk.service", QtInfoMsg)

namespace desk {

namespace {
constexpr int kHealthCheckMs = 5000;

/**
 * A publication target's secret: the systemd credential `target-<id>`, else the file of that name
 * in `secretsDir`, which only the service's user may read (0600); never from the database.
 */
QString targetSecret(const QString &secretsDir, Id targetId)
{
    auto secret = Credentials::read(QStringLiteral("target-%1").arg(targetId), {}, secretsDir);
    if (!secret.ok()) {
        qCWarning(lcService).noquote() << secret.errorString();
        return {};
    }
    return secret.value();
}
constexpr qint64 kReconnectMs = 2000;
} // namespace

DeskService::DeskService(ServiceConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_healthTimer(new QTimer(this))
{
    m_healthTimer->setInterval(kHealthCheckMs);
    connect(m_healthTimer, &QTimer::timeout, this, [this] {
        checkDatabase();
        if (++m_ticks % 2 == 0)
            publishStatus();
    });
}

DeskService::~DeskService()
{
    stop();
}

Status DeskService::start()
{
    // The schema is the CLI's to create and upgrade (`db init`, `db migrate`): refuse an old one.
    auto db = Database::open(m_config.database);
    if (!db.ok())
        return db.error();
    auto schema = Migrator(*db.value()).status();
    if (!schema.ok())
        return schema.error();
    if (!schema->pending.isEmpty())
        return Error::invalid(tr("The database's schema is at version %1, this service needs %2: run "
                                 "'incident-desk-cli db migrate' first.")
                                  .arg(schema->current)
                                  .arg(schema->latest));
    m_metrics.setDatabaseUp(true);
    db.value().reset();

    IntakePipeline::Options intake;
    intake.database = m_config.database;
    intake.spoolPath = m_config.spoolPath;
    intake.spoolMaxBytes = m_config.spoolMaxBytes;
    m_pipeline = std::make_unique<IntakePipeline>(intake);
    if (Status opened = m_pipeline->start(); !opened.ok())
        return opened;
    m_reports = std::make_unique<ReportEndpoint>(m_config, m_directory, *m_pipeline, m_metrics);
    if (!m_config.mailbox.host.isEmpty()) {
        m_mailbox = std::make_unique<MailboxReader>(m_config.mailbox, *m_pipeline);
        m_mailbox->start();
    }

    if (m_config.publishing) {
        // The service's own login sends the jobs (a member of desk_publisher on PostgreSQL).
        const User sender{0, m_config.database.user.isEmpty() ? QStringLiteral("service") : m_config.database.user,
                          QStringLiteral("Incident Desk service"), Role::Lead, true};
        m_publisher = new PublicationService(m_config.database, sender, [dir = m_config.secretsDir](const PublicationTarget &t) {
            return targetSecret(dir, t.id);
        }, nullptr, this);
        connect(m_publisher, &PublicationService::failed, this,
                [](const QString &message) { qCWarning(lcService).noquote() << "publishing:" << message; });
        m_publisher->start();
    }

    if (!m_config.mail.smtp.host.isEmpty()) {
        // The service's own login sends the messages (a member of desk_mailer on PostgreSQL).
        const User mailer{0, m_config.database.user.isEmpty() ? QStringLiteral("service") : m_config.database.user,
                          QStringLiteral("Incident Desk service"), Role::Agent, true};
        m_mailer = new MailService(m_config.database, mailer, m_config.mail, m_config.mailSenderName, this);
        connect(m_mailer, &MailService::ran, this, [this](const MailRunReport &report, const QMap<MailState, int> &jobs) {
            m_metrics.mailRan(report, jobs);
        });
        connect(m_mailer, &MailService::failed, this,
                [](const QString &message) { qCWarning(lcService).noquote() << "mail:" << message; });
        m_mailer->start();
    }

    m_worker = std::make_unique<DbWorker>();
    m_worker->open(m_config.database);
    HttpServer::Options options;
    options.address = m_config.listenAddress;
    options.port = m_config.listenPort;
    options.maxRequestBytes = m_config.maxRequestBytes;
    options.timeoutSeconds = m_config.requestTimeoutSeconds;
    options.maxConnections = m_config.maxConnections;
    m_http = std::make_unique<HttpServer>(options, [this](const HttpRequest &r) { return answer(r); });
    if (Status listening = m_http->start(); !listening.ok())
        return listening;
    m_healthTimer->start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    publishStatus();
    qCInfo(lcService).noquote() << "listening on" << QStringLiteral("%1:%2").arg(m_config.listenAddress.toString()).arg(port());
    return {};
}

void DeskService::stop()
{
    m_healthTimer->stop();
    if (m_http) {
        m_http->stop(); // answers what is under way first
        m_http.reset();
    }
    if (m_publisher) {
        delete m_publisher; // its worker finishes the job in hand; a job it held is taken back later
        m_publisher = nullptr;
    }
    if (m_mailer) {
        delete m_mailer; // finishes the message in hand; what it had claimed goes back to the queue
        m_mailer = nullptr;
    }
    if (m_mailbox) {
        m_mailbox->stop(); // finishes the message in hand
        m_mailbox.reset();
    }
    if (m_pipeline) {
        m_pipeline->stop(); // everything taken is stored or spooled
        const auto stats = m_pipeline->stats();
        m_pipeline.reset();
        qCInfo(lcService).noquote() << "stopped;" << stats.created << "reports stored," << stats.spoolDepth << "in the spool";
    }
    m_worker.reset();
}

quint16 DeskService::port() const
{
    return m_http ? m_http->port() : 0;
}

Database *DeskService::threadDatabase() const
{
    thread_local std::unique_ptr<Database> db;
    thread_local QElapsedTimer failedAt;
    if (db && db->isAlive())
        return db.get();
    db.reset();
    // While the database is away, a request does not wait for a connection attempt each time.
    if (failedAt.isValid() && failedAt.elapsed() < kReconnectMs)
        return nullptr;
    auto opened = Database::open(m_config.database);
    if (!opened.ok()) {
        failedAt.start();
        qCWarning(lcService) << "cannot open the database:" << opened.errorString();
        return nullptr;
    }
    failedAt.invalidate();
    db = std::move(opened).value();
    return db.get();
}

void DeskService::checkDatabase()
{
    m_worker->post(
        [this](Database &db) {
            const bool up = db.isAlive();
            if (up != m_metrics.databaseUp())
                qCWarning(lcService) << (up ? "the database answers again" : "the database does not answer");
            m_metrics.setDatabaseUp(up);
        },
        [this] {
            if (m_metrics.databaseUp())
                qCWarning(lcService) << "the database cannot be reached";
            m_metrics.setDatabaseUp(false);
        });
}

void DeskService::publishStatus()
{
    IntakeInstance status;
    status.instance = QSysInfo::machineHostName() + u':' + QString::number(port());
    status.startedAt = m_startedAt;
    status.endpoint = QStringLiteral("%1:%2").arg(m_config.listenAddress.toString()).arg(port());
    const IntakePipeline::Stats intake = m_pipeline->stats();
    status.received = intake.created + intake.repeated + intake.queued;
    status.rejected = m_metrics.rejectedTotal();
    status.lastReportAt = intake.lastAccepted;
    status.spoolDepth = intake.spoolDepth;
    if (m_mailbox) {
        const MailboxReader::Stats mail = m_mailbox->stats();
        status.mailbox = m_config.mailbox.user + u'@' + m_config.mailbox.host;
        status.mailboxUp = mail.connected;
        status.mailboxLastPass = mail.lastPass;
        status.mailboxReports = mail.reports;
        status.mailboxRefused = mail.notReports;
        status.mailboxError = mail.connected ? QString() : mail.lastError;
        status.received = std::max<qint64>(0, status.received - mail.reports - mail.repeated); // the form's share
    }
    m_worker->post([status](Database &db) {
        if (Status s = IntakeStatusRepository(db).publish(status); !s.ok())
            qCWarning(lcService).noquote() << "cannot write the service's status:" << s.errorString();
    });
    if (m_config.publishing) {
        m_worker->call<QMap<QString, ServiceMetrics::TargetJobs>>(
            this,
            [](Database &db) {
                QMap<QString, ServiceMetrics::TargetJobs> out;
                auto q = db.exec(QStringLiteral("SELECT t.name, j.state, count(*), max(CASE WHEN j.state = 'done' THEN "
                                                "j.updated_at END) FROM publication_targets t JOIN publication_jobs j "
                                                "ON j.target_id = t.id GROUP BY t.name, j.state"));
                if (!q.ok())
                    return out;
                while (q.value().next()) {
                    ServiceMetrics::TargetJobs &t = out[q.value().value(0).toString()];
                    t.byState.insert(q.value().value(1).toString(), q.value().value(2).toLongLong());
                    t.lastSuccessMs = std::max(t.lastSuccessMs, q.value().value(3).toLongLong());
                }
                return out;
            },
            [this](QMap<QString, ServiceMetrics::TargetJobs> targets) { m_metrics.setPublications(targets); });
    }
}

HttpResponse DeskService::answer(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray route = "other";
    HttpResponse response;
    if (request.path == "/healthz") {
        route = "/healthz";
        if (request.method != "GET" && request.method != "HEAD")
            response = HttpResponse::error(405, tr("Use GET for /healthz."));
        else if (m_metrics.databaseUp())
            response = {200, "text/plain; charset=utf-8", "ok\n", {}};
        else
            response = {503, "text/plain; charset=utf-8", "database unreachable\n", {}};
    } else if (request.path == "/v1/reports") {
        route = "/v1/reports";
        response = m_reports->answer(request, [this] { return threadDatabase(); });
    } else if (request.path == "/metrics") {
        route = "/metrics";
        response = request.method == "GET" ? HttpResponse{200, "text/plain; version=0.0.4", m_metrics.prometheusText(m_pipeline->stats(), m_mailbox.get()), {}}
                                           : HttpResponse::error(405, tr("Use GET for /metrics."));
    } else {
        response = HttpResponse::error(404, tr("No such endpoint: %1 %2.")
                                                .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path).left(200)));
    }
    if (response.status == 405 && !response.headers.contains("Allow"))
        response.headers.insert("Allow", "GET, HEAD");
    m_metrics.requestServed(route, response.status, double(timer.nsecsElapsed()) / 1e9);
    return response;
}

} // namespace desk
