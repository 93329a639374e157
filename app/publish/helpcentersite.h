// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "store/updaterepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <memory>

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

class SiteTemplates;

/** How a Help Center looks and whom it speaks to: a target's settings (`SiteOptions::fromConfig`). */
struct SiteOptions
{
    Q_DECLARE_TR_FUNCTIONS(desk::SiteOptions)

public:
    QString title;   // empty: each language's own title ("Service status and incident reports")
    QString baseUrl = QStringLiteral("https://help.example.org/incidents/"); // absolute, for the feeds and JSON
    QDateTime now;   // "the last 90 days" end here
    QString team;    // the team's or company's name in the page header
    QString logoUrl; // https://… or a path on the site; shown in the header
    QString accentColor = QStringLiteral("#24364b"); // the header band, #rrggbb
    QString footer;     // a line of text under every page
    QString contactUrl; // the contact form, linked from every page ("Report a problem")
    QHash<Language, QTimeZone> zones; // the readers' time zone per language; default Readers::zone
    QList<Service> services;          // every service and its status, for the index
    std::shared_ptr<const SiteTemplates> templates; // null: the built-in templates and texts

    /**
     * From a Help Center target's JSON settings: title, baseUrl (else davUrl), team, logoUrl,
     * accentColor, footer, contactUrl, timeZones {"es": "America/Mexico_City"}, templates (a
     * folder whose files replace the built-in templates and texts). An error says which setting.
     */
    static Result<SiteOptions> fromConfig(const QJsonObject &config);
    QTimeZone zone(Language language) const;
    /** `now`, or the clock's time when it is not set. */
    QDateTime at() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    const SiteTemplates &site() const;
};

/**
 * The Help Center's incident reports as static files, from the Mustache templates of
 * `resources/site/` and each language's texts:
 * - per incident and language an HTML page (`inc-2026-0042/it.html`): its state, the resolution
 *   first once resolved, while open when the next update is due, the impact on using the site,
 *   the post-incident review and every published update labelled with its kind and the state it
 *   announced, newest first, in the page's language and the reader's time zone; and, while the
 *   incident is listed on the index, an Atom feed of its updates (`inc-2026-0042/it.atom`);
 * - per language an index (`it/index.html`: every service's status, then open incidents, then the
 *   last 90 days) and an Atom feed (`it/feed.atom`); the root `index.html` offers the languages,
 *   and `feed.atom` stays the English feed its first subscribers know;
 * - `incidents.json` and `style.css` (the target's colours).
 * No JavaScript; every text is escaped, update bodies go through the safe Markdown renderer, and
 * every page links its other languages (`hreflang`). The output depends only on the data, so
 * unchanged files are byte-for-byte equal.
 */
namespace HelpCenterSite {

QList<SiteFile> render(const QList<SiteIncident> &incidents, const SiteOptions &options);
/**
 * What every publication changes: the index, incidents.json, the feed and the CSS. Only needs
 * the bodies of the newest 200 updates (the feed); the others may come without bodies.
 */
QList<SiteFile> sharedFiles(const QList<SiteIncident> &incidents, const SiteOptions &options);
/** The pages of one incident (one per language), and its feeds while it is listed. */
QList<SiteFile> incidentPages(const SiteIncident &incident, const SiteOptions &options);
/** The pages of these incidents, rendered side by side (each depends on its incident alone). */
QList<SiteFile> incidentPages(const QList<const SiteIncident *> &incidents, const SiteOptions &options);
QString pagePath(const Incident &incident, Language language);
/** The report of an incident in a language, as HTML without the page around it or its title. */
QString reportHtml(const SiteIncident &incident, Language language, const SiteOptions &options = {});
/** The Atom feed of one incident in a language, while it is listed on the index. */
QString incidentFeedPath(const Incident &incident, Language language);
/** An update's text in a language: that language's body, else English, else the first there is. */
QString bodyIn(const UpdateWithBodies &update, Language language);

} // namespace HelpCenterSite
} // namespace desk
