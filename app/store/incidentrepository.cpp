// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentrepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"
#include "domain/lifecycle.h"
#include "reportrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace desk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, reference, title, description, impact_summary, user_journeys, workaround, impact_level, state, owner, "
    "cadence_minutes, created_at, acknowledged_at, resolved_at, closed_at, last_published_at, root_cause, version, "
    "reviewed_at, last_delivered_at, undelivered_updates "
    "FROM incidents ");

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.reference = q.value(1).toString();
    i.title = q.value(2).toString();
    i.description = q.value(3).toString();
    i.impactSummary = q.value(4).toString();
    i.userJourneys = q.value(5).toString();
    i.workaround = q.value(6).toString();
    i.impact = fromKey<ImpactLevel>(q.value(7).toString()).value_or(ImpactLevel::Minor);
    i.state = fromKey<IncidentState>(q.value(8).toString()).value_or(IncidentState::Reported);
    i.owner = q.value(9).toString();
    i.cadenceMinutes = q.value(10).toInt();
    i.createdAt = fromMs(q.value(11).toLongLong());
    i.acknowledgedAt = fromMs(q.value(12).toLongLong());
    i.resolvedAt = fromMs(q.value(13).toLongLong());
    i.closedAt = fromMs(q.value(14).toLongLong());
    i.lastPublishedAt = fromMs(q.value(15).toLongLong());
    i.rootCause = q.value(16).toString();
    i.version = q.value(17).toInt();
    i.reviewedAt = fromMs(q.value(18).toLongLong());
    i.lastDeliveredAt = fromMs(q.value(19).toLongLong());
    i.undeliveredUpdates = q.value(20).toInt();
    return i;
}

QJsonObject snapshot(const Incident &i)
{
    return {{QStringLiteral("title"), i.title},
            {QStringLiteral("state"), toKey(i.state)},
            {QStringLiteral("impact"), toKey(i.impact)},
            {QStringLiteral("owner"), i.owner},
            {QStringLiteral("services"), i.serviceKeys.join(u',')},
            {QStringLiteral("cadence"), i.cadenceMinutes},
            {QStringLiteral("actions"), i.actions.size()},
            {QStringLiteral("version"), i.version}};
}

QString milestoneColumn(IncidentState s)
{
    switch (s) {
    case IncidentState::Acknowledged:
        return QStringLiteral("acknowledged_at");
    case IncidentState::Resolved:
        return QStringLiteral("resolved_at");
    case IncidentState::Reviewed:
        return QStringLiteral("reviewed_at");
    case IncidentState::Closed:
        return QStringLiteral("closed_at");
    default:
        return {};
    }
}
} // namespace

IncidentRepository::IncidentRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Status IncidentRepository::saveServices(Id id, const QStringList &serviceKeys)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM incident_services WHERE incident_id = ?"), {id}); !r.ok())
        return r.error();
    for (const QString &key : serviceKeys) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO incident_services (incident_id, service_id) "
                                          "SELECT ?, id FROM services WHERE key = ?"),
                           {id, key});
        if (!r.ok())
            return r.error();
        if (r.value().numRowsAffected() == 0)
            return Error::invalid(tr("There is no service '%1'.").arg(key));
    }
    return {};
}

Result<Incident> IncidentRepository::create(const Incident &draft)
{
    if (draft.title.trimmed().isEmpty())
        return Error::invalid(tr("Give the incident a title customers will understand."));
    const QDateTime now = Clock::now();
    Id id = 0;
    Status done = m_db.transaction([&]() -> Status {
        const QString counter = QStringLiteral("incident-%1").arg(now.date().year());
        auto number = m_db.scalar(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                                 "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 "
                                                 "RETURNING value"),
                                  {counter});
        if (!number.ok())
            return number.error();
        const QString reference =
            QStringLiteral("INC-%1-%2").arg(now.date().year()).arg(number.value().toLongLong(), 4, 10, QLatin1Char('0'));
        auto inserted = m_db.scalar(
            QStringLiteral("INSERT INTO incidents (reference, title, description, impact_summary, user_journeys, "
                           "workaround, impact_level, state, owner, cadence_minutes, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'reported', ?, ?, ?, ?) RETURNING id"),
            {reference, draft.title.trimmed(), draft.description, draft.impactSummary, draft.userJourneys,
             draft.workaround, toKey(draft.impact), draft.owner.isEmpty() ? m_actor.name : draft.owner,
             draft.cadenceMinutes > 0 ? draft.cadenceMinutes : 24 * 60, toMs(now), toMs(now)});
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value().toLongLong();
        if (Status s = saveServices(id, draft.serviceKeys); !s.ok())
            return s;
        if (Status s = saveActions(id, draft.actions); !s.ok())
            return s;
        Incident created = draft;
        created.reference = reference;
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("incident.create"), QStringLiteral("incident"), id,
                                     {}, snapshot(created));
    });
    if (!done.ok())
        return done.error();
    return get(id);
}

