// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatetemplates.h"

#include "markdown.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <kainjow/mustache.hpp>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace desk::UpdateTemplates {

namespace {

QLocale localeOf(Language language)
{
    switch (language) {
    case Language::It: return QLocale(QLocale::Italian, QLocale::Italy);
    case Language::En: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Fr: return QLocale(QLocale::French, QLocale::France);
    case Language::De: return QLocale(QLocale::German, QLocale::Germany);
    case Language::Es: return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return QLocale::c();
}

std::string text(const QString &s)
{
    return Markdown::escape(s).toStdString();
}

} // namespace

Result<QString> source(UpdateKind kind, Language language)
{
    initTemplateResources();
    QFile file(QStringLiteral(":/templates/%1/%2.mustache").arg(toKey(language), toKey(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("desk::UpdateTemplates", "There is no %1 template in %2.")
                                   .arg(toKey(kind), toKey(language)));
    return QString::fromUtf8(file.readAll());
}

Result<QString> render(UpdateKind kind, Language language, const Context &c)
{
    auto templateText = source(kind, language);
    if (!templateText.ok())
        return templateText.error();
    kainjow::mustache::mustache tmpl(templateText->toStdString());
    if (!tmpl.is_valid())
        return Error::invalid(QString::fromStdString(tmpl.error_message()));
    // Values are escaped by us (Markdown entities), not by Mustache's HTML escaping.
    tmpl.set_custom_escape([](const std::string &s) { return s; });

    const QLocale locale = localeOf(language);
    kainjow::mustache::data d;
    d.set("title", text(c.incident.title));
    d.set("reference", text(c.incident.reference));
    d.set("description", text(c.incident.description));
    d.set("impact", text(c.incident.impactSummary));
    d.set("services", text(locale.createSeparatedList(c.serviceNames.isEmpty() ? c.incident.serviceKeys : c.serviceNames)));
    if (c.incident.workaround.trimmed().isEmpty())
        d.set("workaround", kainjow::mustache::data::type::bool_false);
    else
        d.set("workaround", text(c.incident.workaround));
    const QDateTime local = c.nextUpdate.toTimeZone(c.readerZone);
    const QString when = c.nextUpdate.isValid()
        ? locale.toString(local.date(), QLocale::LongFormat) + u' ' + locale.toString(local.time(), QLocale::ShortFormat)
            + u' ' + local.timeZoneAbbreviation()
        : QString();
    d.set("next_update", text(when));
    d.set("root_cause", text(c.incident.rootCause));
    d.set("preventive_actions", text(locale.createSeparatedList(c.preventiveActions)));
    return QString::fromStdString(tmpl.render(d)).trimmed();
}

} // namespace desk::UpdateTemplates
