// SPDX-License-Identifier: GPL-3.0-or-later
#include "submission.h"

#include "core/clock.h"
#include "store/bulkreportwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUrl>

namespace desk {

namespace {
Submission::Parsed refuse(int status, const QString &message)
{
    Submission::Parsed p;
    p.status = status;
    p.message = message;
    return p;
}

/** The value of `name` in a header such as `form-data; name="x"; filename="y"`, unquoted. */
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
        return value;
    }
    return {};
}

/** A file name as sent, made safe: no folders, no control characters, not empty, not too long. */
QString safeFileName(const QString &sent)
{
    QString name = sent.section(u'/', -1).section(u'\\', -1);
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c == u'\0'; });
    name = name.trimmed().left(200);
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    return name;
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: the contact form writes UTC
    return t;
}
} // namespace

bool Submission::decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

Submission::Parsed Submission::parse(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type == "application/json")
        return parseJson(body);
    if (type == "application/x-www-form-urlencoded")
        return parseForm(body);
    if (type == "multipart/form-data") {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty() || boundary.size() > 70)
            return refuse(400, tr("multipart/form-data needs a boundary parameter of 1 to 70 characters."));
        return parseMultipart(boundary, body);
    }
    return refuse(415, tr("Send the report as application/json, application/x-www-form-urlencoded or "
                          "multipart/form-data (Content-Type was “%1”).")
                           .arg(QString::fromLatin1(contentType.left(100))));
}

Submission::Parsed Submission::parseJson(const QByteArray &body)
{
    QString text;
    if (!decodeUtf8(body, &text))
        return refuse(400, tr("The body is not valid UTF-8."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(400, tr("The body is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return refuse(400, tr("The body must be one JSON object with the report's fields."));
    const QJsonObject o = doc.object();
    if (o.size() > kMaxFields)
        return refuse(413, tr("The report has %1 fields; a report has at most %2.").arg(o.size()).arg(kMaxFields));
    Parsed p;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            p.fields.insert(it.key().toLower(), it.value().toString());
        else if (it.value().isDouble())
            p.fields.insert(it.key().toLower(), QString::number(it.value().toDouble(), 'g', 17));
        else if (!it.value().isNull())
            p.problems.append({it.key(), tr("must be text")});
    }
    if (!p.problems.isEmpty())
        p.status = 422;
    return p;
}

Submission::Parsed Submission::parseForm(const QByteArray &body)
{
    Parsed p;
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > kMaxFields)
        return refuse(413, tr("The form has %1 fields; a report has at most %2.").arg(pairs.size()).arg(kMaxFields));
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name = QByteArray::fromPercentEncoding(name.replace('+', ' '));
        value = QByteArray::fromPercentEncoding(value.replace('+', ' '));
        QString n, v;
        if (!decodeUtf8(name, &n) || !decodeUtf8(value, &v))
            return refuse(400, tr("The form is not valid UTF-8: send it with accept-charset=\"UTF-8\"."));
        p.fields.insert(n.toLower(), v);
    }
    return p;
}

Submission::Parsed Submission::parseMultipart(const QByteArray &boundary, const QByteArray &body)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return refuse(400, tr("The multipart body does not contain its boundary."));
    Parsed p;
    int parts = 0;
    for (;;) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            break; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return refuse(400, tr("A multipart boundary must be followed by CRLF."));
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return refuse(400, tr("A part of the multipart body is cut off (no closing boundary)."));
        if (++parts > kMaxFields)
            return refuse(413, tr("The form has more than %1 parts.").arg(kMaxFields));
        QByteArray disposition;
        QByteArray type = "application/octet-stream";
        for (const QByteArray &line : body.mid(at, headersEnd - at).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toLower();
            if (key == "content-disposition")
                disposition = l.mid(colon + 1).trimmed();
            else if (key == "content-type")
                type = l.mid(colon + 1).trimmed().left(100);
        }
        const QByteArray data = body.mid(headersEnd + 4, next - headersEnd - 4);
        const QByteArray rawName = parameter(disposition, "name");
        QString name;
        if (rawName.isEmpty() || !decodeUtf8(rawName, &name))
            return refuse(400, tr("Every part of the form needs a UTF-8 name in its Content-Disposition."));
        const QByteArray rawFile = parameter(disposition, "filename");
        if (disposition.contains("filename")) {
            if (data.isEmpty() && rawFile.isEmpty()) {
                at = next + 2;
                continue; // a file input left empty
            }
            if (data.size() > kMaxFileBytes)
                return refuse(413, tr("The file “%1” has %2 bytes; the limit is %3 (10 MiB).")
                                       .arg(safeFileName(QString::fromUtf8(rawFile)))
                                       .arg(data.size())
                                       .arg(kMaxFileBytes));
            if (p.files.size() >= kMaxFiles)
                return refuse(413, tr("At most %1 files go with one report.").arg(kMaxFiles));
            p.files.append({safeFileName(QString::fromUtf8(rawFile)), type, data});
        } else {
            QString value;
            if (!decodeUtf8(data, &value))
                return refuse(400, tr("The field “%1” is not valid UTF-8.").arg(name.left(60)));
            p.fields.insert(name.toLower(), value);
        }
        at = next + 2;
    }
    return p;
}

