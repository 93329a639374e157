// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cadence.h"
#include "domain/incidentmerge.h"
#include "domain/types.h"

#include <QString>

namespace desk {

/** Words people read for the domain's keys, translated. */
QString label(Role v);
QString label(ReportStatus v);
QString label(IncidentState v);
QString label(ImpactLevel v);
QString label(UpdateKind v);
QString label(UpdateStatus v);
QString label(Channel v);
QString label(Language v);
QString label(Cadence::Standing v);
QString label(ServiceStatus v);
QString label(PublicationKind v);
QString label(JobState v);
QString label(MailState v);
/** The name of an incident field, as the editor and the merge dialog show it. */
QString label(IncidentMerge::Field v);

} // namespace desk
