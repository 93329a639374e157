// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailrepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"
#include "domain/labels.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace desk {

namespace {
const QString kJobSelect = QStringLiteral(
    "SELECT j.id, j.incident_id, j.report_id, i.reference, r.external_ref, r.customer_email, j.kind, j.state, "
    "j.attempts, j.next_attempt_at, j.last_error, j.message_key, j.claimed_by, j.sent_at, j.created_at, j.updated_at, "
    "j.version FROM mail_jobs j JOIN incidents i ON i.id = j.incident_id JOIN reports r ON r.id = j.report_id ");

QDateTime optionalTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromMs(v.toLongLong());
}

MailJob jobFrom(const QSqlQuery &q)
{
    MailJob j;
    j.id = q.value(0).toLongLong();
    j.incidentId = q.value(1).toLongLong();
    j.reportId = q.value(2).toLongLong();
    j.incidentReference = q.value(3).toString();
    j.reportReference = q.value(4).toString();
    j.recipient = q.value(5).toString();
    j.resolution = q.value(6).toString() == QLatin1String("resolution");
    j.state = fromKey<MailState>(q.value(7).toString()).value_or(MailState::Pending);
    j.attempts = q.value(8).toInt();
    j.nextAttemptAt = optionalTime(q.value(9));
    j.lastError = q.value(10).toString();
    j.messageKey = q.value(11).toString();
    j.claimedBy = q.value(12).toString();
    j.sentAt = optionalTime(q.value(13));
    j.createdAt = fromMs(q.value(14).toLongLong());
    j.updatedAt = fromMs(q.value(15).toLongLong());
    j.version = q.value(16).toInt();
    return j;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}
} // namespace

MailRepository::MailRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Result<std::pair<int, int>> MailRepository::recover(const QString &sender)
{
    std::pair<int, int> out;
    Status s = m_db.transaction([&]() -> Status {
        const qint64 now = Clock::nowMs();
        auto back = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL, "
                                             "updated_at = ?, version = version + 1 WHERE state = 'claimed' AND claimed_by = ?"),
                              {now, sender});
        if (!back.ok())
            return back.error();
        out.first = back.value().numRowsAffected(); // SQLite counts the latest statement: read it now
        auto doubt = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'in_doubt', last_error = ?, updated_at = ?, "
                                              "version = version + 1 WHERE state = 'sending' AND claimed_by = ?"),
                               {tr("The sender stopped during the SMTP transaction: the message may have been delivered. "
                                   "Check the mail server's log, then send it again or mark it sent."),
                                now, sender});
        if (!doubt.ok())
            return doubt.error();
        out.second = doubt.value().numRowsAffected();
        return {};
    });
    if (!s.ok())
        return s.error();
    return out;
}

Result<std::pair<int, int>> MailRepository::recoverStale(qint64 olderThanMs)
{
    std::pair<int, int> out;
    Status s = m_db.transaction([&]() -> Status {
        const qint64 now = Clock::nowMs();
        auto back = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL, "
                                             "updated_at = ?, version = version + 1 WHERE state = 'claimed' AND updated_at < ?"),
                              {now, olderThanMs});
        if (!back.ok())
            return back.error();
        out.first = back.value().numRowsAffected(); // SQLite counts the latest statement: read it now
        auto doubt = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'in_doubt', last_error = ?, updated_at = ?, "
                                              "version = version + 1 WHERE state = 'sending' AND updated_at < ?"),
                               {tr("The sender stopped answering during the SMTP transaction: the message may have been "
                                   "delivered. Check the mail server's log, then send it again or mark it sent."),
                                now, olderThanMs});
        if (!doubt.ok())
            return doubt.error();
        out.second = doubt.value().numRowsAffected();
        return {};
    });
    if (!s.ok())
        return s.error();
    return out;
}

