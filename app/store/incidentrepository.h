// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariantList>

namespace desk {

class Database;

struct IncidentScope
{
    qint64 reports = 0;
    qint64 customers = 0;      // by customer reference, else e-mail address, else each report its own
    int overdueActions = 0;    // preventive actions not done past their due date
};

/** Incidents: creation with a public reference, optimistic saves, lifecycle steps. */
class IncidentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(desk::IncidentRepository)

public:
    IncidentRepository(Database &db, User actor);

    /** Creates the incident in state `reported` with the next INC-<year>-<nnnn> reference. */
    Result<Incident> create(const Incident &draft);
    Result<Incident> get(Id id) const;
    /** The preventive actions of these incidents (the list leaves them out), in the order they were added. */
    Result<QHash<Id, QList<PreventiveAction>>> actionsOf(const QList<Id> &ids) const;
    Result<Incident> byReference(const QString &reference) const;
    Result<QList<Incident>> list(bool openOnly = false) const;
    /**
     * What the Help Center's shared files need: the open incidents, those resolved since
     * `resolvedSince`, the one called `reference` and those in `ids` (past a thousand, all).
     */
    Result<QList<Incident>> listForSite(const QDateTime &resolvedSince, const QString &reference, const QSet<Id> &ids) const;

    /** Saves the editable fields when nobody changed the incident since `incident.version`. */
    Result<Incident> save(const Incident &incident);
    /** Moves the incident along its lifecycle, checking the policy's preconditions. */
    Result<Incident> transition(Id id, IncidentState to, int expectedVersion);

    /** Reports linked to the incident, newest first, a page at a time. */
    Result<QList<Report>> linkedReports(Id id, int limit, int offset = 0) const;
    /**
     * Moves reports from this incident to another (`toIncident`), or unlinks them back into the
     * triage queue (`toIncident` 0). Reports no longer linked here are left alone.
     */
    Result<int> moveReports(Id fromIncident, const QList<Id> &reportIds, Id toIncident);

    /** Everything that happened to the incident, oldest first, from the audit log. */
    Result<QList<TimelineEntry>> timeline(Id id) const;

    Result<IncidentScope> scope(Id id) const;
    /** Every incident's scope in one query (incidents without reports are absent). */
    Result<QHash<Id, IncidentScope>> scopes() const;
    Result<qint64> count() const;
    /** When each incident ran: from creation to resolution (0 while open), its first service and state. */
    struct Span
    {
        Id id = 0;
        Id firstServiceId = 0;
        qint64 createdAtMs = 0;
        qint64 resolvedAtMs = 0;
        IncidentState state = IncidentState::Reported;
    };
    Result<QList<Span>> spans() const;

private:
    Result<QList<Incident>> listWhere(const QString &where, const QVariantList &values) const;
    Status saveServices(Id id, const QStringList &serviceKeys);
    Status saveActions(Id id, const QList<PreventiveAction> &actions);

    Database &m_db;
    User m_actor;
};

} // namespace desk