QList<FieldProblem> Submission::check(const QHash<QString, QString> &f, const QHash<QString, Id> &serviceKeys,
                                      ReportRow *row, const CheckOptions &options)
{
    QList<FieldProblem> problems;
    auto problem = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (options.limitOtherFields) {
        for (auto it = f.cbegin(); it != f.cend(); ++it) {
            if (it.value().contains(QChar(0)))
                problems.append({it.key(), tr("%1 contains a NUL character").arg(it.key().left(60))});
            else if (it.key() != QLatin1String("body") && it.key() != QLatin1String("subject")
                     && it.value().size() > kMaxFieldChars)
                problems.append({it.key(), tr("%1 is longer than %2 characters").arg(it.key().left(60)).arg(kMaxFieldChars)});
        }
    }
    row->externalRef = f.value(QStringLiteral("external_ref")).trimmed();
    if (row->externalRef.isEmpty() && options.requireRef)
        problem("external_ref", tr("external_ref is missing"));
    if (row->externalRef.size() > 200)
        problem("external_ref", tr("external_ref is longer than 200 characters"));

    const QString received = f.value(QStringLiteral("received_at")).trimmed();
    if (received.isEmpty() && options.requireReceivedAt)
        problem("received_at", tr("received_at is missing"));
    const QDateTime at = received.isEmpty() ? Clock::now() : parseTime(received);
    if (!at.isValid())
        problem("received_at",
                tr("received_at '%1' is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)").arg(received.left(40)));
    row->receivedAtMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;

    row->channel = f.value(QStringLiteral("channel")).trimmed();
    if (row->channel.isEmpty())
        row->channel = toKey(options.defaultChannel);
    if (!fromKey<Channel>(row->channel))
        problem("channel", tr("channel '%1' is unknown (use contact_form, email, phone or import)").arg(row->channel.left(40)));

    row->language = f.value(QStringLiteral("language")).trimmed().toLower();
    if (row->language.isEmpty())
        row->language = toKey(Language::En);
    if (!fromKey<Language>(row->language))
        problem("language", tr("language '%1' is not supported (use it, en, fr, de or es)").arg(row->language.left(20)));

    row->subject = f.value(QStringLiteral("subject")).trimmed();
    row->body = f.value(QStringLiteral("body"));
    if (row->subject.isEmpty() && row->body.trimmed().isEmpty())
        problem("body", tr("both subject and body are empty"));
    if (row->subject.size() > kMaxSubjectChars)
        problem("subject", tr("subject has %1 characters; the limit is %2").arg(row->subject.size()).arg(kMaxSubjectChars));
    if (row->body.size() > kMaxBodyChars)
        problem("body", tr("body has %1 characters; the limit is %2 (attach long logs as files instead)")
                            .arg(row->body.size())
                            .arg(kMaxBodyChars));
    if (row->subject.isEmpty())
        row->subject = row->body.trimmed().left(80);

    row->customerRef = f.value(QStringLiteral("customer_ref")).trimmed();
    row->customerName = f.value(QStringLiteral("customer_name")).trimmed();
    row->customerEmail = f.value(QStringLiteral("customer_email")).trimmed();
    if (!row->customerEmail.isEmpty()
        && (!row->customerEmail.contains(u'@') || row->customerEmail.contains(u' ') || row->customerEmail.size() > 254))
        problem("customer_email", tr("customer_email '%1' is not an e-mail address").arg(row->customerEmail.left(60)));
    if (row->customerRef.isEmpty())
        row->customerRef = row->customerEmail;

    const QString service = f.value(QStringLiteral("service")).trimmed();
    row->serviceId = 0;
    if (!service.isEmpty()) {
        const auto it = serviceKeys.constFind(service);
        if (it == serviceKeys.constEnd()) {
            QStringList known = serviceKeys.keys();
            known.sort();
            problem("service", tr("service '%1' is unknown (known services: %2)").arg(service.left(40), known.join(u", ")));
        } else {
            row->serviceId = it.value();
        }
    }
    row->status = QStringLiteral("new");
    row->incidentId = 0;
    row->attachments.clear();
    return problems;
}

} // namespace desk
