// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Help Center's pages and feeds share: the labels in each language, the site's header
// data, and which incidents are listed. Internal to app/publish.

#include "helpcentersite.h"
#include "sitetemplates.h"

namespace desk::SiteData {

using Data = SiteTemplates::Data;

inline std::string str(const QString &s)
{
    return s.toStdString();
}

QString stateLabel(IncidentState state, Language language, const SiteTemplates &site);
QString kindLabel(UpdateKind kind, Language language, const SiteTemplates &site);
QString serviceStatusLabel(ServiceStatus status, Language language, const SiteTemplates &site);
QString serviceStatusKey(ServiceStatus status);

QString titleOf(Language language, const SiteOptions &options);
/** The header's data: title, team, logo (and its origin for the page's CSP), contact, footer. */
Data siteHeader(Language language, const SiteOptions &options);
/** "Times are shown in Central European Time." for the reader's zone of this language. */
QString timesIn(Language language, const SiteOptions &options);

QDateTime lastPublished(const SiteIncident &incident);
/** Newest published first; the higher id first between two of the same moment. */
bool newer(const UpdateWithBodies &a, const UpdateWithBodies &b);
QList<UpdateWithBodies> newestFirst(QList<UpdateWithBodies> updates);
/** On the index: open, or resolved in the last 90 days. Such incidents have their own feeds. */
bool listed(const SiteIncident &incident, const QDateTime &now);

/** Update bodies as HTML by update id × 8 + language: rendered once for every page and feed. */
using Bodies = QHash<qint64, std::string>;
/** An update's body in a language as HTML (the language it falls back to is the one rendered). */
const std::string &bodyHtml(Bodies &cache, const UpdateWithBodies &update, Language language);

/** The Atom feed of one incident in one language. */
SiteFile incidentFeed(const SiteIncident &incident, Language language, const SiteOptions &options, Bodies &bodies);
/** Per language a feed of every listed incident's updates (the newest 200), and the root feed. */
QList<SiteFile> siteFeeds(const QList<const SiteIncident *> &listedIncidents, const SiteOptions &options);
SiteFile incidentsJson(const QList<const SiteIncident *> &listedIncidents, const SiteOptions &options);
SiteFile styleSheet(const SiteOptions &options);

} // namespace desk::SiteData
