// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QMap>

namespace desk {

class Database;

/** A file sent with a report, as stored: never changed, never run, never rendered. */
struct ReportFile
{
    QString name;
    QString contentType;
    QByteArray data;
};

/** Reports from customers: reading, claiming by lease, linking, and status changes. */
class ReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReportRepository)

public:
    ReportRepository(Database &db, User actor);

    Result<Report> get(Id id) const;
    Result<Report> byExternalRef(const QString &externalRef) const;
    /** A file the customer sent with a report (its position in the report's list), bytes and all. */
    Result<ReportFile> file(Id reportId, int position) const;
    /** Inserts one report (the contact form path); returns its id. */
    Result<Id> insert(const Report &report);
    Result<QList<Report>> latest(int limit, int offset = 0) const;
    Result<QMap<ReportStatus, qint64>> countByStatus() const;
    Result<qint64> count() const;
    /** The ids of the newest reports in `status`, newest first: the top of the queue. */
    Result<QList<Id>> newestIds(ReportStatus status, int limit) const;

    /** The reporters' resolution confirmations were written at `atMs` (500 reports a statement). */
    Status markConfirmationsExported(const QList<Id> &reportIds, qint64 atMs);
    /**
     * Records an export of acknowledgement notices or resolution confirmations, with its audit
     * entry (on PostgreSQL the database writes that entry itself).
     */
    Status recordConfirmationExport(Id incidentId, bool resolution, int reports, const QStringList &formats, int files);

    /** Full-text search; any text is searched for as words, never parsed as query syntax. */
    Result<QList<Id>> search(const QString &text, int limit = 100) const;

    /**
     * Claims the report for the actor for `leaseMinutes` by compare-and-set: succeeds when it is
     * unclaimed, the lease ran out, or the actor already holds it. A lost race names the holder.
     */
    Result<Report> claim(Id id, int leaseMinutes = 30);
    Status release(Id id);
    Result<Report> linkToIncident(Id id, Id incidentId, int expectedVersion);
    Result<Report> markNotIncident(Id id, int expectedVersion);
    Result<Report> markDuplicate(Id id, Id originalId, int expectedVersion);
    /** Puts back the status, incident and original a triage action replaced (undo). */
    Result<Report> restore(Id id, ReportStatus status, Id incidentId, Id duplicateOf, int expectedVersion);
    /** Reports linked to an incident, newest first. */
    Result<QList<Report>> forIncident(Id incidentId, int limit, int offset = 0) const;
    /** The same customer's other reports, newest first. */
    Result<QList<Report>> sameCustomer(const Report &report, int limit = 20) const;

    /** Builds the text a search engine can take from what a person typed (SQLite FTS5). */
    static QString ftsQuery(const QString &text);

private:
    Result<Report> changeStatus(Id id, int expectedVersion, ReportStatus status, Id incidentId, Id duplicateOf,
                                const QString &action);
    Error conflictFor(Id id) const;

    Database &m_db;
    User m_actor;
};

} // namespace desk
