// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/updaterepository.h"

#include <QByteArray>
#include <QList>

namespace desk {

/** One incident as the Help Center shows it: only what has been published. */
struct SiteIncident
{
    Incident incident;
    QStringList serviceNames;
    QList<UpdateWithBodies> published; // published updates, any order
};

struct SiteFile
{
    QString path; // relative, with / separators: "style.css", "inc-2026-0042/it.html"
    QByteArray content;
    QString contentType;
};

struct SiteOptions
{
    QString title = QStringLiteral("Service status and incident reports");
    QString baseUrl = QStringLiteral("https://help.example.org/incidents/"); // absolute, for the feed and JSON
    QDateTime now;                                                         // "the last 90 days" end here
};

/**
 * The Help Center's incident reports as static files: per incident and language an HTML page
 * (title, state, impact on using the site, affected services, every published update newest
 * first in the page's language and time zone, the resolution and the post-incident review), an
 * index (open incidents first, then the last 90 days), `incidents.json`, an Atom feed and one
 * CSS file. No JavaScript; every text is escaped, update bodies go through the safe Markdown
 * renderer. The output depends only on the data, so unchanged files are byte-for-byte equal.
 */
namespace HelpCenterSite {

QList<SiteFile> render(const QList<SiteIncident> &incidents, const SiteOptions &options);
/**
 * What every publication changes: the index, incidents.json, the feed and the CSS. Only needs
 * the bodies of the newest 200 updates (the feed); the others may come without bodies.
 */
QList<SiteFile> sharedFiles(const QList<SiteIncident> &incidents, const SiteOptions &options);
/** The pages of one incident (one per language). */
QList<SiteFile> incidentPages(const SiteIncident &incident, const SiteOptions &options);
/** The pages of these incidents, rendered side by side (each depends on its incident alone). */
QList<SiteFile> incidentPages(const QList<const SiteIncident *> &incidents, const SiteOptions &options);
QString pagePath(const Incident &incident, Language language);
/** The report of an incident in a language, as HTML without the page around it or its title. */
QString reportHtml(const SiteIncident &incident, Language language);
/** An update's text in a language: that language's body, else English, else the first there is. */
QString bodyIn(const UpdateWithBodies &update, Language language);

} // namespace HelpCenterSite
} // namespace desk
