// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <array>
#include <utility>

namespace desk {
namespace {

template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<Role, 3> kRoles{{{Role::Agent, "agent"}, {Role::Lead, "lead"}, {Role::Admin, "admin"}}};
constexpr KeyTable<Language, 5> kLanguages{{{Language::It, "it"},
                                            {Language::En, "en"},
                                            {Language::Fr, "fr"},
                                            {Language::De, "de"},
                                            {Language::Es, "es"}}};
constexpr KeyTable<Channel, 4> kChannels{{{Channel::ContactForm, "contact_form"},
                                          {Channel::Email, "email"},
                                          {Channel::Phone, "phone"},
                                          {Channel::Import, "import"}}};
constexpr KeyTable<ReportStatus, 6> kReportStatuses{{{ReportStatus::New, "new"},
                                                     {ReportStatus::Claimed, "claimed"},
                                                     {ReportStatus::Linked, "linked"},
                                                     {ReportStatus::NotIncident, "not_incident"},
                                                     {ReportStatus::Duplicate, "duplicate"},
                                                     {ReportStatus::Closed, "closed"}}};
constexpr KeyTable<ConfirmationState, 3> kConfirmations{{{ConfirmationState::None, "none"},
                                                         {ConfirmationState::Exported, "exported"},
                                                         {ConfirmationState::Sent, "sent"}}};
constexpr KeyTable<ImpactLevel, 4> kImpacts{{{ImpactLevel::None, "none"},
                                             {ImpactLevel::Minor, "minor"},
                                             {ImpactLevel::Major, "major"},
                                             {ImpactLevel::Critical, "critical"}}};
constexpr KeyTable<IncidentState, 8> kIncidentStates{{{IncidentState::Reported, "reported"},
                                                      {IncidentState::Acknowledged, "acknowledged"},
                                                      {IncidentState::Investigating, "investigating"},
                                                      {IncidentState::Identified, "identified"},
                                                      {IncidentState::Monitoring, "monitoring"},
                                                      {IncidentState::Resolved, "resolved"},
                                                      {IncidentState::Reviewed, "reviewed"},
                                                      {IncidentState::Closed, "closed"}}};
constexpr KeyTable<UpdateKind, 5> kUpdateKinds{{{UpdateKind::Acknowledgement, "acknowledgement"},
                                                {UpdateKind::Impact, "impact"},
                                                {UpdateKind::Progress, "progress"},
                                                {UpdateKind::Resolution, "resolution"},
                                                {UpdateKind::Postmortem, "postmortem"}}};
constexpr KeyTable<UpdateStatus, 5> kUpdateStatuses{{{UpdateStatus::Draft, "draft"},
                                                     {UpdateStatus::Submitted, "submitted"},
                                                     {UpdateStatus::Approved, "approved"},
                                                     {UpdateStatus::ChangesRequested, "changes_requested"},
                                                     {UpdateStatus::Published, "published"}}};
constexpr KeyTable<ServiceStatus, 5> kServiceStatuses{{{ServiceStatus::Operational, "operational"},
                                                       {ServiceStatus::Degraded, "degraded"},
                                                       {ServiceStatus::PartialOutage, "partial_outage"},
                                                       {ServiceStatus::MajorOutage, "major_outage"},
                                                       {ServiceStatus::Maintenance, "maintenance"}}};
constexpr KeyTable<PublicationKind, 5> kPublicationKinds{{{PublicationKind::HelpCenter, "helpcenter"},
                                                         {PublicationKind::Statuspage, "statuspage"},
                                                         {PublicationKind::Cachet, "cachet"},
                                                         {PublicationKind::Zendesk, "zendesk"},
                                                         {PublicationKind::Webhook, "webhook"}}};
constexpr KeyTable<JobState, 5> kJobStates{{{JobState::Pending, "pending"},
                                            {JobState::Sending, "sending"},
                                            {JobState::Done, "done"},
                                            {JobState::Failed, "failed"},
                                            {JobState::Cancelled, "cancelled"}}};
constexpr KeyTable<MailState, 7> kMailStates{{{MailState::Pending, "pending"},
                                              {MailState::Claimed, "claimed"},
                                              {MailState::Sending, "sending"},
                                              {MailState::Sent, "sent"},
                                              {MailState::Failed, "failed"},
                                              {MailState::InDoubt, "in_doubt"},
                                              {MailState::Cancelled, "cancelled"}}};

template<typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const KeyTable<E, N> &table)
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

#define DESK_ENUM_KEYS(Enum, table)                                                                         \
    QString toKey(Enum v) { return keyOf(table, v); }                                                     \
    template<>                                                                                              \
    std::optional<Enum> fromKey<Enum>(const QString &key)                                                 \
    {                                                                                                       \
        return valueOf(table, key);                                                                         \
    }                                                                                                       \
    template<>                                                                                              \
    QList<Enum> allValues<Enum>()                                                                           \
    {                                                                                                       \
        return valuesOf(table);                                                                             \
    }

DESK_ENUM_KEYS(Role, kRoles)
DESK_ENUM_KEYS(Language, kLanguages)
DESK_ENUM_KEYS(Channel, kChannels)
DESK_ENUM_KEYS(ReportStatus, kReportStatuses)
DESK_ENUM_KEYS(ConfirmationState, kConfirmations)
DESK_ENUM_KEYS(ImpactLevel, kImpacts)
DESK_ENUM_KEYS(IncidentState, kIncidentStates)
DESK_ENUM_KEYS(UpdateKind, kUpdateKinds)
DESK_ENUM_KEYS(UpdateStatus, kUpdateStatuses)
DESK_ENUM_KEYS(ServiceStatus, kServiceStatuses)
DESK_ENUM_KEYS(PublicationKind, kPublicationKinds)
DESK_ENUM_KEYS(JobState, kJobStates)
DESK_ENUM_KEYS(MailState, kMailStates)

#undef DESK_ENUM_KEYS

} // namespace desk
