// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatetemplates.h"

#include "domain/readers.h"
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

    const QLocale locale = Readers::locale(language);
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
    const QString when = Readers::dateTime(c.nextUpdate, language, c.readerZone);
    d.set("next_update", text(when));
    d.set("root_cause", text(c.incident.rootCause));
    d.set("preventive_actions", text(locale.createSeparatedList(c.preventiveActions)));
    return QString::fromStdString(tmpl.render(d)).trimmed();
}

} // namespace desk::UpdateTemplates
