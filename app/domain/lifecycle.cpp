// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include <QCoreApplication>

namespace desk::Lifecycle {

namespace {
QString stateName(IncidentState s)
{
    return toKey(s);
}
} // namespace

QList<IncidentState> allowedTargets(IncidentState from)
{
    using S = IncidentState;
    switch (from) {
    case S::Reported:
        return {S::Acknowledged};
    case S::Acknowledged:
        return {S::Investigating, S::Identified, S::Monitoring, S::Resolved};
    case S::Investigating:
        return {S::Identified, S::Monitoring, S::Resolved};
    case S::Identified:
        return {S::Investigating, S::Monitoring, S::Resolved};
    case S::Monitoring:
        return {S::Investigating, S::Identified, S::Resolved};
    case S::Resolved:
        return {S::Investigating, S::Reviewed};
    case S::Reviewed:
        return {S::Closed};
    case S::Closed:
        return {};
    }
    return {};
}

bool isAllowed(IncidentState from, IncidentState to)
{
    return allowedTargets(from).contains(to);
}

Status check(IncidentState from, IncidentState to, const TransitionContext &context)
{
    if (!isAllowed(from, to)) {
        return Error::forbidden(QCoreApplication::translate("desk::Lifecycle",
                                                            "An incident cannot go from %1 to %2.")
                                    .arg(stateName(from), stateName(to)));
    }
    if (to == IncidentState::Acknowledged && !context.acknowledgementUnderway) {
        return Error::forbidden(QCoreApplication::translate(
            "desk::Lifecycle",
            "Write and submit the acknowledgement update first: customers must be told the incident is in hand."));
    }
    if (to == IncidentState::Resolved && !context.resolutionUnderway) {
        return Error::forbidden(QCoreApplication::translate(
            "desk::Lifecycle", "Write and submit the resolution update first: customers must be told it is fixed."));
    }
    if (to == IncidentState::Reviewed && !context.rootCauseRecorded) {
        return Error::forbidden(QCoreApplication::translate(
            "desk::Lifecycle", "Record the root cause in the post-incident review before marking it reviewed."));
    }
    return {};
}

bool isUnderCadence(IncidentState state)
{
    switch (state) {
    case IncidentState::Acknowledged:
    case IncidentState::Investigating:
    case IncidentState::Identified:
    case IncidentState::Monitoring:
        return true;
    default:
        return false;
    }
}

bool isOpen(IncidentState state)
{
    return state != IncidentState::Resolved && state != IncidentState::Reviewed && state != IncidentState::Closed;
}

} // namespace desk::Lifecycle
