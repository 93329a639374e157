// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace desk::Markdown {

/**
 * Markdown (GitHub flavour: tables, strikethrough, autolinks) to HTML with cmark-gfm in safe
 * mode: raw HTML in the text is shown as the text it is (escaped), never passed through as
 * markup, and links to `javascript:` are dropped.
 */
QString toHtml(const QString &markdown);

/** Text that goes into Markdown: &, < and > become entities so they stay text. */
QString escape(const QString &text);

} // namespace desk::Markdown