Result<QList<OutgoingMail>> MailRepository::claim(const QString &sender, int limit, qint64 nowMs)
{
    QList<Id> ids;
    const QString pick = QStringLiteral("SELECT j.id FROM mail_jobs j WHERE j.state = 'pending' "
                                        "AND coalesce(j.next_attempt_at, 0) <= ? AND NOT EXISTS "
                                        "(SELECT 1 FROM mail_holds h WHERE h.incident_id = j.incident_id) "
                                        "ORDER BY j.id LIMIT ?")
                         + (m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    auto q = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?, "
                                      "version = version + 1 WHERE state = 'pending' AND id IN (%1) RETURNING id")
                           .arg(pick),
                       {sender, nowMs, nowMs, nowMs, limit});
    if (!q.ok())
        return q.error();
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QList<OutgoingMail> out;
    if (ids.isEmpty())
        return out;
    QVariantList values;
    for (Id id : ids)
        values << id;
    auto rows = m_db.exec(
        QStringLiteral("SELECT j.id, j.incident_id, j.report_id, j.kind, j.message_key, j.attempts, j.version, "
                       "r.external_ref, r.received_at, r.channel, r.customer_name, r.customer_email, r.language, "
                       "r.confirmation, i.reference, i.title, i.description, i.impact_summary, i.resolved_at, i.state "
                       "FROM mail_jobs j JOIN reports r ON r.id = j.report_id JOIN incidents i ON i.id = j.incident_id "
                       "WHERE j.id IN (%1) ORDER BY j.id")
            .arg(placeholders(ids.size())),
        values);
    if (!rows.ok())
        return rows.error();
    QSqlQuery &r = rows.value();
    while (r.next()) {
        OutgoingMail m;
        m.job.id = r.value(0).toLongLong();
        m.job.incidentId = r.value(1).toLongLong();
        m.job.reportId = r.value(2).toLongLong();
        m.job.resolution = r.value(3).toString() == QLatin1String("resolution");
        m.job.messageKey = r.value(4).toString();
        m.job.attempts = r.value(5).toInt();
        m.job.version = r.value(6).toInt();
        m.job.state = MailState::Claimed;
        m.job.claimedBy = sender;
        m.report.id = m.job.reportId;
        m.report.externalRef = r.value(7).toString();
        m.report.receivedAt = fromMs(r.value(8).toLongLong());
        m.report.channel = fromKey<Channel>(r.value(9).toString()).value_or(Channel::ContactForm);
        m.report.customerName = r.value(10).toString();
        m.report.customerEmail = r.value(11).toString();
        m.report.language = fromKey<Language>(r.value(12).toString()).value_or(Language::En);
        m.report.confirmation = fromKey<ConfirmationState>(r.value(13).toString()).value_or(ConfirmationState::None);
        m.report.incidentId = m.job.incidentId;
        m.incident.id = m.job.incidentId;
        m.incident.reference = r.value(14).toString();
        m.incident.title = r.value(15).toString();
        m.incident.description = r.value(16).toString();
        m.incident.impactSummary = r.value(17).toString();
        m.incident.resolvedAt = optionalTime(r.value(18));
        m.incident.state = fromKey<IncidentState>(r.value(19).toString()).value_or(IncidentState::Reported);
        m.job.incidentReference = m.incident.reference;
        m.job.reportReference = m.report.externalRef;
        m.job.recipient = m.report.customerEmail;
        out.append(m);
    }
    return out;
}

Status MailRepository::unclaim(const QList<Id> &jobIds, const QString &sender)
{
    if (jobIds.isEmpty())
        return {};
    QVariantList values{Clock::nowMs(), sender};
    for (Id id : jobIds)
        values << id;
    auto q = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL, "
                                      "updated_at = ?, version = version + 1 WHERE state = 'claimed' AND claimed_by = ? "
                                      "AND id IN (%1)")
                           .arg(placeholders(jobIds.size())),
                       values);
    return q.ok() ? Status() : Status(q.error());
}

