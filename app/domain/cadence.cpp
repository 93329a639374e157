// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"

#include "lifecycle.h"

namespace desk::Cadence {

QDateTime nextDue(IncidentState state, const QDateTime &lastPublished, const QDateTime &acknowledgedAt,
                  int cadenceMinutes)
{
    if (!Lifecycle::isUnderCadence(state) || cadenceMinutes <= 0)
        return {};
    const QDateTime base = lastPublished.isValid() ? lastPublished : acknowledgedAt;
    if (!base.isValid())
        return {};
    return base.addSecs(qint64(cadenceMinutes) * 60);
}

Standing standing(IncidentState state, const QDateTime &due, const QDateTime &now, int dueSoonMinutes)
{
    if (!Lifecycle::isUnderCadence(state) || !due.isValid())
        return Standing::NotApplicable;
    if (now >= due)
        return Standing::Overdue;
    if (now.secsTo(due) <= qint64(dueSoonMinutes) * 60)
        return Standing::DueSoon;
    return Standing::OnTrack;
}

QString toKey(Standing s)
{
    switch (s) {
    case Standing::NotApplicable:
        return QStringLiteral("not_applicable");
    case Standing::OnTrack:
        return QStringLiteral("on_track");
    case Standing::DueSoon:
        return QStringLiteral("due_soon");
    case Standing::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

} // namespace desk::Cadence
