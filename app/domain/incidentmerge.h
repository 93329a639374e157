// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QList>

namespace desk {

/**
 * Field-by-field three-way merge of an incident edited on two workstations. `base` is what the
 * user opened, `mine` what they have now, `theirs` what the database holds. A field changed on
 * one side only takes that side; a field changed on both sides to different values is a
 * conflict, which keeps the user's value until they choose.
 */
namespace IncidentMerge {

enum class Field {
    Title,
    Description,
    ImpactSummary,
    UserJourneys,
    Workaround,
    Services,
    Impact,
    Owner,
    Cadence,
    RootCause,
    Actions,
};

QList<Field> allFields();
bool sameValue(const Incident &a, const Incident &b, Field field);
/** Copies one field from `from` into `to`. */
void copyField(Incident &to, const Incident &from, Field field);
/** The field's value as plain text, for showing the two sides to a person. */
QString displayValue(const Incident &incident, Field field);

struct Outcome
{
    Incident merged;             // theirs, with the user's changes applied; theirs' version
    QList<Field> conflicts;      // changed on both sides, differently (merged holds mine)
    QList<Field> takenFromMine;  // changed only here
    QList<Field> takenFromTheirs; // changed only there
};

Outcome merge(const Incident &base, const Incident &mine, const Incident &theirs);

/** The fields that differ between two versions. */
QList<Field> changedFields(const Incident &from, const Incident &to);

} // namespace IncidentMerge
} // namespace desk