Result<Incident> IncidentRepository::get(Id id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Incident %1 does not exist.").arg(id));
    Incident incident = incidentFrom(q.value());
    auto services = m_db.exec(QStringLiteral("SELECT s.key FROM incident_services i JOIN services s ON s.id = i.service_id "
                                             "WHERE i.incident_id = ? ORDER BY s.key"),
                              {id});
    if (!services.ok())
        return services.error();
    while (services.value().next())
        incident.serviceKeys << services.value().value(0).toString();
    auto actions = actionsOf({id});
    if (!actions.ok())
        return actions.error();
    incident.actions = actions->value(id);
    return incident;
}

Result<QHash<Id, QList<PreventiveAction>>> IncidentRepository::actionsOf(const QList<Id> &ids) const
{
    QHash<Id, QList<PreventiveAction>> out;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList marks;
        QVariantList values;
        for (Id id : ids.mid(start, 500)) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto q = m_db.exec(QStringLiteral("SELECT incident_id, id, description, owner, due_date, done FROM preventive_actions "
                                          "WHERE incident_id IN (%1) ORDER BY incident_id, id")
                               .arg(marks.join(u',')),
                           values);
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &a = q.value();
            out[a.value(0).toLongLong()].append({a.value(1).toLongLong(), a.value(2).toString(), a.value(3).toString(),
                                                 QDate::fromString(a.value(4).toString(), Qt::ISODate), a.value(5).toBool()});
        }
    }
    return out;
}

Status IncidentRepository::saveActions(Id id, const QList<PreventiveAction> &actions)
{
    QList<Id> kept;
    for (const PreventiveAction &a : actions) {
        if (a.description.trimmed().isEmpty())
            return Error::invalid(tr("Every preventive action needs a description."));
        const QVariant due = a.dueDate.isValid() ? QVariant(a.dueDate.toString(Qt::ISODate)) : QVariant();
        if (a.id > 0) {
            auto r = m_db.exec(QStringLiteral("UPDATE preventive_actions SET description = ?, owner = ?, due_date = ?, "
                                              "done = ?, version = version + 1 WHERE id = ? AND incident_id = ?"),
                               {a.description.trimmed(), a.owner, due, a.done, a.id, id});
            if (!r.ok())
                return r.error();
            if (r.value().numRowsAffected() > 0) {
                kept << a.id;
                continue;
            }
        }
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO preventive_actions (incident_id, description, owner, "
                                                   "due_date, done) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                    {id, a.description.trimmed(), a.owner, due, a.done});
        if (!inserted.ok())
            return inserted.error();
        kept << inserted.value().toLongLong();
    }
    QString sql = QStringLiteral("DELETE FROM preventive_actions WHERE incident_id = ?");
    QVariantList values{id};
    if (!kept.isEmpty()) {
        QStringList marks;
        for (Id k : std::as_const(kept)) {
            marks << QStringLiteral("?");
            values << k;
        }
        sql += QStringLiteral(" AND id NOT IN (") + marks.join(u',') + u')';
    }
    if (auto r = m_db.exec(sql, values); !r.ok())
        return r.error();
    return {};
}

Result<Incident> IncidentRepository::byReference(const QString &reference) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM incidents WHERE reference = ?"), {reference.trimmed().toUpper()});
    if (!id.ok())
        return id.error();
    if (!id.value().isValid())
        return Error::notFound(tr("There is no incident %1.").arg(reference));
    return get(id.value().toLongLong());
}

Result<QList<Incident>> IncidentRepository::list(bool openOnly) const
{
    return listWhere(openOnly ? QStringLiteral("WHERE state NOT IN ('resolved', 'reviewed', 'closed') ") : QString(), {});
}

Result<QList<Incident>> IncidentRepository::listForSite(const QDateTime &resolvedSince, const QString &reference,
                                                        const QSet<Id> &ids) const
{
    if (ids.size() > 1000)
        return list();
    QStringList listed;
    for (Id id : ids)
        listed << QString::number(id);
    return listWhere(QStringLiteral("WHERE state NOT IN ('resolved', 'reviewed', 'closed') OR resolved_at >= ? "
                                    "OR reference = ?")
                         + (listed.isEmpty() ? QString() : QStringLiteral(" OR id IN (%1)").arg(listed.join(u',')))
                         + u' ',
                     {resolvedSince.toMSecsSinceEpoch(), reference});
}

