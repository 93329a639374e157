// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace desk::ui {

/**
 * The few colours that carry meaning (a missed update, a failed job, a kept promise), chosen
 * for the palette in use: dark text tones on a light window, light ones on a dark window, so
 * they stay readable (WCAG contrast of at least 4.5 against the base colour) in either.
 * Everything else comes from the palette itself.
 */
namespace Tones {

enum class Tone { Bad, Warning, Good, Muted, Accent };

/** Whether the palette's base (where text is written) is dark. */
bool isDark(const QPalette &palette);
/** The text colour of a tone, for this palette (the application's by default). */
QColor color(Tone tone, const QPalette &palette);
QColor color(Tone tone);
/** A quiet background for a banner of this tone, and its border. */
QColor background(Tone tone, const QPalette &palette);
QColor border(Tone tone, const QPalette &palette);
/** "#rrggbb", for style sheets and rich text. */
QString css(const QColor &color);
/** The WCAG 2 contrast ratio of two colours (1 to 21). */
double contrast(const QColor &a, const QColor &b);

} // namespace Tones
} // namespace desk::ui
