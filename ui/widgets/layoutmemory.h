// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

namespace desk::ui::LayoutMemory {

/**
 * Column widths, order and sort of a table, kept in the settings under `key`: restored now
 * (true when there was something to restore) and saved whenever the user changes them.
 */
bool keep(QHeaderView *header, const QString &key);
/** A splitter's sizes, the same way. */
bool keep(QSplitter *splitter, const QString &key);
/** A window's size and place: restored now, saved when it closes or moves. */
bool keepGeometry(QWidget *window, const QString &key);

} // namespace desk::ui::LayoutMemory
