// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "types.h"

#include <QList>

namespace desk {

/** What the lifecycle needs to know about an incident beyond its state. */
struct TransitionContext
{
    bool acknowledgementUnderway = false; // an acknowledgement update exists and is not a draft
    bool resolutionUnderway = false;      // a resolution update exists and is not a draft
    bool rootCauseRecorded = false;       // the post-incident review has a root cause
};

/**
 * The incident lifecycle: reported → acknowledged → investigating → identified → monitoring
 * → resolved → reviewed → closed, with the backward steps a real incident needs
 * (a wrong diagnosis, a regression while monitoring, a reopened incident).
 */
namespace Lifecycle {

QList<IncidentState> allowedTargets(IncidentState from);
bool isAllowed(IncidentState from, IncidentState to);

/** Checks the step and the promises it depends on; the error says what is missing. */
Status check(IncidentState from, IncidentState to, const TransitionContext &context);

/** Between acknowledged and monitoring: the team owes a public update every cadence period. */
bool isUnderCadence(IncidentState state);
bool isOpen(IncidentState state);

} // namespace Lifecycle
} // namespace desk
