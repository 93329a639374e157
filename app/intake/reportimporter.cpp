// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"

#include "store/auditlog.h"
#include "store/bulkreportwriter.h"
#include "core/csv.h"
#include "core/logging.h"
#include "store/database.h"
#include "store/servicerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace desk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("desk::ReportImporter", text);
}

const QStringList kColumns{QStringLiteral("external_ref"),  QStringLiteral("received_at"),
                           QStringLiteral("channel"),       QStringLiteral("customer_ref"),
                           QStringLiteral("customer_name"), QStringLiteral("customer_email"),
                           QStringLiteral("language"),      QStringLiteral("subject"),
                           QStringLiteral("body"),          QStringLiteral("service")};

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
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

ReportImporter::ReportImporter(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

QString ReportImporter::validate(const Fields &f, ReportRow *row) const
{
    row->externalRef = f.value(QStringLiteral("external_ref")).trimmed();
    if (row->externalRef.isEmpty())
        return tr("external_ref is missing");
    if (row->externalRef.size() > 200)
        return tr("external_ref is longer than 200 characters");

    const QString received = f.value(QStringLiteral("received_at")).trimmed();
    if (received.isEmpty())
        return tr("received_at is missing");
    const QDateTime at = parseTime(received);
    if (!at.isValid())
        return tr("received_at '%1' is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)").arg(received.left(40));
    row->receivedAtMs = at.toMSecsSinceEpoch();

    row->channel = f.value(QStringLiteral("channel")).trimmed();
    if (row->channel.isEmpty())
        row->channel = toKey(Channel::Import);
    if (!fromKey<Channel>(row->channel))
        return tr("channel '%1' is unknown (use contact_form, email, phone or import)").arg(row->channel.left(40));

    row->language = f.value(QStringLiteral("language")).trimmed().toLower();
    if (row->language.isEmpty())
        row->language = toKey(Language::En);
    if (!fromKey<Language>(row->language))
        return tr("language '%1' is not supported (use it, en, fr, de or es)").arg(row->language.left(20));

    row->subject = f.value(QStringLiteral("subject")).trimmed();
    row->body = f.value(QStringLiteral("body"));
    if (row->subject.isEmpty() && row->body.trimmed().isEmpty())
        return tr("both subject and body are empty");
    if (row->subject.size() > kMaxSubjectChars)
        return tr("subject has %1 characters; the limit is %2").arg(row->subject.size()).arg(kMaxSubjectChars);
    if (row->body.size() > kMaxBodyChars)
        return tr("body has %1 characters; the limit is %2 (attach long logs as files instead)")
            .arg(row->body.size())
            .arg(kMaxBodyChars);
    if (row->subject.isEmpty())
        row->subject = row->body.trimmed().left(80);

    row->customerRef = f.value(QStringLiteral("customer_ref")).trimmed();
    row->customerName = f.value(QStringLiteral("customer_name")).trimmed();
    row->customerEmail = f.value(QStringLiteral("customer_email")).trimmed();
    if (!row->customerEmail.isEmpty()
        && (!row->customerEmail.contains(u'@') || row->customerEmail.contains(u' ') || row->customerEmail.size() > 254))
        return tr("customer_email '%1' is not an e-mail address").arg(row->customerEmail.left(60));
    if (row->customerRef.isEmpty())
        row->customerRef = row->customerEmail;

    const QString service = f.value(QStringLiteral("service")).trimmed();
    row->serviceId = 0;
    if (!service.isEmpty()) {
        const auto it = m_serviceIds.constFind(service);
        if (it == m_serviceIds.constEnd()) {
            QStringList known = m_serviceIds.keys();
            known.sort();
            return tr("service '%1' is unknown (known services: %2)").arg(service.left(40), known.join(u", "));
        }
        row->serviceId = it.value();
    }
    row->status = QStringLiteral("new");
    row->incidentId = 0;
    row->attachments.clear();
    return {};
}

Result<ImportSummary> ReportImporter::importFile(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv"))
            format = Format::Csv;
        else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
            format = Format::JsonLines;
        else
            return Error::invalid(tr("Cannot tell the format of %1: name it .jsonl or .csv.").arg(path));
    }

    auto services = ServiceRepository(m_db).idsByKey();
    if (!services.ok())
        return services.error();
    m_serviceIds = services.value();

    ImportSummary summary;
    QHash<QString, qint64> seenRefs; // external_ref → line, to catch duplicates inside the file
    const auto reject = [&summary](qint64 line, const QString &reason) {
        ++summary.rejected;
        if (summary.issues.size() < ImportSummary::kMaxIssues)
            summary.issues.append({line, reason});
    };

    BulkReportWriter writer(m_db);
    if (Status s = writer.begin(); !s.ok())
        return s.error();

    const auto take = [&](qint64 line, const Fields &fields) -> Status {
        ++summary.read;
        ReportRow row;
        const QString problem = validate(fields, &row);
        if (!problem.isEmpty()) {
            reject(line, problem);
            return {};
        }
        if (const auto it = seenRefs.constFind(row.externalRef); it != seenRefs.constEnd()) {
            reject(line, tr("external_ref '%1' already appears on line %2").arg(row.externalRef).arg(it.value()));
            return {};
        }
        seenRefs.insert(row.externalRef, line);
        if (m_strict && summary.rejected > 0)
            return {}; // nothing will be written; keep validating to list every problem
        if (m_progress && summary.read % 10000 == 0)
            m_progress(summary.read);
        return writer.add(row);
    };

    if (format == Format::JsonLines) {
        qint64 lineNo = 0;
        while (!file.atEnd()) {
            QByteArray bytes = file.readLine();
            ++lineNo;
            if (bytes.trimmed().isEmpty())
                continue;
            QString text;
            if (!decodeUtf8(bytes, &text)) {
                ++summary.read;
                reject(lineNo, tr("the line is not valid UTF-8 text; save the file as UTF-8"));
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                ++summary.read;
                reject(lineNo, error.error != QJsonParseError::NoError
                                   ? tr("not valid JSON (%1 at column %2)").arg(error.errorString()).arg(error.offset + 1)
                                   : tr("the line is not a JSON object"));
                continue;
            }
            const QJsonObject object = doc.object();
            Fields fields;
            for (const QString &column : kColumns) {
                const QJsonValue v = object.value(column);
                fields.insert(column, v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
            }
            if (const QJsonValue customer = object.value(QStringLiteral("customer")); customer.isObject()) {
                const QJsonObject c = customer.toObject();
                fields.insert(QStringLiteral("customer_ref"), c.value(QStringLiteral("ref")).toString());
                fields.insert(QStringLiteral("customer_name"), c.value(QStringLiteral("name")).toString());
                fields.insert(QStringLiteral("customer_email"), c.value(QStringLiteral("email")).toString());
                if (fields.value(QStringLiteral("language")).isEmpty())
                    fields.insert(QStringLiteral("language"), c.value(QStringLiteral("language")).toString());
            }
            if (Status s = take(lineNo, fields); !s.ok()) {
                writer.rollback();
                return s.error();
            }
        }
    } else {
        CsvReader reader(&file);
        QList<QByteArray> record;
        if (!reader.next(&record))
            return Error::invalid(tr("%1 is empty: a CSV import needs a header row naming its columns.").arg(path));
        QStringList header;
        for (const QByteArray &h : std::as_const(record)) {
            QString name = QString::fromUtf8(h).trimmed().toLower();
            if (name.startsWith(QChar(0xFEFF)))
                name.remove(0, 1);
            header << name;
        }
        for (const QString &required : {QStringLiteral("external_ref"), QStringLiteral("received_at")}) {
            if (!header.contains(required))
                return Error::invalid(tr("The CSV header has no '%1' column. Columns: %2.")
                                          .arg(required, kColumns.join(u", ")));
        }
        while (reader.next(&record)) {
            const qint64 line = reader.line();
            if (reader.unterminatedQuote()) {
                ++summary.read;
                reject(line, tr("a quoted field is never closed"));
                break;
            }
            if (record.size() != header.size()) {
                ++summary.read;
                reject(line, tr("%1 fields where the header has %2").arg(record.size()).arg(header.size()));
                continue;
            }
            Fields fields;
            bool valid = true;
            for (qsizetype i = 0; i < header.size(); ++i) {
                QString value;
                if (!decodeUtf8(record.at(i), &value)) {
                    valid = false;
                    break;
                }
                fields.insert(header.at(i), value);
            }
            if (!valid) {
                ++summary.read;
                reject(line, tr("the row is not valid UTF-8 text; save the file as UTF-8"));
                continue;
            }
            if (Status s = take(line, fields); !s.ok()) {
                writer.rollback();
                return s.error();
            }
        }
    }

    if (m_strict && summary.rejected > 0) {
        writer.rollback();
        return summary;
    }
    auto stats = writer.commit();
    if (!stats.ok())
        return stats.error();
    summary.inserted = stats->inserted;
    summary.alreadyPresent = stats->alreadyPresent;
    summary.committed = true;
    if (Status s = AuditLog(m_db).append(m_actor, QStringLiteral("report.import"), QStringLiteral("report"), 0, {},
                                         QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                                     {QStringLiteral("inserted"), summary.inserted},
                                                     {QStringLiteral("rejected"), summary.rejected}});
        !s.ok())
        qCWarning(lcImport) << "import audited late:" << s.errorString();
    return summary;
}

} // namespace desk
