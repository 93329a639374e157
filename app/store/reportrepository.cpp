// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace desk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.external_ref, r.received_at, r.channel, r.customer_ref, r.customer_name, r.customer_email, "
    "r.language, r.subject, r.body, s.key, r.attachments, r.status, r.incident_id, r.duplicate_of, r.claimed_by, "
    "r.claim_until, r.confirmation, r.version FROM reports r LEFT JOIN services s ON s.id = r.service_id ");

Report reportFrom(const QSqlQuery &q)
{
    Report r;
    r.id = q.value(0).toLongLong();
    r.externalRef = q.value(1).toString();
    r.receivedAt = fromMs(q.value(2).toLongLong());
    r.channel = fromKey<Channel>(q.value(3).toString()).value_or(Channel::ContactForm);
    r.customerRef = q.value(4).toString();
    r.customerName = q.value(5).toString();
    r.customerEmail = q.value(6).toString();
    r.language = fromKey<Language>(q.value(7).toString()).value_or(Language::En);
    r.subject = q.value(8).toString();
    r.body = q.value(9).toString();
    r.serviceKey = q.value(10).toString();
    r.attachments = q.value(11).toString();
    r.status = fromKey<ReportStatus>(q.value(12).toString()).value_or(ReportStatus::New);
    r.incidentId = q.value(13).toLongLong();
    r.duplicateOf = q.value(14).toLongLong();
    r.claimedBy = q.value(15).toString();
    r.claimUntil = fromMs(q.value(16).toLongLong());
    r.confirmation = fromKey<ConfirmationState>(q.value(17).toString()).value_or(ConfirmationState::None);
    r.version = q.value(18).toInt();
    return r;
}

QVariant nullIfZero(Id id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}
} // namespace

ReportRepository::ReportRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Result<Report> ReportRepository::get(Id id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Report %1 no longer exists; another workstation may have removed it.").arg(id));
    return reportFrom(q.value());
}

Result<Report> ReportRepository::byExternalRef(const QString &externalRef) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.external_ref = ?"), {externalRef});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no report with the reference '%1'.").arg(externalRef));
    return reportFrom(q.value());
}

Result<ReportFile> ReportRepository::file(Id reportId, int position) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, content_type, data FROM report_attachments WHERE report_id = ? AND position = ?"),
                       {reportId, position});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(QCoreApplication::translate("desk::ReportRepository", "That file is not stored with the report."));
    return ReportFile{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toByteArray()};
}

Result<Id> ReportRepository::insert(const Report &r)
{
    auto id = m_db.scalar(
        QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, customer_ref, customer_name, "
                       "customer_email, language, subject, body, service_id, attachments, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM services WHERE key = ?), ?, ?) RETURNING id"),
        {r.externalRef, toMs(r.receivedAt), toKey(r.channel), r.customerRef, r.customerName, r.customerEmail,
         toKey(r.language), r.subject, r.body, r.serviceKey,
         r.attachments.isEmpty() ? QStringLiteral("[]") : r.attachments, Clock::nowMs()});
    if (!id.ok())
        return id.error();
    return id.value().toLongLong();
}

Result<QList<Report>> ReportRepository::latest(int limit, int offset) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?"),
                       {limit, offset});
    if (!q.ok())
        return q.error();
    QList<Report> out;
    while (q.value().next())
        out.append(reportFrom(q.value()));
    return out;
}

Result<QMap<ReportStatus, qint64>> ReportRepository::countByStatus() const
{
    auto q = m_db.exec(QStringLiteral("SELECT status, count(*) FROM reports GROUP BY status"));
    if (!q.ok())
        return q.error();
    QMap<ReportStatus, qint64> out;
    for (ReportStatus s : allValues<ReportStatus>())
        out.insert(s, 0);
    while (q.value().next()) {
        if (auto s = fromKey<ReportStatus>(q.value().value(0).toString()))
            out[*s] = q.value().value(1).toLongLong();
    }
    return out;
}

Result<qint64> ReportRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM reports"));
    if (!n.ok())
        return n.error();
    return n.value().toLongLong();
}

QString ReportRepository::ftsQuery(const QString &text)
{
    // Every word becomes a quoted FTS5 string, so operators, quotes and parentheses are just text.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms << u'"' + word + u'"';
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}

