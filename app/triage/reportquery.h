// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDateTime>
#include <QStringList>

namespace desk {

class Database;

/** What the triage queue shows: filters and order, turned into SQL for either engine. */
struct ReportQuery
{
    enum class SortKey { Received, Customer, Channel, Language, Service, Subject, Status, Incident, ClaimedBy };

    QList<ReportStatus> statuses; // empty: any
    QStringList serviceKeys;
    QList<Channel> channels;
    QList<Language> languages;
    QDateTime receivedAfter;
    QDateTime receivedBefore;
    QString claimedBy; // a user name; "-" for unclaimed
    QString text;      // full-text search, taken as words
    SortKey sort = SortKey::Received;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const ReportQuery &) const = default;

    /** For saved filters. */
    QByteArray toJson() const;
    static ReportQuery fromJson(const QByteArray &json);
};

/** One row of the queue, as the table shows it. */
struct ReportSummary
{
    Id id = 0;
    QDateTime receivedAt;
    QString customerName;
    QString customerRef;
    Channel channel = Channel::ContactForm;
    Language language = Language::En;
    QString serviceKey;
    QString subject;
    ReportStatus status = ReportStatus::New;
    QString incidentReference;
    IncidentState incidentState = IncidentState::Reported;
    QDateTime incidentLastDelivered; // with the two below: when its next public update is due
    int incidentUndelivered = 0;     // its updates published and not yet on the Help Center
    QDateTime incidentAcknowledged;
    int incidentCadenceMinutes = 0;
    QString claimedBy;
    QDateTime claimUntil;
    int version = 1;
    bool hasFiles = false; // the customer sent files with it (the queue shows a paper clip)
};

} // namespace desk
