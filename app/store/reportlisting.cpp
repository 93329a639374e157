// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlisting.h"

#include "core/clock.h"
#include "database.h"
#include "reportrepository.h"

#include <QHash>
#include <QSqlQuery>

namespace desk::ReportListing {

namespace {

struct Sql
{
    QString joins;
    QString where;
    QVariantList values;
};

template<typename E>
void addIn(Sql &sql, const QString &column, const QList<E> &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const E &v : values) {
        marks << QStringLiteral("?");
        sql.values << toKey(v);
    }
    sql.where += QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(u',') + u')';
}

Sql build(Database &db, const ReportQuery &q, bool *nothing)
{
    Sql sql;
    *nothing = false;
    addIn(sql, QStringLiteral("r.status"), q.statuses);
    addIn(sql, QStringLiteral("r.channel"), q.channels);
    addIn(sql, QStringLiteral("r.language"), q.languages);
    if (!q.serviceKeys.isEmpty()) {
        // Resolved here, so the planner sees plain ids and can walk the (service, received) index.
        QStringList ids;
        auto services = db.exec(QStringLiteral("SELECT key, id FROM services"));
        if (services.ok()) {
            while (services.value().next()) {
                if (q.serviceKeys.contains(services.value().value(0).toString()))
                    ids << QString::number(services.value().value(1).toLongLong());
            }
        }
        if (ids.isEmpty())
            *nothing = true;
        else
            sql.where += QStringLiteral(" AND r.service_id IN (") + ids.join(u',') + u')';
    }
    if (q.receivedAfter.isValid()) {
        sql.where += QStringLiteral(" AND r.received_at >= ?");
        sql.values << toMs(q.receivedAfter);
    }
    if (q.receivedBefore.isValid()) {
        sql.where += QStringLiteral(" AND r.received_at < ?");
        sql.values << toMs(q.receivedBefore);
    }
    if (q.claimedBy == QLatin1String("-")) {
        sql.where += QStringLiteral(" AND (r.claimed_by IS NULL OR r.claim_until < ?)");
        sql.values << Clock::nowMs();
    } else if (!q.claimedBy.isEmpty()) {
        sql.where += QStringLiteral(" AND r.claimed_by = ? AND r.claim_until >= ?");
        sql.values << q.claimedBy << Clock::nowMs();
    }
    if (!q.text.trimmed().isEmpty()) {
        if (db.isPostgres()) {
            sql.where += QStringLiteral(" AND desk_report_document(r.subject, r.body, r.customer_name) @@ "
                                        "plainto_tsquery('simple', ?)");
            sql.values << q.text;
        } else {
            const QString match = ReportRepository::ftsQuery(q.text);
            if (match.isEmpty()) {
                *nothing = true; // only punctuation: no word to look for
            } else {
                sql.where += QStringLiteral(" AND r.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)");
                sql.values << match;
            }
        }
    }
    return sql;
}

QString orderBy(const ReportQuery &q)
{
    const QString dir = q.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (q.sort) {
    case ReportQuery::SortKey::Received:
        column = QStringLiteral("r.received_at");
        break;
    case ReportQuery::SortKey::Customer:
        column = QStringLiteral("r.customer_name");
        break;
    case ReportQuery::SortKey::Channel:
        column = QStringLiteral("r.channel");
        break;
    case ReportQuery::SortKey::Language:
        column = QStringLiteral("r.language");
        break;
    case ReportQuery::SortKey::Service:
        column = QStringLiteral("r.service_id");
        break;
    case ReportQuery::SortKey::Subject:
        column = QStringLiteral("r.subject");
        break;
    case ReportQuery::SortKey::Status:
        column = QStringLiteral("r.status");
        break;
    case ReportQuery::SortKey::Incident:
        column = QStringLiteral("r.incident_id");
        break;
    case ReportQuery::SortKey::ClaimedBy:
        column = QStringLiteral("r.claimed_by");
        break;
    }
    // The id breaks ties so the order is stable between two reads.
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", r.id") + dir;
}

} // namespace