Result<QList<Id>> ReportRepository::search(const QString &text, int limit) const
{
    Result<QSqlQuery> q = Error::invalid(QString());
    if (m_db.isPostgres()) {
        q = m_db.exec(QStringLiteral("SELECT id FROM reports WHERE desk_report_document(subject, body, customer_name) @@ "
                                     "plainto_tsquery('simple', ?) "
                                     "ORDER BY received_at DESC LIMIT ?"),
                      {text, limit});
    } else {
        const QString match = ftsQuery(text);
        if (match.isEmpty())
            return QList<Id>();
        q = m_db.exec(QStringLiteral("SELECT rowid FROM reports_fts WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?"),
                      {match, limit});
    }
    if (!q.ok())
        return q.error();
    QList<Id> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<Report> ReportRepository::claim(Id id, int leaseMinutes)
{
    const qint64 now = Clock::nowMs();
    const qint64 until = now + qint64(leaseMinutes) * 60 * 1000;
    Result<Report> outcome = Error::invalid(QString());
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE reports SET claimed_by = ?, claim_until = ?, "
                                          "status = CASE WHEN status = 'new' THEN 'claimed' ELSE status END, "
                                          "updated_at = ?, version = version + 1 "
                                          "WHERE id = ? AND (claimed_by IS NULL OR claimed_by = ? OR claim_until < ?)"),
                           {m_actor.name, until, now, id, m_actor.name, now});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0) {
            auto current = get(id);
            if (!current.ok())
                return current.error();
            return Error::conflict(tr("%1 claimed this report first; their claim runs until %2.")
                                       .arg(current->claimedBy,
                                            QLocale().toString(current->claimUntil.toLocalTime().time(),
                                                               QLocale::ShortFormat)));
        }
        outcome = get(id);
        if (!outcome.ok())
            return outcome.error();
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("report.claim"), QStringLiteral("report"), id, {},
                                     QJsonObject{{QStringLiteral("claimed_by"), m_actor.name},
                                                 {QStringLiteral("claim_until"), until}});
    });
    if (!done.ok())
        return done.error();
    return outcome;
}

Status ReportRepository::release(Id id)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE reports SET claimed_by = NULL, claim_until = NULL, "
                                          "status = CASE WHEN status = 'claimed' THEN 'new' ELSE status END, "
                                          "updated_at = ?, version = version + 1 WHERE id = ? AND claimed_by = ?"),
                           {Clock::nowMs(), id, m_actor.name});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("You do not hold a claim on this report."));
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("report.release"), QStringLiteral("report"), id);
    });
}

Error ReportRepository::conflictFor(Id id) const
{
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!current->claimedBy.isEmpty() && current->claimedBy != m_actor.name
        && current->claimUntil > Clock::now())
        return Error::conflict(tr("%1 holds this report; ask them or wait until their claim ends.").arg(current->claimedBy));
    return Error::conflict(tr("Someone else changed this report since you opened it (it is now %1). Reload it; "
                              "nothing you did was saved over theirs.")
                               .arg(toKey(current->status)));
}

Result<Report> ReportRepository::changeStatus(Id id, int expectedVersion, ReportStatus status, Id incidentId,
                                              Id duplicateOf, const QString &action)
{
    const qint64 now = Clock::nowMs();
    Result<Report> outcome = Error::invalid(QString());
    Status done = m_db.transaction([&]() -> Status {
        auto before = get(id);
        if (!before.ok())
            return before.error();
        auto q = m_db.exec(QStringLiteral("UPDATE reports SET status = ?, incident_id = ?, duplicate_of = ?, "
                                          "claimed_by = NULL, claim_until = NULL, updated_at = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ? "
                                          "AND (claimed_by IS NULL OR claimed_by = ? OR claim_until < ?)"),
                           {toKey(status), nullIfZero(incidentId), nullIfZero(duplicateOf), now, id, expectedVersion,
                            m_actor.name, now});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return conflictFor(id);
        outcome = get(id);
        if (!outcome.ok())
            return outcome.error();
        return AuditLog(m_db).append(
            m_actor.name, action, QStringLiteral("report"), id,
            QJsonObject{{QStringLiteral("status"), toKey(before->status)}, {QStringLiteral("incident"), before->incidentId}},
            QJsonObject{{QStringLiteral("status"), toKey(status)}, {QStringLiteral("incident"), incidentId},
                        {QStringLiteral("duplicate_of"), duplicateOf}});
    });
    if (!done.ok())
        return done.error();
    return outcome;
}

