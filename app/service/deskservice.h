// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpserver.h"
#include "intake/intakedirectory.h"
#include "intake/intakepipeline.h"
#include "intake/mailboxreader.h"
#include "reportendpoint.h"
#include "serviceconfig.h"
#include "servicemetrics.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace desk {

class Database;
class DbWorker;

/**
 * The headless service: it checks the team database, answers HTTP (`/healthz`, `/metrics`,
 * `POST /v1/reports`), and stops cleanly: no new request is taken, the ones under way are
 * answered, every report taken is stored (in the team database or the spool), then it closes.
 */
class DeskService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskService)

public:
    explicit DeskService(ServiceConfig config, QObject *parent = nullptr);
    ~DeskService() override;

    /** Opens the database (and checks its schema) and starts listening. */
    Status start();
    void stop();
    quint16 port() const;
    const ServiceMetrics &metrics() const { return m_metrics; }

    /** Answers one request; runs on the HTTP server's threads. */
    HttpResponse answer(const HttpRequest &request);

private:
    void checkDatabase();
    /** Writes this instance's status row for the app's Intake page. */
    void publishStatus();
    /** The calling server thread's own connection, opened (again) when needed; null when it cannot be. */
    Database *threadDatabase() const;

    ServiceConfig m_config;
    ServiceMetrics m_metrics;
    IntakeDirectory m_directory;
    std::unique_ptr<IntakePipeline> m_pipeline;
    std::unique_ptr<MailboxReader> m_mailbox;
    class PublicationService *m_publisher = nullptr;
    class MailService *m_mailer = nullptr;
    std::unique_ptr<ReportEndpoint> m_reports;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<HttpServer> m_http;
    QTimer *m_healthTimer;
    QDateTime m_startedAt;
    int m_ticks = 0;
};

} // namespace desk
