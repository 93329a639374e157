// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDateTime>

namespace desk {

/** The daily-update promise: the next public update is due one cadence period after the last. */
namespace Cadence {

inline constexpr int kDefaultMinutes = 24 * 60;
inline constexpr int kDefaultDueSoonMinutes = 120;

enum class Standing { NotApplicable, OnTrack, DueSoon, Overdue };

/**
 * When the next public update is due: last published (or, before any, the acknowledgement)
 * plus the cadence. Invalid when the incident is not under cadence.
 */
QDateTime nextDue(IncidentState state, const QDateTime &lastPublished, const QDateTime &acknowledgedAt,
                  int cadenceMinutes = kDefaultMinutes);

Standing standing(IncidentState state, const QDateTime &nextDue, const QDateTime &now,
                  int dueSoonMinutes = kDefaultDueSoonMinutes);

QString toKey(Standing s);

} // namespace Cadence
} // namespace desk
