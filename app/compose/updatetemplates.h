// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QTimeZone>

namespace desk {

/**
 * The first draft of a public update: a Mustache template per kind and language
 * (`resources/templates/<lang>/<kind>.mustache`, written natively in each language) filled
 * with the incident's fields and the next update time in the reader's language and time zone.
 */
namespace UpdateTemplates {

struct Context
{
    Incident incident;
    QStringList serviceNames;
    QDateTime nextUpdate;
    QTimeZone readerZone = QTimeZone::utc();
    QStringList preventiveActions;
};

/** The template's Markdown source, for the kind and language. */
Result<QString> source(UpdateKind kind, Language language);
/** The filled-in Markdown. Every field is escaped so it stays text. */
Result<QString> render(UpdateKind kind, Language language, const Context &context);

} // namespace UpdateTemplates
} // namespace desk
