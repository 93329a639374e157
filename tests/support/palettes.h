// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace desk::test {

/** A dark desktop theme, as the widget tests set it to check that colours follow the palette. */
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x35, 0x39));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x32, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    return p;
}

} // namespace desk::test
