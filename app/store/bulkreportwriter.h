// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace desk {

class Database;

/** One report as the bulk path stores it: keys already resolved to ids and keys. */
struct ReportRow
{
    QString externalRef;
    qint64 receivedAtMs = 0;
    QString channel;
    QString customerRef;
    QString customerName;
    QString customerEmail;
    QString language;
    QString subject;
    QString body;
    Id serviceId = 0;
    QString attachments;
    QString status = QStringLiteral("new");
    Id incidentId = 0;
};

struct BulkStats
{
    qint64 inserted = 0;
    qint64 alreadyPresent = 0; // same external reference already in the database
};

/**
 * Loads many reports in one transaction: a prepared statement on SQLite (one transaction,
 * no round trips), COPY into a staging table on PostgreSQL. Rows whose external reference
 * is already stored are skipped, so a repeated import adds nothing.
 */
class BulkReportWriter final
{
public:
    explicit BulkReportWriter(Database &db);
    ~BulkReportWriter();
    Q_DISABLE_COPY_MOVE(BulkReportWriter)

    Status begin();
    Status add(const ReportRow &row);
    Result<BulkStats> commit();
    void rollback();

private:
    Status flushCopy();
    Status flushSqlite();
    Status prepareInitialLoadSqlite();
    Status prepareInitialLoadPostgres();
    Result<BulkStats> finishInitialLoadPostgres();
    Status finishInitialLoadSqlite();

    Database &m_db;
    struct SqliteState;
    std::unique_ptr<SqliteState> m_sqlite;
    QByteArray m_copyBuffer;
    qint64 m_pending = 0;
    qint64 m_copied = 0;
    QList<QByteArray> m_pgRebuild; // CREATE INDEX statements to run at commit
    BulkStats m_stats;
    bool m_open = false;
    bool m_copying = false;
};

} // namespace desk
