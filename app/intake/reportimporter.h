// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

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
 * Reads customer reports from JSON Lines (`.jsonl`, `.ndjson`) or CSV (`.csv`, header row) and
 * loads the good ones in one transaction. Columns: external_ref, received_at (ISO 8601), channel,
 * customer_ref, customer_name, customer_email, language, subject, body, service.
 */
class ReportImporter final
{
public:
    enum class Format { Auto, JsonLines, Csv };

    ReportImporter(Database &db, QString actor);

    /** With strict on, one bad row means nothing is imported. */
    void setStrict(bool strict) { m_strict = strict; }
    void setProgress(std::function<void(qint64 rows)> progress) { m_progress = std::move(progress); }

    Result<ImportSummary> importFile(const QString &path, Format format = Format::Auto);

    static constexpr qsizetype kMaxBodyChars = 100000;
    static constexpr qsizetype kMaxSubjectChars = 500;

private:
    using Fields = QHash<QString, QString>;
    /** Validates one row; on success fills `row`, else returns the reason. */
    QString validate(const Fields &fields, ReportRow *row) const;

    Database &m_db;
    QString m_actor;
    bool m_strict = false;
    std::function<void(qint64)> m_progress;
    QHash<QString, qint64> m_serviceIds;
};

} // namespace desk
