// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QDialog;
class QWidget;

namespace desk::ui::HelpDialogs {

/**
 * Help → Keyboard shortcuts: the window's own (its menus) and each page's, by page, from the
 * actions themselves, so the list cannot drift from what the keys do.
 */
QDialog *shortcuts(QWidget *window, const QList<std::pair<QString, QWidget *>> &pages);
/** Help → User guide: the short guide shipped with the program, in the interface's language. */
QDialog *guide(QWidget *window);
/** Help → About: the version, the libraries it runs on and the licences. */
QDialog *about(QWidget *window);

} // namespace desk::ui::HelpDialogs
