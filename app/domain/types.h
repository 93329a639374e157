// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace desk {

// Every enum has a stable lowercase key used in the database, files and the CLI.

enum class Role { Agent, Lead, Admin };
enum class Language { It, En, Fr, De, Es };
enum class Channel { ContactForm, Email, Phone, Import };
enum class ReportStatus { New, Claimed, Linked, NotIncident, Duplicate, Closed };
enum class ConfirmationState { None, Exported, Sent };
enum class ImpactLevel { None, Minor, Major, Critical };
enum class IncidentState { Reported, Acknowledged, Investigating, Identified, Monitoring, Resolved, Reviewed, Closed };
enum class UpdateKind { Acknowledgement, Impact, Progress, Resolution, Postmortem };
enum class UpdateStatus { Draft, Submitted, Approved, ChangesRequested, Published };
enum class ServiceStatus { Operational, Degraded, PartialOutage, MajorOutage, Maintenance };
enum class PublicationKind { HelpCenter, Statuspage, Cachet, Zendesk, Webhook };
enum class JobState { Pending, Sending, Done, Failed, Cancelled };
/** A message to a reporter: see resources/schema/sqlite/009_mail.sql for the way through. */
enum class MailState { Pending, Claimed, Sending, Sent, Failed, InDoubt, Cancelled };

QString toKey(Role v);
QString toKey(Language v);
QString toKey(Channel v);
QString toKey(ReportStatus v);
QString toKey(ConfirmationState v);
QString toKey(ImpactLevel v);
QString toKey(IncidentState v);
QString toKey(UpdateKind v);
QString toKey(UpdateStatus v);
QString toKey(ServiceStatus v);
QString toKey(PublicationKind v);
QString toKey(JobState v);
QString toKey(MailState v);

/** Parses a key written by toKey(); std::nullopt for anything else. */
template<typename E>
std::optional<E> fromKey(const QString &key);

/** All values of an enum in declaration order. */
template<typename E>
QList<E> allValues();

} // namespace desk
