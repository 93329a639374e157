// SPDX-License-Identifier: GPL-3.0-or-later
#include "tones.h"

#include <QGuiApplication>

#include <cmath>

namespace desk::ui::Tones {

namespace {
struct Pair
{
    QRgb onLight;
    QRgb onDark;
};

Pair pairOf(Tone tone)
{
    switch (tone) {
    case Tone::Bad:
        return {0xb3261e, 0xf28b82};
    case Tone::Warning:
        return {0x8a5a00, 0xfdd663};
    case Tone::Good:
        return {0x1e6b2e, 0x81c995};
    case Tone::Accent:
        return {0x17324d, 0x8ab4f8};
    case Tone::Muted:
        break;
    }
    return {0x5f6368, 0xbdc1c6};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share), float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(Tone tone, const QPalette &palette)
{
    const Pair p = pairOf(tone);
    return QColor(isDark(palette) ? p.onDark : p.onLight);
}

QColor color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QColor background(Tone tone, const QPalette &palette)
{
    // Mostly the window, a little of the tone: a banner, not a warning light.
    return mix(palette.color(QPalette::Window), color(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor border(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), color(tone, palette), 0.55);
}

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace desk::ui::Tones
