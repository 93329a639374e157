// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace desk {

/**
 * Loads the program's translation for `locale` (embedded as `:/i18n/incident-desk_<lang>.qm`)
 * and Qt's own, replacing any loaded before, and makes `locale` the default for dates and
 * numbers. Returns whether the program's translation was found.
 */
bool loadTranslations(const QLocale &locale);

} // namespace desk
