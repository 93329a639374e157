// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace desk {

/**
 * How readers of each language see dates: the locale of the country most of them live in and its
 * time zone. Used by every text customers read (updates, confirmations, the Help Center).
 */
namespace Readers {

QLocale locale(Language language);
QTimeZone zone(Language language);
/** "25 November 2026 09:00 GMT": long date, short time and zone, in `zone` (default: the reader's). */
QString dateTime(const QDateTime &t, Language language);
QString dateTime(const QDateTime &t, Language language, const QTimeZone &zone);

} // namespace Readers
} // namespace desk
