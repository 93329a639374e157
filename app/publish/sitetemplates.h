// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <array>
#include <string>

#include <kainjow/mustache.hpp>

namespace desk {

/**
 * The Help Center's Mustache templates (`resources/site/` *.mustache) and each language's texts
 * (`resources/site/texts/<lang>.json`): built in, or — for a team that wants its own layout or
 * words without a rebuild — taken from a folder named in the target's settings, file by file.
 * Partials (`{{> head}}`) are inlined when loading, so a page is one parsed template.
 */
class SiteTemplates
{
    Q_DECLARE_TR_FUNCTIONS(desk::SiteTemplates)

public:
    using Data = kainjow::mustache::data;

    /** The built-in set, loaded once. */
    static const SiteTemplates &builtIn();
    /** The built-in set with the files of `folder` in their place; an error names the bad file. */
    static Result<SiteTemplates> withOverrides(const QString &folder);

    /** `name` ("incident", "index" …) filled with `data`; `{{x}}` is HTML-escaped, `{{{x}}}` is not. */
    std::string render(const char *name, const Data &data) const;
    /** The language's texts as one Mustache object (`{{t.impact}}`). */
    const Data &texts(Language language) const { return m_textData[size_t(language)]; }
    /** One text of a language, with `{name}` placeholders replaced by `values`. */
    QString text(Language language, const char *key, const QHash<QString, QString> &values = {}) const;

private:
    SiteTemplates() = default;
    Status load(const QString &folder);

    quint64 m_generation = 0; // which set a thread's parsed copy belongs to
    QHash<QString, std::string> m_sources;
    std::array<QJsonObject, 5> m_texts;
    std::array<Data, 5> m_textData;
};

} // namespace desk
