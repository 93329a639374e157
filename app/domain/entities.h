// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace desk {

using Id = qint64;

struct User
{
    Id id = 0;
    QString name; // login name; on PostgreSQL the login role
    QString displayName;
    Role role = Role::Agent;
    bool active = true;
    QString email = {}; // where the service's warnings reach this person; may be empty

    bool isLead() const { return role == Role::Lead || role == Role::Admin; }
};

struct Service
{
    Id id = 0;
    QString key;
    QString name;
    ServiceStatus status = ServiceStatus::Operational;
    int version = 1;
};

struct Report
{
    Id id = 0;
    QString externalRef;
    QDateTime receivedAt;
    Channel channel = Channel::ContactForm;
    QString customerRef;
    QString customerName;
    QString customerEmail;
    Language language = Language::En;
    QString subject;
    QString body;
    QString serviceKey;
    QString attachments; // JSON array of {name, size, type}
    ReportStatus status = ReportStatus::New;
    Id incidentId = 0;
    Id duplicateOf = 0;
    QString claimedBy;
    QDateTime claimUntil;
    ConfirmationState confirmation = ConfirmationState::None;
    int version = 1;
};

struct PreventiveAction
{
    Id id = 0;
    QString description;
    QString owner;
    QDate dueDate;
    bool done = false;

    bool operator==(const PreventiveAction &) const = default;
};

struct Incident
{
    Id id = 0;
    QString reference; // INC-2026-0042
    QString title;
    QString description;
    QString impactSummary;   // impact on using the site
    QString userJourneys;    // affected user journeys, one per line
    QString workaround;
    QStringList serviceKeys; // affected services
    ImpactLevel impact = ImpactLevel::Minor;
    IncidentState state = IncidentState::Reported;
    QString owner;
    int cadenceMinutes = 24 * 60;
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime reviewedAt;
    QDateTime closedAt;
    QDateTime lastPublishedAt; // the last click on Publish
    QDateTime lastDeliveredAt; // the last update the Help Center confirmed: the cadence clock
    int undeliveredUpdates = 0; // published, not yet confirmed by the Help Center: on their way
    QString rootCause;
    QList<PreventiveAction> actions; // the post-incident review's preventive actions
    int version = 1;
};

struct Update
{
    Id id = 0;
    Id incidentId = 0;
    UpdateKind kind = UpdateKind::Progress;
    UpdateStatus status = UpdateStatus::Draft;
    QString author;
    QString approver;
    QString reviewComment;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime decidedAt;
    QDateTime publishedAt;
    int version = 1;
    std::optional<IncidentState> announcedState = {}; // the incident's state when it was published
};

struct PublicationTarget
{
    Id id = 0;
    PublicationKind kind = PublicationKind::HelpCenter;
    QString name;
    QString config; // JSON, without secrets: those live in the keychain
    bool enabled = true;
    int version = 1;
};

/** One published update on its way to one target; written once, sent until done. */
struct PublicationJob
{
    Id id = 0;
    Id updateId = 0;
    Id targetId = 0;
    QString targetName;
    PublicationKind targetKind = PublicationKind::HelpCenter;
    QString incidentReference;
    UpdateKind updateKind = UpdateKind::Progress;
    JobState state = JobState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString remoteId;
    QString remoteUrl;
    QString idempotencyKey;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
};

/** One message to one reporter about one incident: the acknowledgement notice or the confirmation. */
struct MailJob
{
    Id id = 0;
    Id incidentId = 0;
    Id reportId = 0;
    QString incidentReference;
    QString reportReference; // the report's external reference
    QString recipient;       // the reporter's address, as the report has it now
    bool resolution = false; // the resolution confirmation; otherwise the acknowledgement notice
    MailState state = MailState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString messageKey; // the Message-ID's unique part, fixed when the job was made
    QString claimedBy;
    QDateTime sentAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
};

/** One line of an incident's history, read from the audit log. */
struct TimelineEntry
{
    QDateTime at;
    QString actor;
    QString action; // audit action key: incident.state, update.approve, report.link …
    QString detail; // what changed, in the stored keys (state names, kinds, counts)
    int count = 1;  // several report links by the same person within a minute are one line
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    Id entityId = 0;
    QString before; // JSON
    QString after;  // JSON
    QString prevHash;
    QString hash;
};

} // namespace desk
