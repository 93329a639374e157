// SPDX-License-Identifier: GPL-3.0-or-later
// The Help Center's machine-read files: the Atom feeds, incidents.json and the style sheet.
#include "sitedata.h"

#include "domain/lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace desk::SiteData {

namespace {

const QString kAtom = QStringLiteral("application/atom+xml");

struct Entry
{
    const SiteIncident *incident;
    const UpdateWithBodies *update;
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/** A feed of `entries` (newest first) in language `l`; `self` and `page` are relative to the site. */
QByteArray feed(const QList<Entry> &entries, Language l, const SiteOptions &o, const QString &title,
                const QString &self, const QString &page, Bodies &bodies)
{
    const SiteTemplates &site = o.site();
    Data d;
    d.set("lang", str(toKey(l)));
    d.set("title", str(title));
    d.set("id", str(o.baseUrl + self));
    d.set("self", str(o.baseUrl + self));
    d.set("page", str(o.baseUrl + page));
    d.set("author", str(o.team.isEmpty() ? titleOf(l, o) : o.team));
    const QDateTime now = o.at();
    d.set("updated", str(iso(entries.isEmpty() ? now : entries.first().update->update.publishedAt)));
    Data list(Data::type::list);
    for (const Entry &e : entries) {
        const Update &u = e.update->update;
        const Incident &i = e.incident->incident;
        QString label = kindLabel(u.kind, l, site);
        if (u.announcedState)
            label += QStringLiteral(" · ") + stateLabel(*u.announcedState, l, site);
        const QString link = o.baseUrl + HelpCenterSite::pagePath(i, l) + QStringLiteral("#update-") + QString::number(u.id);
        Data entry;
        entry.set("title", str(i.reference + QStringLiteral(" — ") + i.title + QStringLiteral(" — ") + label));
        entry.set("id", str(link));
        entry.set("link", str(link));
        entry.set("updated", str(iso(u.publishedAt)));
        entry.set("kind_key", str(toKey(u.kind)));
        entry.set("kind", str(label));
        entry.set("content", bodyHtml(bodies, *e.update, l));
        list.push_back(entry);
    }
    d.set("entries", list);
    return QByteArray::fromStdString(site.render("feed", d));
}

} // namespace

SiteFile incidentFeed(const SiteIncident &s, Language l, const SiteOptions &o, Bodies &bodies)
{
    QList<Entry> entries;
    for (const UpdateWithBodies &u : s.published)
        entries.append({&s, &u});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return newer(*a.update, *b.update); });
    const QString title = s.incident.reference + QStringLiteral(" — ") + s.incident.title;
    return {HelpCenterSite::incidentFeedPath(s.incident, l),
            feed(entries, l, o, title, HelpCenterSite::incidentFeedPath(s.incident, l), HelpCenterSite::pagePath(s.incident, l), bodies),
            kAtom};
}

QList<SiteFile> siteFeeds(const QList<const SiteIncident *> &listedIncidents, const SiteOptions &o)
{
    // The newest 200 updates of the listed incidents (only those have their bodies for sure).
    QList<Entry> entries;
    for (const SiteIncident *s : listedIncidents)
        for (const UpdateWithBodies &u : s->published)
            entries.append({s, &u});
    const qsizetype kept = qMin<qsizetype>(200, entries.size());
    std::partial_sort(entries.begin(), entries.begin() + kept, entries.end(),
                      [](const Entry &a, const Entry &b) { return newer(*a.update, *b.update); });
    entries.resize(kept);
    Bodies bodies;
    QList<SiteFile> out;
    for (Language l : allValues<Language>()) {
        const QString folder = toKey(l) + u'/';
        out.append({folder + QStringLiteral("feed.atom"),
                    feed(entries, l, o, titleOf(l, o), folder + QStringLiteral("feed.atom"), folder + QStringLiteral("index.html"), bodies),
                    kAtom});
    }
    // The first feed's address, which its subscribers keep: English.
    out.append({QStringLiteral("feed.atom"),
                feed(entries, Language::En, o, titleOf(Language::En, o), QStringLiteral("feed.atom"), QStringLiteral("index.html"), bodies),
                kAtom});
    return out;
}

SiteFile incidentsJson(const QList<const SiteIncident *> &listedIncidents, const SiteOptions &o)
{
    QJsonArray items;
    for (const SiteIncident *s : listedIncidents) {
        QJsonObject pages;
        QJsonObject feeds;
        for (Language l : allValues<Language>()) {
            pages.insert(toKey(l), QString(o.baseUrl + HelpCenterSite::pagePath(s->incident, l)));
            feeds.insert(toKey(l), QString(o.baseUrl + HelpCenterSite::incidentFeedPath(s->incident, l)));
        }
        QJsonArray services;
        for (const QString &name : s->serviceNames.isEmpty() ? s->incident.serviceKeys : s->serviceNames)
            services.append(name);
        const QDateTime last = lastPublished(*s);
        items.append(QJsonObject{{QStringLiteral("reference"), s->incident.reference},
                                 {QStringLiteral("title"), s->incident.title},
                                 {QStringLiteral("state"), toKey(s->incident.state)},
                                 {QStringLiteral("open"), Lifecycle::isOpen(s->incident.state)},
                                 {QStringLiteral("impact"), toKey(s->incident.impact)},
                                 {QStringLiteral("services"), services},
                                 {QStringLiteral("created_at"), iso(s->incident.createdAt)},
                                 {QStringLiteral("resolved_at"), s->incident.resolvedAt.isValid() ? QJsonValue(iso(s->incident.resolvedAt)) : QJsonValue()},
                                 {QStringLiteral("last_update_at"), last.isValid() ? QJsonValue(iso(last)) : QJsonValue()},
                                 {QStringLiteral("updates"), int(s->published.size())},
                                 {QStringLiteral("pages"), pages},
                                 {QStringLiteral("feeds"), feeds}});
    }
    QJsonArray services;
    for (const Service &s : o.services)
        services.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("name"), s.name},
                                    {QStringLiteral("status"), toKey(s.status)}});
    // "<" only occurs inside strings: as \u003c the JSON is safe even where it is embedded in HTML.
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("version"), 2},
                                                {QStringLiteral("services"), services},
                                                {QStringLiteral("incidents"), items}})
                          .toJson(QJsonDocument::Indented);
    json.replace('<', "\\u003c").replace('>', "\\u003e");
    return {QStringLiteral("incidents.json"), json, QStringLiteral("application/json")};
}

SiteFile styleSheet(const SiteOptions &o)
{
    // The header band in the team's colour, its text white or black, whichever reads better; the
    // links in that colour too when it is dark enough on white (WCAG 4.5), else a standard blue.
    const QString accent = o.accentColor; // #rrggbb, checked by fromConfig
    auto channel = [&accent](int at) {
        const float v = float(QStringView(accent).mid(at, 2).toInt(nullptr, 16)) / 255.0f;
        return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    const float l = 0.2126f * channel(1) + 0.7152f * channel(3) + 0.0722f * channel(5);
    const float onWhite = 1.05f / (l + 0.05f);
    const float onBlack = (l + 0.05f) / 0.05f;
    Data d;
    d.set("accent", str(accent));
    d.set("on_accent", onWhite >= onBlack ? "#ffffff" : "#000000");
    d.set("link", onWhite >= 4.5f ? str(accent) : std::string("#0b57d0"));
    return {QStringLiteral("style.css"), QByteArray::fromStdString(o.site().render("style", d)),
            QStringLiteral("text/css; charset=utf-8")};
}

} // namespace desk::SiteData
