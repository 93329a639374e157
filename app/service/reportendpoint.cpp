// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportendpoint.h"

#include "intake/intakedirectory.h"
#include "intake/intakepipeline.h"
#include "intake/submission.h"
#include "servicemetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace desk {

namespace {
using Kind = IntakeOutcome::Kind;

HttpResponse unauthorized(const QString &message)
{
    HttpResponse r = HttpResponse::error(401, message);
    r.headers.insert("WWW-Authenticate", "Bearer realm=\"incident-desk\"");
    return r;
}

HttpResponse tooMany(int seconds, const QString &message)
{
    HttpResponse r = HttpResponse::error(429, message.arg(seconds));
    r.headers.insert("Retry-After", QByteArray::number(seconds));
    return r;
}
} // namespace

ReportEndpoint::ReportEndpoint(const ServiceConfig &config, IntakeDirectory &directory, IntakePipeline &pipeline,
                               ServiceMetrics &metrics)
    : m_config(config), m_directory(directory), m_pipeline(pipeline), m_metrics(metrics),
      m_perAddress(config.reportsPerMinutePerAddress / 60.0, config.reportsPerMinutePerAddress),
      m_perToken(config.reportsPerSecondPerToken, 2.0 * config.reportsPerSecondPerToken)
{
}

HttpResponse ReportEndpoint::unavailable(const QString &message)
{
    HttpResponse r = HttpResponse::error(503, message.isEmpty() ? tr("The team database cannot be reached; send the report again in a minute.")
                                                                : message);
    r.headers.insert("Retry-After", "30");
    return r;
}

HttpResponse ReportEndpoint::refuse(const char *reason, HttpResponse response)
{
    m_metrics.rejected(reason);
    return response;
}

QByteArray ReportEndpoint::clientAddress(const HttpRequest &request) const
{
    // Behind nginx every request comes from the proxy: the client is the last address in
    // X-Forwarded-For that is not one of our proxies. Anyone else's header is ignored.
    QHostAddress client = request.peer;
    if (m_config.trustedProxies.contains(client)) {
        const QList<QByteArray> chain = request.headers.value("x-forwarded-for").split(',');
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            QHostAddress hop;
            if (!hop.setAddress(QString::fromLatin1(it->trimmed())))
                break;
            client = hop;
            if (!m_config.trustedProxies.contains(hop))
                break;
        }
    }
    return client.toString().toLatin1();
}

HttpResponse ReportEndpoint::stored(bool browserForm, const IntakeOutcome &outcome) const
{
    const int status = outcome.kind == Kind::Created ? 201 : outcome.kind == Kind::Queued ? 202 : 200;
    if (browserForm && m_config.thankYouUrl.isValid()) {
        QUrl thanks = m_config.thankYouUrl;
        QUrlQuery query(thanks);
        query.addQueryItem(QStringLiteral("reference"), outcome.reference);
        thanks.setQuery(query);
        HttpResponse r{303, "text/plain; charset=utf-8", "See " + thanks.toEncoded() + '\n', {}};
        r.headers.insert("Location", thanks.toEncoded());
        return r;
    }
    QJsonObject answer{{QStringLiteral("reference"), outcome.reference},
                       {QStringLiteral("status"), status == 201   ? QStringLiteral("created")
                                                  : status == 202 ? QStringLiteral("queued")
                                                                  : QStringLiteral("already received")}};
    if (outcome.id > 0)
        answer.insert(QStringLiteral("id"), outcome.id);
    return HttpResponse::json(status, QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
}

HttpResponse ReportEndpoint::answer(const HttpRequest &request, const std::function<Database *()> &database)
{
    if (request.method != "POST") {
        HttpResponse r = HttpResponse::error(405, tr("Send reports with POST."));
        r.headers.insert("Allow", "POST");
        return refuse("method", r);
    }
    if (auto wait = m_perAddress.take(clientAddress(request)))
        return refuse("rate_limited", tooMany(*wait, tr("Too many reports from this address; try again in %1 s.")));
    const QByteArray type = request.headers.value("content-type");
    Submission::Parsed parsed = Submission::parse(type, request.body);
    if (parsed.status == 400 || parsed.status == 413 || parsed.status == 415)
        return refuse(parsed.status == 400 ? "malformed" : parsed.status == 413 ? "too_large" : "content_type",
                      HttpResponse::error(parsed.status, parsed.message));
    const bool browserForm = !type.trimmed().toLower().startsWith("application/json");

    // Who sends it: a system with its token in the header, or a form with its token and origin.
    QString secret;
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.startsWith("Bearer "))
        secret = QString::fromLatin1(authorization.mid(7).trimmed());
    else if (browserForm)
        secret = parsed.fields.take(QStringLiteral("form_token")).trimmed();
    if (secret.isEmpty())
        return refuse("unauthorized", unauthorized(tr("Send the intake token: Authorization: Bearer <token>, or a form_token "
                                                      "field in a web form.")));
    auto token = m_directory.token(secret, database);
    if (!token.ok())
        return token.error().code == Error::Code::NotFound ? refuse("unauthorized", unauthorized(token.errorString()))
                                                           : refuse("unavailable", unavailable());
    const QString origin = QString::fromLatin1(request.headers.value("origin"));
    if (!origin.isEmpty() && !token->allowedOrigins.contains(origin))
        return refuse("origin", HttpResponse::error(403, tr("This token does not accept reports from %1; an administrator can "
                                                            "allow that origin (intake token add … --origin).")
                                                             .arg(origin.left(200))));
    if (auto wait = m_perToken.take(QByteArray::number(token->id)))
        return refuse("rate_limited", tooMany(*wait, tr("Too many reports with this token; try again in %1 s.")));
    // The honeypot: people never see the field; a robot that fills it in is answered as if it worked.
    if (browserForm && !parsed.fields.take(QStringLiteral("website")).trimmed().isEmpty()) {
        m_metrics.rejected("honeypot");
        return stored(browserForm, {Kind::Created, 0, QString(), {}});
    }

    auto services = m_directory.services(database);
    if (!services.ok())
        return refuse("unavailable", unavailable());
    IntakeItem item;
    QList<FieldProblem> problems = parsed.problems;
    problems += Submission::check(parsed.fields, services.value(), &item.row, {});
    if (!problems.isEmpty()) {
        QJsonArray fields;
        for (const FieldProblem &p : problems)
            fields.append(QJsonObject{{QStringLiteral("field"), p.field}, {QStringLiteral("message"), p.message}});
        const QJsonObject body{{QStringLiteral("error"), problems.first().message}, {QStringLiteral("fields"), fields}};
        return refuse("invalid", HttpResponse::json(422, QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n'));
    }
    if (item.row.externalRef.isEmpty())
        item.row.externalRef = QStringLiteral("WEB-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
    item.tokenId = token->id;
    item.idempotencyKey = QString::fromLatin1(request.headers.value("idempotency-key")).trimmed().left(200);
    item.files = parsed.files;

    const IntakeOutcome outcome = m_pipeline.submit(std::move(item));
    switch (outcome.kind) {
    case Kind::Created:
    case Kind::AlreadyReceived:
    case Kind::Queued:
        return stored(browserForm, outcome);
    case Kind::NotKept:
        return refuse("unavailable", unavailable(outcome.message));
    case Kind::Failed:
        break;
    }
    return refuse("failed", HttpResponse::error(500, outcome.message));
}

} // namespace desk
