// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpcentersite.h"

#include "domain/cadence.h"
#include "domain/lifecycle.h"
#include "domain/readers.h"
#include "sitedata.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace desk::HelpCenterSite {

using namespace SiteData;

QString bodyIn(const UpdateWithBodies &u, Language l)
{
    if (u.bodies.contains(l))
        return u.bodies.value(l);
    if (u.bodies.contains(Language::En))
        return u.bodies.value(Language::En);
    return u.bodies.isEmpty() ? QString() : u.bodies.first();
}

QString pagePath(const Incident &incident, Language language)
{
    return incident.reference.toLower() + u'/' + toKey(language) + QStringLiteral(".html");
}

QString incidentFeedPath(const Incident &incident, Language language)
{
    return incident.reference.toLower() + u'/' + toKey(language) + QStringLiteral(".atom");
}

namespace {

const QString kHtml = QStringLiteral("text/html; charset=utf-8");

void setOptional(Data &d, const char *key, const QString &value)
{
    if (value.trimmed().isEmpty())
        d.set(key, Data::type::bool_false);
    else
        d.set(key, str(value));
}

Data updateData(const UpdateWithBodies &u, Language l, const SiteOptions &o, Bodies &bodies)
{
    const SiteTemplates &site = o.site();
    Data d;
    d.set("id", std::to_string(u.update.id));
    d.set("kind_key", str(toKey(u.update.kind)));
    d.set("kind", str(kindLabel(u.update.kind, l, site)));
    setOptional(d, "announced", u.update.announcedState ? stateLabel(*u.update.announcedState, l, site) : QString());
    d.set("iso", str(u.update.publishedAt.toUTC().toString(Qt::ISODate)));
    d.set("when", str(Readers::dateTime(u.update.publishedAt, l, o.zone(l))));
    d.set("body", bodyHtml(bodies, u, l));
    return d;
}

/** The report's data: the incident, its resolution, the next update, the review, the updates. */
Data reportData(const SiteIncident &s, Language l, const SiteOptions &o, Bodies &bodies)
{
    const SiteTemplates &site = o.site();
    const Incident &i = s.incident;
    const bool open = Lifecycle::isOpen(i.state);
    const QTimeZone zone = o.zone(l);
    Data d;
    Data incident;
    incident.set("title", str(i.title));
    incident.set("reference", str(i.reference));
    incident.set("state", str(stateLabel(i.state, l, site)));
    incident.set("state_key", open ? "open" : "resolved");
    incident.set("impact", str(i.impactSummary));
    Data journeys(Data::type::list);
    for (const QString &j : i.userJourneys.split(u'\n', Qt::SkipEmptyParts))
        if (!j.trimmed().isEmpty())
            journeys.push_back(str(j.trimmed()));
    d.set("has_journeys", journeys.list_value().empty() ? Data::type::bool_false : Data::type::bool_true);
    incident.set("journeys", journeys);
    setOptional(incident, "workaround", open ? i.workaround : QString());
    const QStringList services = s.serviceNames.isEmpty() ? i.serviceKeys : s.serviceNames;
    setOptional(incident, "services", Readers::locale(l).createSeparatedList(services));
    d.set("incident", incident);

    // A resolved incident opens with its resolution; an open one with when the next update is due.
    QList<UpdateWithBodies> updates = newestFirst(s.published);
    if (!open) {
        Data resolution;
        const auto shown = std::find_if(updates.cbegin(), updates.cend(),
                                        [](const UpdateWithBodies &u) { return u.update.kind == UpdateKind::Resolution; });
        const QDateTime when = i.resolvedAt.isValid() ? i.resolvedAt : shown != updates.cend() ? shown->update.publishedAt : QDateTime();
        if (shown != updates.cend()) {
            resolution = updateData(*shown, l, o, bodies);
            updates.removeAt(shown - updates.cbegin());
        } else {
            resolution.set("body", std::string());
        }
        resolution.set("resolved_on", str(site.text(l, "resolved_on", {{QStringLiteral("date"), Readers::dateTime(when, l, zone)}})));
        d.set("resolution", resolution);
        d.set("next_update", Data::type::bool_false);
    } else {
        d.set("resolution", Data::type::bool_false);
        const QDateTime due = Cadence::nextDue(i.state, lastPublished(s), i.acknowledgedAt, i.cadenceMinutes);
        setOptional(d, "next_update",
                    due.isValid() ? site.text(l, "next_update", {{QStringLiteral("date"), Readers::dateTime(due, l, zone)}}) : QString());
    }

    Data list(Data::type::list);
    for (const UpdateWithBodies &u : std::as_const(updates))
        list.push_back(updateData(u, l, o, bodies));
    d.set("updates", list);

    if (!i.rootCause.trimmed().isEmpty() && (i.state == IncidentState::Reviewed || i.state == IncidentState::Closed)) {
        Data review;
        review.set("root_cause", str(i.rootCause));
        Data actions(Data::type::list);
        for (const PreventiveAction &a : i.actions) {
            Data action;
            action.set("state_key", a.done ? "done" : "planned");
            action.set("state", str(site.text(l, a.done ? "action_done" : "action_planned")));
            action.set("description", str(a.description));
            setOptional(action, "due", !a.done && a.dueDate.isValid()
                            ? site.text(l, "action_due", {{QStringLiteral("date"), Readers::locale(l).toString(a.dueDate, QLocale::LongFormat)}})
                            : QString());
            actions.push_back(action);
        }
        review.set("has_actions", i.actions.isEmpty() ? Data::type::bool_false : Data::type::bool_true);
        review.set("actions", actions);
        d.set("review", review);
    } else {
        d.set("review", Data::type::bool_false);
    }
    return d;
}

/** "All services are working normally.", or the worst status and the services in it. */
std::pair<ServiceStatus, QString> overall(Language l, const SiteOptions &o)
{
    auto rank = [](ServiceStatus s) {
        switch (s) {
        case ServiceStatus::Operational: return 0;
        case ServiceStatus::Maintenance: return 1;
        case ServiceStatus::Degraded: return 2;
        case ServiceStatus::PartialOutage: return 3;
        case ServiceStatus::MajorOutage: return 4;
        }
        return 0;
    };
    ServiceStatus worst = ServiceStatus::Operational;
    for (const Service &s : o.services)
        worst = rank(s.status) > rank(worst) ? s.status : worst;
    if (worst == ServiceStatus::Operational)
        return {worst, o.site().text(l, "all_operational")};
    QStringList names;
    for (const Service &s : o.services)
        if (s.status == worst)
            names << s.name;
    return {worst, serviceStatusLabel(worst, l, o.site()) + QStringLiteral(": ") + Readers::locale(l).createSeparatedList(names)};
}

/** What every page has: its language, title, the site's header, the language links and feeds. */
void pageFrame(Data &d, Language l, const SiteOptions &o, const QString &pageTitle, const QString &root,
               const QString &home, const std::function<QString(Language)> &languageHref, Data feeds)
{
    const SiteTemplates &site = o.site();
    d.set("lang", str(toKey(l)));
    d.set("page_title", str(pageTitle));
    d.set("root", str(root));
    d.set("home", str(home));
    d.set("site", siteHeader(l, o));
    d.set("t", site.texts(l));
    setOptional(d, "times_in", timesIn(l, o));
    Data alternates(Data::type::list);
    for (Language other : allValues<Language>()) {
        Data a;
        a.set("code", str(toKey(other)));
        a.set("name", str(site.text(other, "language_name")));
        a.set("href", str(languageHref(other)));
        a.set("current", other == l ? Data::type::bool_true : Data::type::bool_false);
        a.set("overall", str(o.services.isEmpty() ? titleOf(other, o) : overall(other, o).second));
        alternates.push_back(a);
    }
    d.set("alternates", alternates);
    d.set("has_languages", Data::type::bool_true);
    d.set("feeds", feeds);
}

Data feedLink(const QString &href, const QString &title)
{
    Data f;
    f.set("href", str(href));
    f.set("title", str(title));
    return f;
}

} // namespace

