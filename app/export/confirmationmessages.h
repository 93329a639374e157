// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

namespace desk {

/** The two messages every reporter is owed: the incident is in hand, and it is resolved. */
enum class NoticeKind { Acknowledgement, Resolution };

/** One reporter's message, in their language, as plain text and HTML. */
struct ReporterMessage
{
    Language language = Language::En;
    QString subject;
    QString text;
    QString html; // the same text, escaped, in paragraphs, with the link clickable
};

/**
 * Fills the Mustache template for the notice and the reporter's language
 * (`resources/templates/<lang>/confirmation.mustache`, `notice.mustache`; the first line is the
 * subject) with their name, their report's reference and date, the incident, when it was
 * resolved, and the link to the Help Center report. Dates are in the reporter's language and
 * time zone.
 */
namespace ConfirmationMessages {

Result<ReporterMessage> render(NoticeKind kind, const Report &report, const Incident &incident, const QString &link);
/** The Help Center page of an incident in a language, under the site's base URL. */
QString helpCenterLink(const QString &baseUrl, const Incident &incident, Language language);

} // namespace ConfirmationMessages
} // namespace desk