Result<QList<Id>> ids(Database &db, const ReportQuery &query, int limit)
{
    bool nothing = false;
    Sql sql = build(db, query, &nothing);
    if (nothing)
        return QList<Id>();
    QString from = QStringLiteral("SELECT r.id FROM reports r");
    if (!db.isPostgres() && !query.text.trimmed().isEmpty() && query.sort == ReportQuery::SortKey::Received) {
        // A common word matches tens of thousands of reports: walking the time index newest first
        // and keeping the matches beats sorting them all. A rare word is the other way round.
        auto matches = db.scalar(QStringLiteral("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH ?"),
                                 {ReportRepository::ftsQuery(query.text)});
        if (matches.ok() && matches.value().toLongLong() > 5000)
            from += QStringLiteral(" INDEXED BY reports_received");
    }
    QString statement = from + QStringLiteral(" WHERE 1 = 1") + sql.where + orderBy(query);
    if (limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        sql.values << limit;
    }
    auto q = db.exec(statement, sql.values);
    if (!q.ok())
        return q.error();
    QList<Id> out;
    if (limit > 0)
        out.reserve(limit);
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<QList<ReportSummary>> rows(Database &db, const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<ReportSummary>();
    QStringList marks;
    for (Id id : ids)
        marks << QString::number(id); // ids are numbers we produced: safe to inline, and one round trip
    auto q = db.exec(QStringLiteral("SELECT r.id, r.received_at, r.customer_name, r.customer_ref, r.channel, r.language, "
                                    "s.key, r.subject, r.status, i.reference, r.claimed_by, r.claim_until, r.version, i.state, "
                                    "i.last_delivered_at, i.acknowledged_at, i.cadence_minutes, "
                                    "r.attachments <> '[]', i.undelivered_updates "
                                    "FROM reports r LEFT JOIN services s ON s.id = r.service_id "
                                    "LEFT JOIN incidents i ON i.id = r.incident_id WHERE r.id IN (")
                         + marks.join(u',') + u')');
    if (!q.ok())
        return q.error();
    QHash<Id, ReportSummary> byId;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ReportSummary s;
        s.id = r.value(0).toLongLong();
        s.receivedAt = fromMs(r.value(1).toLongLong());
        s.customerName = r.value(2).toString();
        s.customerRef = r.value(3).toString();
        s.channel = fromKey<Channel>(r.value(4).toString()).value_or(Channel::ContactForm);
        s.language = fromKey<Language>(r.value(5).toString()).value_or(Language::En);
        s.serviceKey = r.value(6).toString();
        s.subject = r.value(7).toString();
        s.status = fromKey<ReportStatus>(r.value(8).toString()).value_or(ReportStatus::New);
        s.incidentReference = r.value(9).toString();
        s.claimedBy = r.value(10).toString();
        s.claimUntil = fromMs(r.value(11).toLongLong());
        s.version = r.value(12).toInt();
        s.incidentState = fromKey<IncidentState>(r.value(13).toString()).value_or(IncidentState::Reported);
        s.incidentLastDelivered = fromMs(r.value(14).toLongLong());
        s.incidentAcknowledged = fromMs(r.value(15).toLongLong());
        s.incidentCadenceMinutes = r.value(16).toInt();
        s.hasFiles = r.value(17).toBool();
        s.incidentUndelivered = r.value(18).toInt();
        byId.insert(s.id, s);
    }
    QList<ReportSummary> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.append(it.value());
    }
    return out;
}

Result<QList<UnlinkedReport>> recentUnlinked(Database &db, qint64 sinceMs)
{
    auto q = db.exec(QStringLiteral("SELECT s.key, s.name, r.id, r.received_at FROM reports r "
                                    "JOIN services s ON s.id = r.service_id WHERE r.received_at >= ? "
                                    "AND r.incident_id IS NULL AND r.status IN ('new', 'claimed') "
                                    "ORDER BY s.key, r.received_at"),
                     {sinceMs});
    if (!q.ok())
        return q.error();
    QList<UnlinkedReport> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toLongLong(),
                    fromMs(q.value().value(3).toLongLong())});
    return out;
}

} // namespace desk::ReportListing