Result<QList<Incident>> IncidentRepository::listWhere(const QString &where, const QVariantList &values) const
{
    auto q = m_db.exec(kSelect + where + QStringLiteral("ORDER BY created_at DESC"), values);
    if (!q.ok())
        return q.error();
    QList<Incident> out;
    QHash<Id, qsizetype> byId;
    while (q.value().next()) {
        out.append(incidentFrom(q.value()));
        byId.insert(out.last().id, out.size() - 1);
    }
    auto services = m_db.exec(QStringLiteral("SELECT i.incident_id, s.key FROM incident_services i "
                                             "JOIN services s ON s.id = i.service_id ORDER BY s.key"));
    if (!services.ok())
        return services.error();
    while (services.value().next()) {
        const auto it = byId.constFind(services.value().value(0).toLongLong());
        if (it != byId.constEnd())
            out[it.value()].serviceKeys << services.value().value(1).toString();
    }
    return out;
}

Result<Incident> IncidentRepository::save(const Incident &incident)
{
    if (incident.title.trimmed().isEmpty())
        return Error::invalid(tr("The title cannot be empty."));
    Status done = m_db.transaction([&]() -> Status {
        auto before = get(incident.id);
        if (!before.ok())
            return before.error();
        auto q = m_db.exec(QStringLiteral("UPDATE incidents SET title = ?, description = ?, impact_summary = ?, "
                                          "user_journeys = ?, workaround = ?, impact_level = ?, owner = ?, "
                                          "cadence_minutes = ?, root_cause = ?, updated_at = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"),
                           {incident.title.trimmed(), incident.description, incident.impactSummary,
                            incident.userJourneys, incident.workaround, toKey(incident.impact), incident.owner,
                            incident.cadenceMinutes, incident.rootCause, Clock::nowMs(), incident.id,
                            incident.version});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("%1 was changed on another workstation since you opened it (now version %2). "
                                      "Your changes are kept: compare and merge them.")
                                       .arg(before->reference)
                                       .arg(before->version));
        if (Status s = saveServices(incident.id, incident.serviceKeys); !s.ok())
            return s;
        if (Status s = saveActions(incident.id, incident.actions); !s.ok())
            return s;
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("incident.edit"), QStringLiteral("incident"),
                                     incident.id, snapshot(before.value()), snapshot(incident));
    });
    if (!done.ok())
        return done.error();
    return get(incident.id);
}

Result<Incident> IncidentRepository::transition(Id id, IncidentState to, int expectedVersion)
{
    Status done = m_db.transaction([&]() -> Status {
        auto current = get(id);
        if (!current.ok())
            return current.error();
        if (current->version != expectedVersion)
            return Error::conflict(tr("%1 was changed on another workstation; reload it before changing its state.")
                                       .arg(current->reference));
        auto underway = m_db.exec(QStringLiteral("SELECT kind, count(*) FROM updates WHERE incident_id = ? "
                                                 "AND status IN ('submitted', 'approved', 'published') GROUP BY kind"),
                                  {id});
        if (!underway.ok())
            return underway.error();
        TransitionContext context;
        context.rootCauseRecorded = !current->rootCause.trimmed().isEmpty();
        while (underway.value().next()) {
            const QString kind = underway.value().value(0).toString();
            if (kind == toKey(UpdateKind::Acknowledgement))
                context.acknowledgementUnderway = true;
            else if (kind == toKey(UpdateKind::Resolution))
                context.resolutionUnderway = true;
        }
        if (Status allowed = Lifecycle::check(current->state, to, context); !allowed.ok())
            return allowed;

        const qint64 now = Clock::nowMs();
        QString sql = QStringLiteral("UPDATE incidents SET state = ?, updated_at = ?, version = version + 1");
        const QString milestone = milestoneColumn(to);
        if (!milestone.isEmpty())
            sql += QStringLiteral(", ") + milestone + QStringLiteral(" = ?");
        sql += QStringLiteral(" WHERE id = ? AND version = ?");
        QVariantList values{toKey(to), now};
        if (!milestone.isEmpty())
            values << now;
        values << id << expectedVersion;
        auto q = m_db.exec(sql, values);
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("%1 was changed on another workstation; reload it.").arg(current->reference));
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("incident.state"), QStringLiteral("incident"), id,
                                     QJsonObject{{QStringLiteral("state"), toKey(current->state)}},
                                     QJsonObject{{QStringLiteral("state"), toKey(to)}});
    });
    if (!done.ok())
        return done.error();
    return get(id);
}