QString reportHtml(const SiteIncident &s, Language l, const SiteOptions &options)
{
    Bodies bodies;
    Data d = reportData(s, l, options, bodies);
    d.set("t", options.site().texts(l));
    return QString::fromStdString(options.site().render("report", d));
}

QList<SiteFile> incidentPages(const SiteIncident &s, const SiteOptions &options)
{
    QList<SiteFile> out;
    const Incident &i = s.incident;
    const QDateTime now = options.at();
    const bool followable = listed(s, now);
    Bodies bodies; // an English text shown on three pages is rendered once
    for (Language l : allValues<Language>()) {
        const SiteTemplates &site = options.site();
        Data d = reportData(s, l, options, bodies);
        setOptional(d, "follow", followable ? QString(toKey(l) + QStringLiteral(".atom")) : QString());
        Data feeds(Data::type::list);
        if (followable)
            feeds.push_back(feedLink(toKey(l) + QStringLiteral(".atom"), site.text(l, "follow")));
        feeds.push_back(feedLink(QStringLiteral("../") + toKey(l) + QStringLiteral("/feed.atom"), site.text(l, "feed")));
        pageFrame(d, l, options, i.title + QStringLiteral(" — ") + i.reference, QStringLiteral("../"),
                  QStringLiteral("../") + toKey(l) + QStringLiteral("/index.html"),
                  [](Language other) -> QString { return toKey(other) + QStringLiteral(".html"); }, feeds);
        out.append({pagePath(i, l), QByteArray::fromStdString(site.render("incident", d)), kHtml});
        if (followable)
            out.append(incidentFeed(s, l, options, bodies));
    }
    return out;
}

QList<SiteFile> incidentPages(const QList<const SiteIncident *> &incidents, const SiteOptions &options)
{
    const QList<QList<SiteFile>> pages = QtConcurrent::blockingMapped(
        incidents, [&options](const SiteIncident *s) { return incidentPages(*s, options); });
    QList<SiteFile> out;
    out.reserve(incidents.size() * qsizetype(allValues<Language>().size()));
    for (const QList<SiteFile> &p : pages)
        out += p;
    return out;
}