Result<bool> MailRepository::begin(Id jobId, const QString &sender)
{
    auto q = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = 'sending', attempts = attempts + 1, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND state = 'claimed' AND claimed_by = ?"),
                       {Clock::nowMs(), jobId, sender});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status MailRepository::move(Id jobId, const QString &sql, const QVariantList &values)
{
    auto q = m_db.exec(sql, values);
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::conflict(tr("Mail job %1 is no longer being sent by this sender.").arg(jobId));
    return {};
}

Status MailRepository::markSent(Id jobId, qint64 atMs)
{
    return move(jobId,
                QStringLiteral("UPDATE mail_jobs SET state = 'sent', sent_at = ?, last_error = '', next_attempt_at = NULL, "
                               "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending'"),
                {atMs, atMs, jobId});
}

Status MailRepository::markRetry(Id jobId, const QString &error, qint64 retryAtMs)
{
    return move(jobId,
                QStringLiteral("UPDATE mail_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL, last_error = ?, "
                               "next_attempt_at = ?, updated_at = ?, version = version + 1 "
                               "WHERE id = ? AND state IN ('claimed', 'sending')"),
                {error.left(2000), retryAtMs, Clock::nowMs(), jobId});
}

Status MailRepository::markFailed(Id jobId, const QString &error)
{
    return move(jobId,
                QStringLiteral("UPDATE mail_jobs SET state = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ?, "
                               "version = version + 1 WHERE id = ? AND state IN ('claimed', 'sending')"),
                {error.left(2000), Clock::nowMs(), jobId});
}

Status MailRepository::markCancelled(Id jobId, const QString &reason)
{
    return move(jobId,
                QStringLiteral("UPDATE mail_jobs SET state = 'cancelled', last_error = ?, next_attempt_at = NULL, "
                               "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'claimed'"),
                {reason.left(2000), Clock::nowMs(), jobId});
}

Status MailRepository::markInDoubt(Id jobId, const QString &error)
{
    return move(jobId,
                QStringLiteral("UPDATE mail_jobs SET state = 'in_doubt', last_error = ?, next_attempt_at = NULL, "
                               "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending'"),
                {error.left(2000), Clock::nowMs(), jobId});
}

