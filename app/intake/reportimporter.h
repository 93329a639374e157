// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace desk {

class Database;
struct ReportRow;

struct ImportIssue
{
    qint64 line = 0;
    QString reason;
};

struct ImportSummary
{
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 alreadyPresent = 0;
    qint64 rejected = 0;
    bool committed = false;
    QList<ImportIssue> issues; // the first kMaxIssues, with line numbers
    static constexpr int kMaxIssues = 1000;
};

/**
 * Reads customer reports from JSON Lines (`.jsonl`, `.ndjson`) or CSV (`.csv`, header row; fields
 * separated by commas, or by semicolons as Italian and German spreadsheets save them, told from
 * the header) and loads the good ones in one transaction. Columns: external_ref, received_at (ISO 8601), channel,
 * customer_ref, customer_name, customer_email, language, subject, body, service.
 */
class ReportImporter final
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReportImporter)

public:
    enum class Format { Auto, JsonLines, Csv };

    ReportImporter(Database &db, QString actor);

    /** With strict on, one bad row means nothing is imported. */
    void setStrict(bool strict) { m_strict = strict; }
    /** Called every 1,000 rows and at the end: rows read, bytes read of the file's total. */
    void setProgress(std::function<void(qint64 rows, qint64 bytes, qint64 totalBytes)> progress)
    {
        m_progress = std::move(progress);
    }
    /** Asked as often as progress: true stops the import, and nothing of it is kept. */
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    Result<ImportSummary> importFile(const QString &path, Format format = Format::Auto);
    /** The format a file's name says (.csv; .jsonl, .ndjson, .json), or Auto when it says none. */
    static Format formatOf(const QString &path);

    static constexpr qsizetype kMaxBodyChars = 100000;
    static constexpr qsizetype kMaxSubjectChars = 500;
    /** The separator of a CSV file whose first line is `header`: ';' when it has more of them than ','. */
    static char csvSeparator(const QByteArray &header);

private:
    using Fields = QHash<QString, QString>;
    /** Validates one row; on success fills `row`, else returns the reason. */
    QString validate(const Fields &fields, ReportRow *row) const;

    Database &m_db;
    QString m_actor;
    bool m_strict = false;
    std::function<void(qint64, qint64, qint64)> m_progress;
    std::function<bool()> m_cancelled;
    QHash<QString, qint64> m_serviceIds;
};

} // namespace desk
