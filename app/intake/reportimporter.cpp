// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"

#include "store/auditlog.h"
#include "store/bulkreportwriter.h"
#include "core/csv.h"
#include "submission.h"
#include "core/logging.h"
#include "store/database.h"
#include "store/servicerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace desk {

namespace {

const QStringList kColumns{QStringLiteral("external_ref"),  QStringLiteral("received_at"),
                           QStringLiteral("channel"),       QStringLiteral("customer_ref"),
                           QStringLiteral("customer_name"), QStringLiteral("customer_email"),
                           QStringLiteral("language"),      QStringLiteral("subject"),
                           QStringLiteral("body"),          QStringLiteral("service")};


} // namespace

ReportImporter::ReportImporter(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

QString ReportImporter::validate(const Fields &f, ReportRow *row) const
{
    Submission::CheckOptions options;
    options.requireRef = true;
    options.requireReceivedAt = true;
    options.defaultChannel = Channel::Import;
    options.limitOtherFields = false; // files from the team's own systems: only the report's limits
    const QList<FieldProblem> problems = Submission::check(f, m_serviceIds, row, options);
    return problems.isEmpty() ? QString() : problems.first().message;
}

ReportImporter::Format ReportImporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
        return Format::JsonLines;
    return Format::Auto;
}

char ReportImporter::csvSeparator(const QByteArray &header)
{
    qsizetype commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : header) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

Result<ImportSummary> ReportImporter::importFile(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (format == Format::Auto)
        format = formatOf(path);
    if (format == Format::Auto)
        return Error::invalid(tr("Cannot tell the format of %1: name it .jsonl or .csv.").arg(path));

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
        return writer.add(row);
    };
    // Every 1,000 rows: how far, and whether the person still wants it.
    const qint64 total = file.size();
    const auto checkpoint = [&]() -> Status {
        if (summary.read % 1000 != 0)
            return {};
        if (m_progress)
            m_progress(summary.read, file.pos(), total);
        if (m_cancelled && m_cancelled())
            return Error::invalid(tr("The import was cancelled: nothing of it was kept."));
        return {};
    };

    if (format == Format::JsonLines) {
        qint64 lineNo = 0;
        while (!file.atEnd()) {
            QByteArray bytes = file.readLine();
            ++lineNo;
            if (bytes.trimmed().isEmpty())
                continue;
            QString text;
            if (!Submission::decodeUtf8(bytes, &text)) {
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
            if (Status s = checkpoint(); !s.ok()) {
                writer.rollback();
                return s.error();
            }
        }
    } else {
        const char separator = csvSeparator(file.peek(64 * 1024).split('\n').value(0));
        CsvReader reader(&file, separator);
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
                if (!Submission::decodeUtf8(record.at(i), &value)) {
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
            if (Status s = checkpoint(); !s.ok()) {
                writer.rollback();
                return s.error();
            }
        }
    }
    if (m_progress)
        m_progress(summary.read, total, total);

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