Result<std::optional<qint64>> MailRepository::nextDueAt() const
{
    auto q = m_db.exec(QStringLiteral("SELECT min(coalesce(j.next_attempt_at, 0)) FROM mail_jobs j WHERE j.state = 'pending' "
                                      "AND NOT EXISTS (SELECT 1 FROM mail_holds h WHERE h.incident_id = j.incident_id)"));
    if (!q.ok())
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QList<MailJob>> MailRepository::jobs(Id incidentId, const QList<MailState> &states, int limit) const
{
    QStringList where;
    QVariantList values;
    if (incidentId != 0) {
        where << QStringLiteral("j.incident_id = ?");
        values << incidentId;
    }
    if (!states.isEmpty()) {
        QStringList keys;
        for (MailState s : states) {
            keys << QStringLiteral("?");
            values << toKey(s);
        }
        where << QStringLiteral("j.state IN (%1)").arg(keys.join(u','));
    }
    values << limit;
    auto q = m_db.exec(kJobSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                           + QStringLiteral(" ORDER BY j.id DESC LIMIT ?"),
                       values);
    if (!q.ok())
        return q.error();
    QList<MailJob> out;
    while (q.value().next())
        out.append(jobFrom(q.value()));
    return out;
}

Result<MailJob> MailRepository::job(Id jobId) const
{
    auto q = m_db.exec(kJobSelect + QStringLiteral("WHERE j.id = ?"), {jobId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Mail job %1 does not exist.").arg(jobId));
    return jobFrom(q.value());
}

Result<QMap<MailState, int>> MailRepository::countByState() const
{
    auto q = m_db.exec(QStringLiteral("SELECT state, count(*) FROM mail_jobs GROUP BY state"));
    if (!q.ok())
        return q.error();
    QMap<MailState, int> out;
    for (MailState s : allValues<MailState>())
        out.insert(s, 0);
    while (q.value().next()) {
        if (auto s = fromKey<MailState>(q.value().value(0).toString()))
            out[*s] = q.value().value(1).toInt();
    }
    return out;
}

Result<MailJob> MailRepository::changeState(Id jobId, int expectedVersion, MailState to, const QList<MailState> &from,
                                            const QString &action)
{
    if (!m_actor.isLead())
        return Error::forbidden(tr("Only a team lead can retry, cancel or settle messages to reporters."));
    Status done = m_db.transaction([&]() -> Status {
        auto current = job(jobId);
        if (!current.ok())
            return current.error();
        if (!from.contains(current->state))
            return Error::invalid(tr("This message is %1 now; it cannot be changed that way.").arg(label(current->state)));
        const qint64 now = Clock::nowMs();
        // Settled by a person: the time it was settled stands for the time it went out.
        auto q = m_db.exec(QStringLiteral("UPDATE mail_jobs SET state = ?, next_attempt_at = NULL, updated_at = ?, %1"
                                          "version = version + 1 WHERE id = ? AND version = ?")
                               .arg(to == MailState::Sent ? QStringLiteral("sent_at = %1, ").arg(now) : QString()),
                           {toKey(to), now, jobId, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This message changed meanwhile; look again."));
        return AuditLog(m_db).append(m_actor.name, action, QStringLiteral("mail"), jobId,
                                     QJsonObject{{QStringLiteral("state"), toKey(current->state)}},
                                     QJsonObject{{QStringLiteral("state"), toKey(to)},
                                                 {QStringLiteral("report"), current->reportId}});
    });
    if (!done.ok())
        return done.error();
    return job(jobId);
}

Result<MailJob> MailRepository::retry(Id jobId, int expectedVersion)
{
    return changeState(jobId, expectedVersion, MailState::Pending,
                       {MailState::Failed, MailState::Cancelled, MailState::InDoubt}, QStringLiteral("mail.retry"));
}

Result<MailJob> MailRepository::cancel(Id jobId, int expectedVersion)
{
    return changeState(jobId, expectedVersion, MailState::Cancelled,
                       {MailState::Pending, MailState::Claimed, MailState::Failed, MailState::InDoubt},
                       QStringLiteral("mail.cancel"));
}

Result<MailJob> MailRepository::settleSent(Id jobId, int expectedVersion)
{
    return changeState(jobId, expectedVersion, MailState::Sent, {MailState::InDoubt}, QStringLiteral("mail.settle"));
}

Status MailRepository::hold(Id incidentId, bool held)
{
    if (!m_actor.isLead())
        return Error::forbidden(tr("Only a team lead can hold or release an incident's messages."));
    return m_db.transaction([&]() -> Status {
        auto q = held ? m_db.exec(m_db.isPostgres()
                                      ? QStringLiteral("INSERT INTO mail_holds (incident_id) VALUES (?) ON CONFLICT DO NOTHING")
                                      : QStringLiteral("INSERT OR IGNORE INTO mail_holds (incident_id, held_by, held_at) "
                                                       "VALUES (?, ?, ?)"),
                                  m_db.isPostgres() ? QVariantList{incidentId}
                                                    : QVariantList{incidentId, m_actor.name, Clock::nowMs()})
                      : m_db.exec(QStringLiteral("DELETE FROM mail_holds WHERE incident_id = ?"), {incidentId});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return {}; // held already, or not held: nothing to record
        return AuditLog(m_db).append(m_actor.name, held ? QStringLiteral("mail.hold") : QStringLiteral("mail.release"),
                                     QStringLiteral("incident"), incidentId, {}, {});
    });
}

Result<QSet<Id>> MailRepository::heldIncidents() const
{
    auto q = m_db.exec(QStringLiteral("SELECT incident_id FROM mail_holds"));
    if (!q.ok())
        return q.error();
    QSet<Id> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong());
    return out;
}

} // namespace desk