Result<IncidentScope> IncidentRepository::scope(Id id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*), count(DISTINCT customer_ref) FROM reports WHERE incident_id = ?"),
                       {id});
    if (!q.ok())
        return q.error();
    q.value().next();
    return IncidentScope{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()};
}

} // namespace desk

namespace desk {

Result<QHash<Id, IncidentScope>> IncidentRepository::scopes() const
{
    // A customer is their reference, else their e-mail address; a report with neither is a
    // customer of its own (not one anonymous customer for all of them).
    auto q = m_db.exec(QStringLiteral("SELECT incident_id, count(*), count(DISTINCT CASE "
                                      "WHEN customer_ref <> '' THEN 'r:' || customer_ref "
                                      "WHEN customer_email <> '' THEN 'e:' || lower(customer_email) "
                                      "ELSE 'n:' || CAST(id AS TEXT) END) FROM reports "
                                      "WHERE incident_id IS NOT NULL GROUP BY incident_id"));
    if (!q.ok())
        return q.error();
    QHash<Id, IncidentScope> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), {q.value().value(1).toLongLong(), q.value().value(2).toLongLong(), 0});
    auto actions = m_db.exec(QStringLiteral("SELECT incident_id, count(*) FROM preventive_actions "
                                            "WHERE NOT done AND due_date IS NOT NULL AND due_date <> '' AND due_date < ? "
                                            "GROUP BY incident_id"),
                             {Clock::now().toUTC().date().toString(Qt::ISODate)});
    if (!actions.ok())
        return actions.error();
    while (actions.value().next())
        out[actions.value().value(0).toLongLong()].overdueActions = actions.value().value(1).toInt();
    return out;
}

} // namespace desk

namespace desk {

Result<QList<Report>> IncidentRepository::linkedReports(Id id, int limit, int offset) const
{
    return ReportRepository(m_db, m_actor).forIncident(id, limit, offset);
}

Result<int> IncidentRepository::moveReports(Id fromIncident, const QList<Id> &reportIds, Id toIncident)
{
    if (reportIds.isEmpty())
        return 0;
    if (toIncident == fromIncident)
        return Error::invalid(tr("The reports are already linked to this incident."));
    int moved = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto from = get(fromIncident);
        if (!from.ok())
            return from.error();
        QString toReference;
        if (toIncident != 0) {
            auto to = get(toIncident);
            if (!to.ok())
                return to.error();
            if (!Lifecycle::isOpen(to->state))
                return Error::invalid(tr("%1 is %2; move the reports to an open incident.")
                                          .arg(to->reference, toKey(to->state)));
            toReference = to->reference;
        }
        const qint64 now = Clock::nowMs();
        for (qsizetype start = 0; start < reportIds.size(); start += 500) {
            const QList<Id> chunk = reportIds.mid(start, 500);
            QStringList marks;
            QVariantList values;
            if (toIncident != 0)
                values << QStringLiteral("linked") << toIncident;
            else
                values << QStringLiteral("new") << QVariant(QMetaType(QMetaType::LongLong));
            values << now;
            for (Id r : chunk) {
                marks << QStringLiteral("?");
                values << r;
            }
            values << fromIncident;
            auto q = m_db.exec(QStringLiteral("UPDATE reports SET status = ?, incident_id = ?, claimed_by = NULL, "
                                              "claim_until = NULL, updated_at = ?, version = version + 1 "
                                              "WHERE id IN (")
                                   + marks.join(u',') + QStringLiteral(") AND incident_id = ?"),
                               values);
            if (!q.ok())
                return q.error();
            moved += q.value().numRowsAffected();
        }
        const QJsonObject detail{{QStringLiteral("count"), moved},
                                 {QStringLiteral("from"), from->reference},
                                 {QStringLiteral("to"), toReference}};
        if (Status s = AuditLog(m_db).append(m_actor.name,
                                             toIncident ? QStringLiteral("incident.move_reports")
                                                        : QStringLiteral("incident.unlink_reports"),
                                             QStringLiteral("incident"), fromIncident, {}, detail);
            !s.ok())
            return s;
        if (toIncident == 0)
            return {};
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("incident.receive_reports"),
                                     QStringLiteral("incident"), toIncident, {}, detail);
    });
    if (!done.ok())
        return done.error();
    return moved;
}

