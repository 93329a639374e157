// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitedata.h"

#include "compose/markdown.h"
#include "domain/lifecycle.h"
#include "domain/readers.h"

#include <QColor>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace desk {

Result<SiteOptions> SiteOptions::fromConfig(const QJsonObject &config)
{
    SiteOptions o;
    o.baseUrl = config.value(QStringLiteral("baseUrl")).toString(config.value(QStringLiteral("davUrl")).toString());
    if (!o.baseUrl.endsWith(u'/'))
        o.baseUrl += u'/';
    auto text = [&config](const char *key) { return config.value(QLatin1String(key)).toString().trimmed(); };
    o.title = text("title");
    o.team = text("team");
    o.footer = text("footer");
    o.logoUrl = text("logoUrl");
    if (!o.logoUrl.isEmpty()) {
        const QUrl logo(o.logoUrl);
        const bool onSite = logo.isRelative() && !o.logoUrl.startsWith(QStringLiteral("//"));
        if (!logo.isValid() || (!onSite && logo.scheme() != QLatin1String("https") && logo.scheme() != QLatin1String("http")))
            return Error::invalid(tr("The logo address %1 must start with https:// or be a path on the Help Center.").arg(o.logoUrl));
    }
    o.contactUrl = text("contactUrl");
    if (!o.contactUrl.isEmpty()) {
        const QString scheme = QUrl(o.contactUrl).scheme();
        if (!QUrl(o.contactUrl).isValid()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("mailto")))
            return Error::invalid(tr("The contact form address %1 must start with https:// (or be a mailto: address).").arg(o.contactUrl));
    }
    if (const QString accent = text("accentColor"); !accent.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!hex.match(accent).hasMatch())
            return Error::invalid(tr("The colour %1 is not of the form #rrggbb (for example #24364b).").arg(accent));
        o.accentColor = accent.toLower();
    }
    const QJsonObject zones = config.value(QStringLiteral("timeZones")).toObject();
    for (auto it = zones.constBegin(); it != zones.constEnd(); ++it) {
        const auto language = fromKey<Language>(it.key());
        const QByteArray id = it.value().toString().trimmed().toUtf8();
        if (!language)
            return Error::invalid(tr("The time zones name a language the Help Center does not have: %1.").arg(it.key()));
        if (id.isEmpty())
            continue;
        if (!QTimeZone::isTimeZoneIdAvailable(id))
            return Error::invalid(tr("%1 is not a time zone this computer knows (for %2); use a name such as Europe/Madrid "
                                     "or America/Mexico_City.").arg(QString::fromUtf8(id), it.key()));
        o.zones.insert(*language, QTimeZone(id));
    }
    if (const QString folder = text("templates"); !folder.isEmpty()) {
        auto templates = SiteTemplates::withOverrides(folder);
        if (!templates.ok())
            return templates.error();
        o.templates = std::make_shared<const SiteTemplates>(std::move(templates.value()));
    }
    return o;
}

QTimeZone SiteOptions::zone(Language language) const
{
    return zones.value(language, Readers::zone(language));
}

const SiteTemplates &SiteOptions::site() const
{
    return templates ? *templates : SiteTemplates::builtIn();
}

namespace SiteData {

QString stateLabel(IncidentState state, Language l, const SiteTemplates &site)
{
    switch (state) {
    case IncidentState::Reported:
    case IncidentState::Acknowledged: return site.text(l, "state_acknowledged");
    case IncidentState::Investigating: return site.text(l, "state_investigating");
    case IncidentState::Identified: return site.text(l, "state_identified");
    case IncidentState::Monitoring: return site.text(l, "state_monitoring");
    case IncidentState::Resolved:
    case IncidentState::Reviewed:
    case IncidentState::Closed: return site.text(l, "state_resolved");
    }
    return {};
}

QString kindLabel(UpdateKind kind, Language l, const SiteTemplates &site)
{
    return site.text(l, ("kind_" + toKey(kind).toStdString()).c_str());
}

QString serviceStatusKey(ServiceStatus status)
{
    return toKey(status); // operational, degraded, partial_outage, major_outage, maintenance
}

QString serviceStatusLabel(ServiceStatus status, Language l, const SiteTemplates &site)
{
    return site.text(l, ("service_" + serviceStatusKey(status).toStdString()).c_str());
}

QString titleOf(Language l, const SiteOptions &o)
{
    return o.title.isEmpty() ? o.site().text(l, "site_title") : o.title;
}

Data siteHeader(Language l, const SiteOptions &o)
{
    Data site;
    site.set("title", str(titleOf(l, o)));
    auto optional = [&site](const char *key, const QString &value) {
        if (value.isEmpty())
            site.set(key, Data::type::bool_false);
        else
            site.set(key, str(value));
    };
    optional("team", o.team);
    optional("footer", o.footer);
    optional("contact", o.contactUrl);
    optional("logo", o.logoUrl);
    const QUrl logo(o.logoUrl);
    optional("logo_origin", logo.isRelative() ? QString() : logo.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    return site;
}

QString timesIn(Language l, const SiteOptions &o)
{
    const QTimeZone zone = o.zone(l);
    QString name = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, Readers::locale(l));
    const QString city = QString::fromUtf8(zone.id()).section(u'/', -1).replace(u'_', u' ');
    name = name.isEmpty() ? city : name + QStringLiteral(" (") + city + u')';
    return o.site().text(l, "times_in", {{QStringLiteral("zone"), name}});
}

QDateTime lastPublished(const SiteIncident &s)
{
    QDateTime last;
    for (const UpdateWithBodies &u : s.published)
        last = qMax(last, u.update.publishedAt);
    return last;
}

bool newer(const UpdateWithBodies &a, const UpdateWithBodies &b)
{
    return a.update.publishedAt != b.update.publishedAt ? a.update.publishedAt > b.update.publishedAt
                                                        : a.update.id > b.update.id;
}

QList<UpdateWithBodies> newestFirst(QList<UpdateWithBodies> updates)
{
    std::sort(updates.begin(), updates.end(), newer);
    return updates;
}

bool listed(const SiteIncident &s, const QDateTime &now)
{
    return Lifecycle::isOpen(s.incident.state)
           || (s.incident.resolvedAt.isValid() && s.incident.resolvedAt.daysTo(now) <= 90);
}

const std::string &bodyHtml(Bodies &cache, const UpdateWithBodies &u, Language l)
{
    Language shown = l;
    if (!u.bodies.contains(l))
        shown = u.bodies.contains(Language::En) || u.bodies.isEmpty() ? Language::En : u.bodies.firstKey();
    const qint64 key = u.update.id * 8 + qint64(shown);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, str(Markdown::toHtml(HelpCenterSite::bodyIn(u, l))));
    return it.value();
}

} // namespace SiteData
} // namespace desk
