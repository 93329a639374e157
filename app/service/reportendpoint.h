// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "httpserver.h"
#include "ratelimiter.h"
#include "serviceconfig.h"

#include <functional>

namespace desk {

class Database;
class IntakeDirectory;
class IntakePipeline;
class ServiceMetrics;
struct IntakeOutcome;

/**
 * `POST /v1/reports`: a report from the contact form. A sending system authenticates with
 * `Authorization: Bearer <token>`; a public browser form carries its token in the `form_token`
 * field and is accepted only from the token's allowed origins, with a `website` field left empty
 * (people never see it; robots fill it in). Each client address and each token has a rate
 * limit (429 with Retry-After). An `Idempotency-Key` or a repeated `external_ref` gets the first
 * answer and creates nothing. A stored report is answered `201` with its reference, a report kept
 * in the spool while the database is away `202`; a browser form is sent to the thank-you page
 * (`303`) with `?reference=…` either way.
 */
class ReportEndpoint final
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReportEndpoint)

public:
    ReportEndpoint(const ServiceConfig &config, IntakeDirectory &directory, IntakePipeline &pipeline, ServiceMetrics &metrics);

    /** Answers one request; `database` gives the calling thread's connection (null when unreachable). */
    HttpResponse answer(const HttpRequest &request, const std::function<Database *()> &database);
    /** 503 with Retry-After: the sender tries again. */
    static HttpResponse unavailable(const QString &message = {});

private:
    HttpResponse refuse(const char *reason, HttpResponse response);
    HttpResponse stored(bool browserForm, const IntakeOutcome &outcome) const;
    QByteArray clientAddress(const HttpRequest &request) const;

    const ServiceConfig &m_config;
    IntakeDirectory &m_directory;
    IntakePipeline &m_pipeline;
    ServiceMetrics &m_metrics;
    RateLimiter m_perAddress;
    RateLimiter m_perToken;
};

} // namespace desk
