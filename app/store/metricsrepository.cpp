// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsrepository.h"

#include "database.h"
#include "domain/lifecycle.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace desk {

using namespace PromiseMetrics;

namespace {
qint64 ms(const QSqlQuery &q, int column)
{
    return q.value(column).isNull() ? 0 : q.value(column).toLongLong();
}

// The states in which an incident owes its daily update, as an SQL list.
QString statesUnderCadence()
{
    QStringList keys;
    for (IncidentState s : allValues<IncidentState>())
        if (Lifecycle::isUnderCadence(s))
            keys << QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
    return u'(' + keys.join(QStringLiteral(", ")) + u')';
}
/**
 * The published updates of the incidents `relevant` selects, with the moment each was delivered:
 * the view update_deliveries (the delivery migration) computed for all of them at once. The view asks
 * each update's jobs in turn, right for one incident (the triggers) but most of a year's metrics
 * time over 30,000 updates; here the Help Center jobs are counted in one pass.
 */
QString deliveries(const QString &relevant)
{
    return QStringLiteral(
               "hc AS (SELECT j.update_id, count(*) AS jobs, "
               "       sum(CASE WHEN j.state NOT IN ('done', 'cancelled') THEN 1 ELSE 0 END) AS unfinished, "
               "       max(CASE WHEN j.state = 'done' THEN j.delivered_at END) AS done_at "
               "       FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id AND t.kind = 'helpcenter' "
               "       GROUP BY j.update_id), "
               "ud AS (SELECT u.id AS update_id, u.incident_id, u.kind, "
               "       CASE WHEN hc.jobs IS NULL THEN u.published_at WHEN hc.unfinished > 0 THEN NULL ELSE hc.done_at END "
               "       AS delivered_at "
               "       FROM updates u LEFT JOIN hc ON hc.update_id = u.id "
               "       WHERE u.status = 'published' AND u.incident_id IN (%1))")
        .arg(relevant);
}
} // namespace

Result<Facts> MetricsRepository::facts(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    Facts f;
    f.fromMs = fromMs;
    f.toMs = toMs;
    f.nowMs = nowMs;
    // The incidents that can have something in the period: made before its end and not closed
    // before its start. Numbers we produced, inlined so each statement is one round trip.
    const QString relevant = QStringLiteral("SELECT id FROM incidents WHERE created_at < %1 "
                                            "AND (closed_at IS NULL OR closed_at >= %2)")
                                 .arg(toMs)
                                 .arg(fromMs);
    if (Status s = incidents(&f, relevant); !s.ok())
        return s.error();
    if (Status s = dues(&f, relevant); !s.ok())
        return s.error();
    if (Status s = approvals(&f); !s.ok())
        return s.error();
    return f;
}

Status MetricsRepository::incidents(Facts *f, const QString &relevant) const
{
    const QString today = QDateTime::fromMSecsSinceEpoch(f->nowMs, Qt::UTC).date().toString(Qt::ISODate);
    auto q = m_db.exec(QStringLiteral(
        "WITH rel AS (%1), %3, "
        "dl AS (SELECT d.incident_id, "
        "       min(CASE WHEN d.kind = 'acknowledgement' THEN d.delivered_at END) AS acknowledged, "
        "       min(CASE WHEN d.kind = 'impact' THEN d.delivered_at END) AS described, "
        "       min(CASE WHEN d.kind = 'resolution' THEN d.delivered_at END) AS resolved "
        "       FROM ud d GROUP BY d.incident_id), "
        "pa AS (SELECT a.incident_id, sum(CASE WHEN a.done THEN 0 ELSE 1 END) AS open, "
        "       sum(CASE WHEN NOT a.done AND a.due_date IS NOT NULL AND a.due_date <> '' AND a.due_date < '%2' "
        "                THEN 1 ELSE 0 END) AS overdue, "
        "       sum(CASE WHEN a.done THEN 1 ELSE 0 END) AS done "
        "       FROM preventive_actions a WHERE a.incident_id IN (SELECT id FROM rel) GROUP BY a.incident_id) "
        // The reports in figures, kept by the database (incident_report_stats): customers by
        // reference, else e-mail address; a report with neither is one of its own.
        "SELECT i.id, i.reference, i.title, i.impact_level, i.state, coalesce(rs.first_report_at, i.created_at), "
        "       dl.acknowledged, dl.described, dl.resolved, i.resolved_at, i.reviewed_at, "
        "       coalesce(rs.reports, 0), coalesce(rs.known_customers, 0) + coalesce(rs.anonymous, 0), "
        "       coalesce(rs.confirmed, 0), rs.last_confirmed_at, "
        "       coalesce(pa.open, 0), coalesce(pa.overdue, 0), coalesce(pa.done, 0), "
        "       rs.first_language "
        "FROM incidents i LEFT JOIN incident_report_stats rs ON rs.incident_id = i.id LEFT JOIN dl ON dl.incident_id = i.id "
        "LEFT JOIN pa ON pa.incident_id = i.id WHERE i.id IN (SELECT id FROM rel) ORDER BY i.id")
                           .arg(relevant, today, deliveries(QStringLiteral("SELECT id FROM rel"))));
    if (!q.ok())
        return q.error();
    QHash<Id, qsizetype> index;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        IncidentFacts i;
        i.id = r.value(0).toLongLong();
        i.reference = r.value(1).toString();
        i.title = r.value(2).toString();
        i.impact = r.value(3).toString();
        i.state = r.value(4).toString();
        i.openedAt = ms(r, 5);
        i.acknowledgedAt = ms(r, 6);
        i.describedAt = ms(r, 7);
        i.resolvedAt = ms(r, 8);
        i.resolvedStateAt = ms(r, 9);
        i.reviewedAt = ms(r, 10);
        i.reports = r.value(11).toInt();
        i.customers = r.value(12).toInt();
        i.confirmed = r.value(13).toInt();
        i.lastConfirmedAt = ms(r, 14);
        i.actionsOpen = r.value(15).toInt();
        i.actionsOverdue = r.value(16).toInt();
        i.actionsDone = r.value(17).toInt();
        i.language = r.value(18).toString();
        i.inPeriod = i.openedAt >= f->fromMs && i.openedAt < f->toMs;
        index.insert(i.id, f->incidents.size());
        f->incidents.append(i);
    }
    auto services = m_db.exec(QStringLiteral("SELECT x.incident_id, s.key FROM incident_services x "
                                             "JOIN services s ON s.id = x.service_id "
                                             "WHERE x.incident_id IN (%1) ORDER BY x.incident_id, s.key")
                                  .arg(relevant));
    if (!services.ok())
        return services.error();
    while (services.value().next()) {
        const auto it = index.constFind(services.value().value(0).toLongLong());
        if (it != index.constEnd())
            (*f).incidents[*it].services.append(services.value().value(1).toString());
    }
    return {};
}