QList<SiteFile> render(const QList<SiteIncident> &incidents, const SiteOptions &options)
{
    QList<const SiteIncident *> all;
    all.reserve(incidents.size());
    for (const SiteIncident &s : incidents)
        all << &s;
    return incidentPages(all, options) + sharedFiles(incidents, options);
}

namespace {

Data incidentList(const QList<const SiteIncident *> &items, Language l, const SiteOptions &o)
{
    if (items.isEmpty())
        return Data::type::bool_false;
    const SiteTemplates &site = o.site();
    Data list(Data::type::list);
    for (const SiteIncident *s : items) {
        Data item;
        item.set("href", str(QStringLiteral("../") + pagePath(s->incident, l)));
        item.set("title", str(s->incident.title));
        item.set("reference", str(s->incident.reference));
        item.set("state", str(stateLabel(s->incident.state, l, site)));
        item.set("state_key", Lifecycle::isOpen(s->incident.state) ? "open" : "resolved");
        const QDateTime last = lastPublished(*s);
        setOptional(item, "last_update", last.isValid()
                        ? site.text(l, "last_update", {{QStringLiteral("date"), Readers::dateTime(last, l, o.zone(l))}})
                        : QString());
        list.push_back(item);
    }
    Data d;
    d.set("items", list);
    return d;
}

SiteFile languageIndex(Language l, const QList<const SiteIncident *> &open, const QList<const SiteIncident *> &recent,
                       const SiteOptions &o)
{
    const SiteTemplates &site = o.site();
    Data d;
    Data feeds(Data::type::list);
    feeds.push_back(feedLink(QStringLiteral("feed.atom"), site.text(l, "feed")));
    pageFrame(d, l, o, titleOf(l, o), QStringLiteral("../"), QStringLiteral("index.html"),
              [](Language other) -> QString { return QStringLiteral("../") + toKey(other) + QStringLiteral("/index.html"); }, feeds);
    // Every service's status, after a line that sums them up.
    Data services(Data::type::list);
    for (const Service &s : o.services) {
        Data item;
        item.set("name", str(s.name));
        item.set("status", str(serviceStatusLabel(s.status, l, site)));
        item.set("status_key", str(serviceStatusKey(s.status)));
        services.push_back(item);
    }
    d.set("has_services", o.services.isEmpty() ? Data::type::bool_false : Data::type::bool_true);
    d.set("services", services);
    const auto [worst, summary] = overall(l, o);
    d.set("overall_key", str(serviceStatusKey(worst)));
    d.set("overall", str(summary));
    d.set("open", incidentList(open, l, o));
    d.set("recent", incidentList(recent, l, o));
    return {toKey(l) + QStringLiteral("/index.html"), QByteArray::fromStdString(site.render("index", d)), kHtml};
}

SiteFile rootIndex(const SiteOptions &o)
{
    const Language l = Language::En;
    Data d;
    Data feeds(Data::type::list);
    feeds.push_back(feedLink(QStringLiteral("feed.atom"), o.site().text(l, "feed")));
    pageFrame(d, l, o, titleOf(l, o), QString(), QStringLiteral("index.html"),
              [](Language other) -> QString { return toKey(other) + QStringLiteral("/index.html"); }, feeds);
    d.set("has_languages", Data::type::bool_false); // the page itself is the choice of language
    d.set("times_in", Data::type::bool_false);      // and shows no time
    return {QStringLiteral("index.html"), QByteArray::fromStdString(o.site().render("root", d)), kHtml};
}

} // namespace

QList<SiteFile> sharedFiles(const QList<SiteIncident> &incidents, const SiteOptions &options)
{
    const QDateTime now = options.at();
    QList<const SiteIncident *> open;
    QList<const SiteIncident *> recent;
    for (const SiteIncident &s : incidents) {
        if (Lifecycle::isOpen(s.incident.state))
            open << &s;
        else if (listed(s, now))
            recent << &s;
    }
    auto byNewest = [](const SiteIncident *a, const SiteIncident *b) {
        return a->incident.createdAt != b->incident.createdAt ? a->incident.createdAt > b->incident.createdAt
                                                              : a->incident.id > b->incident.id;
    };
    std::sort(open.begin(), open.end(), byNewest);
    std::sort(recent.begin(), recent.end(), byNewest);

    // The languages' indexes side by side, and the feeds (which share their rendered bodies) meanwhile.
    const QList<Language> languages = allValues<Language>();
    QFuture<QList<SiteFile>> feeds = QtConcurrent::run([&] { return siteFeeds(open + recent, options); });
    const QList<SiteFile> indexes = QtConcurrent::blockingMapped(
        languages, [&](Language l) { return languageIndex(l, open, recent, options); });
    QList<SiteFile> out{styleSheet(options), rootIndex(options)};
    out += indexes;
    out.append(incidentsJson(open + recent, options));
    out += feeds.result();
    return out;
}

} // namespace desk::HelpCenterSite