Result<QList<Report>> ReportRepository::forIncident(Id incidentId, int limit, int offset) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.incident_id = ? ORDER BY r.received_at DESC, r.id DESC "
                                                "LIMIT %1 OFFSET %2")
                                     .arg(limit)
                                     .arg(offset),
                       {incidentId});
    if (!q.ok())
        return q.error();
    QList<Report> out;
    while (q.value().next())
        out.append(reportFrom(q.value()));
    return out;
}

Result<Report> ReportRepository::linkToIncident(Id id, Id incidentId, int expectedVersion)
{
    return changeStatus(id, expectedVersion, ReportStatus::Linked, incidentId, 0, QStringLiteral("report.link"));
}

Result<Report> ReportRepository::markNotIncident(Id id, int expectedVersion)
{
    return changeStatus(id, expectedVersion, ReportStatus::NotIncident, 0, 0, QStringLiteral("report.not_incident"));
}

Result<Report> ReportRepository::markDuplicate(Id id, Id originalId, int expectedVersion)
{
    if (id == originalId)
        return Error::invalid(tr("A report cannot be a duplicate of itself."));
    return changeStatus(id, expectedVersion, ReportStatus::Duplicate, 0, originalId,
                        QStringLiteral("report.duplicate"));
}

Result<Report> ReportRepository::restore(Id id, ReportStatus status, Id incidentId, Id duplicateOf, int expectedVersion)
{
    // A report that was claimed goes back to the person undoing, with a fresh lease.
    const ReportStatus target = status == ReportStatus::Claimed ? ReportStatus::New : status;
    auto restored = changeStatus(id, expectedVersion, target, incidentId, duplicateOf, QStringLiteral("report.undo"));
    if (!restored.ok() || status != ReportStatus::Claimed)
        return restored;
    return claim(id);
}

Result<QList<Report>> ReportRepository::sameCustomer(const Report &report, int limit) const
{
    if (report.customerRef.isEmpty())
        return QList<Report>();
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.customer_ref = ? AND r.id <> ? ORDER BY r.received_at DESC LIMIT ?"),
                       {report.customerRef, report.id, limit});
    if (!q.ok())
        return q.error();
    QList<Report> out;
    while (q.value().next())
        out.append(reportFrom(q.value()));
    return out;
}

Status ReportRepository::markConfirmationsExported(const QList<Id> &reportIds, qint64 atMs)
{
    for (qsizetype start = 0; start < reportIds.size(); start += 500) {
        QStringList marks;
        QVariantList values{atMs, atMs};
        for (Id id : reportIds.mid(start, 500)) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto q = m_db.exec(QStringLiteral("UPDATE reports SET confirmation = 'exported', confirmed_at = ?, "
                                          "updated_at = ?, version = version + 1 WHERE id IN (")
                               + marks.join(u',') + u')',
                           values);
        if (!q.ok())
            return q.error();
    }
    return {};
}

Status ReportRepository::recordConfirmationExport(Id incidentId, bool resolution, int reports, const QStringList &formats,
                                                  int files)
{
    const QJsonArray formatList = QJsonArray::fromStringList(formats);
    if (m_db.isPostgres()) {
        // The database records the export and writes its audit entry (007_policy.sql).
        auto recorded = m_db.exec(QStringLiteral("INSERT INTO confirmation_exports (incident_id, kind, reports, "
                                                 "formats, files) VALUES (?, ?, ?, ?, ?)"),
                                  {incidentId, resolution ? QStringLiteral("confirmations") : QStringLiteral("acknowledgements"),
                                   reports, QString::fromUtf8(QJsonDocument(formatList).toJson(QJsonDocument::Compact)), files});
        return recorded.ok() ? Status() : Status(recorded.error());
    }
    return AuditLog(m_db).append(m_actor.name,
                                 resolution ? QStringLiteral("export.confirmations") : QStringLiteral("export.acknowledgements"),
                                 QStringLiteral("incident"), incidentId, {},
                                 QJsonObject{{QStringLiteral("reports"), reports},
                                             {QStringLiteral("formats"), formatList},
                                             {QStringLiteral("files"), files}});
}

Result<QList<Id>> ReportRepository::newestIds(ReportStatus status, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM reports WHERE status = ? ORDER BY received_at DESC LIMIT ?"),
                       {toKey(status), limit});
    if (!q.ok())
        return q.error();
    QList<Id> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

} // namespace desk
