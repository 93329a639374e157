// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "httpserver.h"
#include "serviceconfig.h"

namespace desk {

class Database;

/**
 * `POST /v1/reports`: a report from the contact form. A sending system authenticates with
 * `Authorization: Bearer <token>`; a public browser form carries its token in the `form_token`
 * field and is accepted only from the token's allowed origins, with a `website` field left empty
 * (people never see it; robots fill it in). An `Idempotency-Key` or a repeated `external_ref`
 * gets the first answer and creates nothing. JSON gets `201` with the reference; a browser form
 * is sent to the thank-you page (`303`) with `?reference=…`.
 */
class ReportEndpoint final
{
public:
    explicit ReportEndpoint(const ServiceConfig &config) : m_config(config) {}
    /** Answers one request on `db` (the calling server thread's connection). */
    HttpResponse answer(const HttpRequest &request, Database &db) const;
    /** 503 with Retry-After: the database does not answer; the sender tries again. */
    static HttpResponse unavailable();

private:
    HttpResponse stored(bool browserForm, int status, Id id, const QString &reference) const;

    ServiceConfig m_config;
};

} // namespace desk
