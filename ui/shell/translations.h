// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace desk::ui {

/**
 * Loads the program's and Qt's own translations: `language` when given, else the settings'
 * choice, else the system locale (Italian on an Italian desktop).
 */
void installTranslations(const QString &language = {});

} // namespace desk::ui
