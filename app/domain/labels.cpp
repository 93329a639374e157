// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>

namespace desk {

namespace {
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString label(Role v)
{
    switch (v) {
    case Role::Agent: return Labels::tr("Agent");
    case Role::Lead: return Labels::tr("Team lead");
    case Role::Admin: return Labels::tr("Administrator");
    }
    return {};
}

QString label(ReportStatus v)
{
    switch (v) {
    case ReportStatus::New: return Labels::tr("New");
    case ReportStatus::Claimed: return Labels::tr("Claimed");
    case ReportStatus::Linked: return Labels::tr("Linked");
    case ReportStatus::NotIncident: return Labels::tr("Not an incident");
    case ReportStatus::Duplicate: return Labels::tr("Duplicate", "report status");
    case ReportStatus::Closed: return Labels::tr("Closed", "report status");
    }
    return {};
}

QString label(IncidentState v)
{
    switch (v) {
    case IncidentState::Reported: return Labels::tr("Reported");
    case IncidentState::Acknowledged: return Labels::tr("Acknowledged");
    case IncidentState::Investigating: return Labels::tr("Investigating");
    case IncidentState::Identified: return Labels::tr("Identified");
    case IncidentState::Monitoring: return Labels::tr("Monitoring");
    case IncidentState::Resolved: return Labels::tr("Resolved");
    case IncidentState::Reviewed: return Labels::tr("Reviewed");
    case IncidentState::Closed: return Labels::tr("Closed", "incident state");
    }
    return {};
}

QString label(ImpactLevel v)
{
    switch (v) {
    //: Impact level: the incident affects no customer
    case ImpactLevel::None: return Labels::tr("None");
    case ImpactLevel::Minor: return Labels::tr("Minor");
    case ImpactLevel::Major: return Labels::tr("Major");
    case ImpactLevel::Critical: return Labels::tr("Critical");
    }
    return {};
}

QString label(UpdateKind v)
{
    switch (v) {
    case UpdateKind::Acknowledgement: return Labels::tr("Acknowledgement");
    case UpdateKind::Impact: return Labels::tr("Description and impact");
    case UpdateKind::Progress: return Labels::tr("Progress");
    case UpdateKind::Resolution: return Labels::tr("Resolution");
    case UpdateKind::Postmortem: return Labels::tr("Post-incident review");
    }
    return {};
}

QString label(UpdateStatus v)
{
    switch (v) {
    case UpdateStatus::Draft: return Labels::tr("Draft");
    case UpdateStatus::Submitted: return Labels::tr("Waiting for approval");
    case UpdateStatus::Approved: return Labels::tr("Approved");
    case UpdateStatus::ChangesRequested: return Labels::tr("Changes requested");
    case UpdateStatus::Published: return Labels::tr("Published", "update status");
    }
    return {};
}

QString label(Channel v)
{
    switch (v) {
    case Channel::ContactForm: return Labels::tr("Contact form");
    case Channel::Email: return Labels::tr("E-mail");
    case Channel::Phone: return Labels::tr("Phone");
    case Channel::Import: return Labels::tr("Import");
    }
    return {};
}

QString label(Language v)
{
    switch (v) {
    case Language::It: return Labels::tr("Italian");
    case Language::En: return Labels::tr("English");
    case Language::Fr: return Labels::tr("French");
    case Language::De: return Labels::tr("German");
    case Language::Es: return Labels::tr("Spanish");
    }
    return {};
}

QString label(Cadence::Standing v)
{
    switch (v) {
    case Cadence::Standing::NotApplicable: return {};
    case Cadence::Standing::OnTrack: return Labels::tr("On track");
    case Cadence::Standing::DueSoon: return Labels::tr("Update due soon");
    case Cadence::Standing::Overdue: return Labels::tr("Update overdue");
    }
    return {};
}

QString label(ServiceStatus v)
{
    switch (v) {
    case ServiceStatus::Operational: return Labels::tr("Operational");
    case ServiceStatus::Degraded: return Labels::tr("Degraded performance");
    case ServiceStatus::PartialOutage: return Labels::tr("Partial outage");
    case ServiceStatus::MajorOutage: return Labels::tr("Major outage");
    case ServiceStatus::Maintenance: return Labels::tr("Maintenance");
    }
    return {};
}

QString label(PublicationKind v)
{
    switch (v) {
    case PublicationKind::HelpCenter: return Labels::tr("Help Center site");
    case PublicationKind::Statuspage: return Labels::tr("Statuspage");
    case PublicationKind::Cachet: return Labels::tr("Cachet");
    case PublicationKind::Zendesk: return Labels::tr("Zendesk Guide");
    case PublicationKind::Webhook: return Labels::tr("Webhook");
    }
    return {};
}

QString label(JobState v)
{
    switch (v) {
    case JobState::Pending: return Labels::tr("Waiting to be sent");
    case JobState::Sending: return Labels::tr("Sending");
    case JobState::Done: return Labels::tr("Published");
    case JobState::Failed: return Labels::tr("Failed");
    case JobState::Cancelled: return Labels::tr("Cancelled");
    }
    return {};
}

QString label(MailState v)
{
    switch (v) {
    case MailState::Pending: return Labels::tr("Waiting to be sent");
    case MailState::Claimed: return Labels::tr("About to be sent");
    case MailState::Sending: return Labels::tr("Sending");
    //: State of a message to a reporter: the mail server accepted it
    case MailState::Sent: return Labels::tr("Sent");
    case MailState::Failed: return Labels::tr("Refused");
    case MailState::InDoubt: return Labels::tr("In doubt: may have been sent");
    case MailState::Cancelled: return Labels::tr("Cancelled");
    }
    return {};
}

QString label(IncidentMerge::Field v)
{
    using F = IncidentMerge::Field;
    switch (v) {
    case F::Title: return Labels::tr("Title");
    case F::Description: return Labels::tr("Description");
    case F::ImpactSummary: return Labels::tr("Impact on using the site");
    case F::UserJourneys: return Labels::tr("Affected user journeys");
    case F::Workaround: return Labels::tr("Workaround");
    case F::Services: return Labels::tr("Affected services");
    case F::Impact: return Labels::tr("Impact level");
    case F::Owner: return Labels::tr("Owner");
    case F::Cadence: return Labels::tr("Update cadence (minutes)");
    case F::RootCause: return Labels::tr("Root cause");
    case F::Actions: return Labels::tr("Preventive actions");
    }
    return {};
}

} // namespace desk
