// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsearch.h"

#include "core/clock.h"
#include "database.h"

#include <QHash>
#include <QSqlQuery>

namespace desk::IncidentSearch {

Result<QList<IncidentCandidate>> openIncidents(Database &db, const QStringList &terms, const QString &serviceKey, int limit)
{
    QHash<Id, IncidentCandidate> found;
    const QString open = QStringLiteral("i.state NOT IN ('resolved', 'reviewed', 'closed')");
    const QString columns = QStringLiteral("i.id, i.reference, i.title, i.description, i.impact_summary, i.created_at");
    const auto collect = [&found](QSqlQuery &q) {
        while (q.next()) {
            IncidentCandidate c;
            c.id = q.value(0).toLongLong();
            c.reference = q.value(1).toString();
            c.title = q.value(2).toString();
            c.text = c.title + u' ' + q.value(3).toString() + u' ' + q.value(4).toString();
            c.createdAt = fromMs(q.value(5).toLongLong());
            found.insert(c.id, c);
        }
    };
    if (!terms.isEmpty()) {
        Result<QSqlQuery> q = Error::invalid(QString());
        if (db.isPostgres()) {
            q = db.exec(QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM incidents i, to_tsquery('simple', ?) query WHERE i.search @@ query AND ")
                              + open + QStringLiteral(" ORDER BY ts_rank(i.search, query) DESC LIMIT ?"),
                          {terms.join(QStringLiteral(" | ")), limit});
        } else {
            QStringList quoted;
            for (const QString &t : terms)
                quoted << u'"' + t + u'"';
            q = db.exec(QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM incidents_fts f JOIN incidents i ON i.id = f.rowid "
                                               "WHERE incidents_fts MATCH ? AND ")
                              + open + QStringLiteral(" ORDER BY bm25(incidents_fts) LIMIT ?"),
                          {quoted.join(QStringLiteral(" OR ")), limit});
        }
        if (!q.ok())
            return q.error();
        collect(q.value());
    }
    if (!serviceKey.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT ") + columns
                               + QStringLiteral(" FROM incidents i JOIN incident_services x ON x.incident_id = i.id "
                                                "JOIN services s ON s.id = x.service_id WHERE s.key = ? AND ")
                               + open + QStringLiteral(" ORDER BY i.created_at DESC LIMIT 20"),
                           {serviceKey});
        if (!q.ok())
            return q.error();
        collect(q.value());
    }
    if (found.isEmpty())
        return QList<IncidentCandidate>();
    QStringList ids;
    for (Id id : found.keys())
        ids << QString::number(id);
    auto services = db.exec(QStringLiteral("SELECT x.incident_id, s.key FROM incident_services x JOIN services s ON "
                                             "s.id = x.service_id WHERE x.incident_id IN (")
                              + ids.join(u',') + u')');
    if (!services.ok())
        return services.error();
    while (services.value().next()) {
        auto it = found.find(services.value().value(0).toLongLong());
        if (it != found.end())
            it->serviceKeys << services.value().value(1).toString();
    }
    return found.values();
}


} // namespace desk::IncidentSearch
