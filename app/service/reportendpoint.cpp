// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportendpoint.h"

#include "intake/submission.h"
#include "store/bulkreportwriter.h"
#include "store/database.h"
#include "store/intaketokenrepository.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::ReportEndpoint", text);
}

const User kService{0, QStringLiteral("intake-service"), QStringLiteral("Intake"), Role::Agent, true};

HttpResponse unauthorized(const QString &message)
{
    HttpResponse r = HttpResponse::error(401, message);
    r.headers.insert("WWW-Authenticate", "Bearer realm=\"incident-desk\"");
    return r;
}

Report reportFrom(const ReportRow &row, const QString &serviceKey)
{
    Report r;
    r.externalRef = row.externalRef;
    r.receivedAt = QDateTime::fromMSecsSinceEpoch(row.receivedAtMs, Qt::UTC);
    r.channel = fromKey<Channel>(row.channel).value_or(Channel::ContactForm);
    r.customerRef = row.customerRef;
    r.customerName = row.customerName;
    r.customerEmail = row.customerEmail;
    r.language = fromKey<Language>(row.language).value_or(Language::En);
    r.subject = row.subject;
    r.body = row.body;
    r.serviceKey = serviceKey;
    return r;
}
} // namespace

HttpResponse ReportEndpoint::unavailable()
{
    HttpResponse r = HttpResponse::error(503, tr("The team database cannot be reached; send the report again in a minute."));
    r.headers.insert("Retry-After", "30");
    return r;
}

HttpResponse ReportEndpoint::stored(bool browserForm, int status, Id id, const QString &reference) const
{
    if (browserForm && m_config.thankYouUrl.isValid()) {
        QUrl thanks = m_config.thankYouUrl;
        QUrlQuery query(thanks);
        query.addQueryItem(QStringLiteral("reference"), reference);
        thanks.setQuery(query);
        HttpResponse r{303, "text/plain; charset=utf-8", "See " + thanks.toEncoded() + '\n', {}};
        r.headers.insert("Location", thanks.toEncoded());
        return r;
    }
    const QJsonObject answer{{QStringLiteral("id"), id},
                             {QStringLiteral("reference"), reference},
                             {QStringLiteral("status"), status == 201 ? QStringLiteral("created") : QStringLiteral("already received")}};
    return HttpResponse::json(status, QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
}

HttpResponse ReportEndpoint::answer(const HttpRequest &request, Database &db) const
{
    if (request.method != "POST") {
        HttpResponse r = HttpResponse::error(405, tr("Send reports with POST."));
        r.headers.insert("Allow", "POST");
        return r;
    }
    const QByteArray type = request.headers.value("content-type");
    Submission::Parsed parsed = Submission::parse(type, request.body);
    if (parsed.status == 400 || parsed.status == 413 || parsed.status == 415)
        return HttpResponse::error(parsed.status, parsed.message);
    const bool browserForm = !type.trimmed().toLower().startsWith("application/json");

    // Who sends it: a system with its token in the header, or a form with its token and origin.
    QString secret;
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.startsWith("Bearer "))
        secret = QString::fromLatin1(authorization.mid(7).trimmed());
    else if (browserForm)
        secret = parsed.fields.take(QStringLiteral("form_token")).trimmed();
    if (secret.isEmpty())
        return unauthorized(tr("Send the intake token: Authorization: Bearer <token>, or a form_token field in a web form."));
    IntakeTokenRepository tokens(db, kService);
    auto token = tokens.check(secret);
    if (!token.ok())
        return token.error().code == Error::Code::NotFound ? unauthorized(token.errorString()) : unavailable();
    const QString origin = QString::fromLatin1(request.headers.value("origin"));
    if (!origin.isEmpty() && !token->allowedOrigins.contains(origin))
        return HttpResponse::error(403, tr("This token does not accept reports from %1; an administrator can allow that "
                                           "origin (intake token add … --origin).")
                                            .arg(origin.left(200)));
    // The honeypot: people never see the field; a robot that fills it in is answered as if it worked.
    if (browserForm && !parsed.fields.take(QStringLiteral("website")).trimmed().isEmpty())
        return stored(browserForm, 201, 0, QString());

    auto services = ServiceRepository(db).idsByKey();
    if (!services.ok())
        return unavailable();
    ReportRow row;
    QList<FieldProblem> problems = parsed.problems;
    problems += Submission::check(parsed.fields, services.value(), &row, {});
    if (!parsed.files.isEmpty())
        problems.append({QStringLiteral("files"), tr("files are not accepted by this endpoint yet: send the report without them")});
    if (!problems.isEmpty()) {
        QJsonArray fields;
        for (const FieldProblem &p : problems)
            fields.append(QJsonObject{{QStringLiteral("field"), p.field}, {QStringLiteral("message"), p.message}});
        const QJsonObject body{{QStringLiteral("error"), problems.first().message}, {QStringLiteral("fields"), fields}};
        return HttpResponse::json(422, QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n');
    }
    if (row.externalRef.isEmpty())
        row.externalRef = QStringLiteral("WEB-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
    const QString key = QString::fromLatin1(request.headers.value("idempotency-key")).trimmed().left(200);

    Id id = 0;
    int status = 201;
    ReportRepository reports(db, kService);
    const Report report = reportFrom(row, parsed.fields.value(QStringLiteral("service")).trimmed());
    auto write = [&]() -> Status {
        if (!key.isEmpty()) {
            auto earlier = tokens.answered(token->id, key);
            if (!earlier.ok())
                return earlier.error();
            if (earlier.value()) {
                id = *earlier.value();
                status = 200;
                return {};
            }
        }
        auto existing = reports.byExternalRef(row.externalRef);
        if (existing.ok()) {
            id = existing->id;
            status = 200;
        } else if (existing.error().code != Error::Code::NotFound) {
            return existing.error();
        } else {
            auto inserted = reports.insert(report);
            if (!inserted.ok())
                return inserted.error();
            id = inserted.value();
        }
        return key.isEmpty() ? Status() : tokens.remember(token->id, key, id);
    };
    // Two requests with the same key or reference at once: the second one's transaction fails
    // on the unique key and, tried again, finds the first one's report.
    Status written = db.transaction(write);
    if (!written.ok() && written.error().code != Error::Code::Unavailable) {
        status = 201;
        written = db.transaction(write);
    }
    if (!written.ok())
        return written.error().code == Error::Code::Unavailable ? unavailable()
                                                                : HttpResponse::error(500, tr("The report was not stored: %1")
                                                                                               .arg(written.errorString()));
    QString reference = row.externalRef;
    if (status == 200) {
        auto first = reports.get(id);
        if (first.ok())
            reference = first->externalRef;
    }
    return stored(browserForm, status, id, reference);
}

} // namespace desk