Result<QList<TimelineEntry>> IncidentRepository::timeline(Id id) const
{
    // Kinds of the incident's updates, to say which update an approval or publication was about.
    QHash<Id, QString> kinds;
    auto updates = m_db.exec(QStringLiteral("SELECT id, kind FROM updates WHERE incident_id = ?"), {id});
    if (!updates.ok())
        return updates.error();
    while (updates.value().next())
        kinds.insert(updates.value().value(0).toLongLong(), updates.value().value(1).toString());

    // Report links, moves and unlinks come counted per person and minute: a big incident has tens
    // of thousands, and one line says it. PostgreSQL's log has an entry per moved report (naming
    // it), grouped without that name; a workstation's log has one per action already.
    const QString moveGroup = m_db.isPostgres() ? QStringLiteral("(after::jsonb - 'report')::text") : QStringLiteral("after");
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT seq, at, actor, action, entity, entity_id, after, 1 FROM audit_log WHERE "
            "(entity = 'incident' AND entity_id = ? AND action NOT IN ('incident.move_reports', "
            "    'incident.receive_reports', 'incident.unlink_reports')) "
            "OR (entity = 'update' AND entity_id IN (SELECT id FROM updates WHERE incident_id = ?)) "
            "OR (entity = 'publication' AND action IN ('publication.retry', 'publication.cancel') "
            "    AND entity_id IN (SELECT j.id FROM publication_jobs j "
            "    JOIN updates u ON u.id = j.update_id WHERE u.incident_id = ?)) "
            "UNION ALL "
            "SELECT min(seq), min(at), actor, action, 'incident', 0, min(after), count(*) FROM audit_log "
            "WHERE entity = 'incident' AND entity_id = ? AND action IN ('incident.move_reports', "
            "    'incident.receive_reports', 'incident.unlink_reports') "
            "GROUP BY actor, action, at / 60000, %1 "
            "UNION ALL "
            "SELECT min(seq), min(at), actor, 'report.link', 'report', 0, '', count(*) FROM audit_log "
            "WHERE entity = 'report' AND action = 'report.link' AND entity_id IN "
            "    (SELECT id FROM reports WHERE incident_id = ?) "
            "GROUP BY actor, at / 60000 "
            "ORDER BY 1")
            .arg(moveGroup),
        {id, id, id, id, id});
    if (!q.ok())
        return q.error();
    QList<TimelineEntry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        TimelineEntry e;
        e.at = fromMs(r.value(1).toLongLong());
        e.actor = r.value(2).toString();
        e.action = r.value(3).toString();
        const QString entity = r.value(4).toString();
        const Id entityId = r.value(5).toLongLong();
        const QJsonObject after = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
        e.count = r.value(7).toInt();
        if (e.action == QLatin1String("incident.state")) {
            e.detail = after.value(QStringLiteral("state")).toString();
        } else if (entity == QLatin1String("update")) {
            e.detail = kinds.value(entityId);
            const QString comment = after.value(QStringLiteral("comment")).toString();
            if (!comment.isEmpty())
                e.detail += u'\n' + comment;
        } else if (e.action.endsWith(QLatin1String("_reports"))) {
            e.count *= after.value(QStringLiteral("count")).toInt(); // rows alike × what each counts
            e.detail = e.action == QLatin1String("incident.receive_reports") ? after.value(QStringLiteral("from")).toString()
                                                                           : after.value(QStringLiteral("to")).toString();
        } else if (entity == QLatin1String("publication")) {
            e.detail = after.value(QStringLiteral("state")).toString();
        }
        // Report links and moves by one person within a minute are one line (PostgreSQL's log has an
        // entry per report, a workstation's one per action).
        const bool grouped = e.action == QLatin1String("report.link") || e.action.endsWith(QLatin1String("_reports"));
        if (grouped && !out.isEmpty() && out.last().action == e.action && out.last().actor == e.actor
            && out.last().detail == e.detail && out.last().at.secsTo(e.at) < 60) {
            out.last().count += e.count;
            continue;
        }
        out.append(e);
    }
    return out;
}

Result<qint64> IncidentRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM incidents"));
    if (!n.ok())
        return n.error();
    return n.value().toLongLong();
}

Result<QList<IncidentRepository::Span>> IncidentRepository::spans() const
{
    auto q = m_db.exec(QStringLiteral("SELECT i.id, min(s.service_id), i.created_at, i.state, i.resolved_at FROM incidents i "
                                      "LEFT JOIN incident_services s ON s.incident_id = i.id GROUP BY i.id, "
                                      "i.created_at, i.state, i.resolved_at"));
    if (!q.ok())
        return q.error();
    QList<Span> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong(),
                    q.value().value(4).toLongLong(),
                    fromKey<IncidentState>(q.value().value(3).toString()).value_or(IncidentState::Reported)});
    }
    return out;
}

} // namespace desk
