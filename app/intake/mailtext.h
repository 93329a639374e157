// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

#include <optional>

namespace desk::MailText {

/**
 * The text of an HTML mail part, as a person would read it: tags dropped (and whatever is inside
 * script, style and head), block elements and <br> as line breaks, entities decoded. Nothing of
 * the HTML survives, so what is stored is plain text.
 */
QString fromHtml(const QString &html);

/**
 * The customer's new text, without the earlier messages mail programs quote below it: lines
 * starting with '>' and everything after an attribution line ("On … wrote:", "Il giorno … ha
 * scritto:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:") or an "Original Message"
 * separator. When trimming would leave nothing, the text stays as it was.
 */
QString trimQuoted(const QString &text);

/** Italian, English, French, German or Spanish, by their most common words; nullopt when unsure. */
std::optional<Language> guessLanguage(const QString &text);

} // namespace desk::MailText