Status MetricsRepository::dues(Facts *f, const QString &relevant) const
{
    // Each public update after the first, up to the resolution, answers the due set by the one
    // delivered before it; an incident still under the promise owes one more once its time came.
    auto q = m_db.exec(QStringLiteral(
        "WITH %1, "
        "dud AS (SELECT * FROM ud WHERE delivered_at IS NOT NULL), "
        "res AS (SELECT incident_id, min(delivered_at) AS at FROM dud WHERE kind = 'resolution' GROUP BY incident_id), "
        "chain AS (SELECT dud.incident_id, dud.delivered_at, "
        "          lag(dud.delivered_at) OVER (PARTITION BY dud.incident_id ORDER BY dud.delivered_at, dud.update_id) AS previous "
        "          FROM dud LEFT JOIN res ON res.incident_id = dud.incident_id "
        "          WHERE dud.kind <> 'postmortem' AND (res.at IS NULL OR dud.delivered_at <= res.at)) "
        "SELECT i.id, i.reference, i.title, c.previous + i.cadence_minutes * 60000 AS due, c.delivered_at "
        "FROM chain c JOIN incidents i ON i.id = c.incident_id "
        "WHERE c.previous IS NOT NULL AND c.previous + i.cadence_minutes * 60000 >= %2 "
        "  AND c.previous + i.cadence_minutes * 60000 < %3 "
        "UNION ALL "
        "SELECT i.id, i.reference, i.title, i.last_delivered_at + i.cadence_minutes * 60000, NULL "
        "FROM incidents i WHERE i.state IN %4 AND i.last_delivered_at IS NOT NULL "
        "  AND i.last_delivered_at + i.cadence_minutes * 60000 < %5 "
        "  AND i.last_delivered_at + i.cadence_minutes * 60000 >= %2 "
        "  AND i.last_delivered_at + i.cadence_minutes * 60000 < %3 "
        "ORDER BY 1, 4")
                           .arg(deliveries(relevant))
                           .arg(f->fromMs)
                           .arg(f->toMs)
                           .arg(statesUnderCadence())
                           .arg(f->nowMs));
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Due d;
        d.incidentId = r.value(0).toLongLong();
        d.reference = r.value(1).toString();
        d.title = r.value(2).toString();
        d.dueAt = ms(r, 3);
        d.deliveredAt = ms(r, 4);
        f->dues.append(d);
    }
    return {};
}

Status MetricsRepository::approvals(Facts *f) const
{
    auto q = m_db.exec(QStringLiteral(
                           "SELECT u.id, u.incident_id, u.submitted_at, u.decided_at, u.status, "
                           "       EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'update' AND a.entity_id = u.id "
                           "               AND a.action = 'update.request_changes') "
                           "FROM updates u WHERE u.decided_at IS NOT NULL AND u.decided_at >= ? AND u.decided_at < ? "
                           "ORDER BY u.id"),
                       {f->fromMs, f->toMs});
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Approval a;
        a.updateId = r.value(0).toLongLong();
        a.incidentId = r.value(1).toLongLong();
        a.submittedAt = ms(r, 2);
        a.decidedAt = ms(r, 3);
        const QString status = r.value(4).toString();
        a.approved = status == QLatin1String("approved") || status == QLatin1String("published");
        a.sentBack = r.value(5).toBool();
        f->approvals.append(a);
    }
    return {};
}

} // namespace desk
