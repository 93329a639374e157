// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentmerge.h"

#include <QLocale>

namespace desk::IncidentMerge {

QList<Field> allFields()
{
    return {Field::Title,    Field::Description, Field::ImpactSummary, Field::UserJourneys,
            Field::Workaround, Field::Services, Field::Impact,        Field::Owner,
            Field::Cadence,  Field::RootCause,   Field::Actions};
}

bool sameValue(const Incident &a, const Incident &b, Field field)
{
    switch (field) {
    case Field::Title:
        return a.title == b.title;
    case Field::Description:
        return a.description == b.description;
    case Field::ImpactSummary:
        return a.impactSummary == b.impactSummary;
    case Field::UserJourneys:
        return a.userJourneys == b.userJourneys;
    case Field::Workaround:
        return a.workaround == b.workaround;
    case Field::Services: {
        QStringList x = a.serviceKeys;
        QStringList y = b.serviceKeys;
        x.sort();
        y.sort();
        return x == y;
    }
    case Field::Impact:
        return a.impact == b.impact;
    case Field::Owner:
        return a.owner == b.owner;
    case Field::Cadence:
        return a.cadenceMinutes == b.cadenceMinutes;
    case Field::RootCause:
        return a.rootCause == b.rootCause;
    case Field::Actions:
        return a.actions == b.actions;
    }
    return true;
}

void copyField(Incident &to, const Incident &from, Field field)
{
    switch (field) {
    case Field::Title:
        to.title = from.title;
        break;
    case Field::Description:
        to.description = from.description;
        break;
    case Field::ImpactSummary:
        to.impactSummary = from.impactSummary;
        break;
    case Field::UserJourneys:
        to.userJourneys = from.userJourneys;
        break;
    case Field::Workaround:
        to.workaround = from.workaround;
        break;
    case Field::Services:
        to.serviceKeys = from.serviceKeys;
        break;
    case Field::Impact:
        to.impact = from.impact;
        break;
    case Field::Owner:
        to.owner = from.owner;
        break;
    case Field::Cadence:
        to.cadenceMinutes = from.cadenceMinutes;
        break;
    case Field::RootCause:
        to.rootCause = from.rootCause;
        break;
    case Field::Actions:
        to.actions = from.actions;
        break;
    }
}

QString displayValue(const Incident &incident, Field field)
{
    switch (field) {
    case Field::Title:
        return incident.title;
    case Field::Description:
        return incident.description;
    case Field::ImpactSummary:
        return incident.impactSummary;
    case Field::UserJourneys:
        return incident.userJourneys;
    case Field::Workaround:
        return incident.workaround;
    case Field::Services:
        return incident.serviceKeys.join(QStringLiteral(", "));
    case Field::Impact:
        return toKey(incident.impact);
    case Field::Owner:
        return incident.owner;
    case Field::Cadence:
        return QString::number(incident.cadenceMinutes);
    case Field::RootCause:
        return incident.rootCause;
    case Field::Actions: {
        QStringList lines;
        for (const PreventiveAction &a : incident.actions)
            lines << QStringLiteral("[%1] %2 — %3 %4")
                         .arg(a.done ? QStringLiteral("x") : QStringLiteral(" "), a.description, a.owner,
                              a.dueDate.toString(Qt::ISODate));
        return lines.join(u'\n');
    }
    }
    return {};
}

Outcome merge(const Incident &base, const Incident &mine, const Incident &theirs)
{
    Outcome out;
    out.merged = theirs;
    for (Field f : allFields()) {
        const bool iChanged = !sameValue(base, mine, f);
        const bool theyChanged = !sameValue(base, theirs, f);
        if (iChanged && theyChanged) {
            if (sameValue(mine, theirs, f))
                continue; // both made the same change
            out.conflicts << f;
            copyField(out.merged, mine, f);
        } else if (iChanged) {
            out.takenFromMine << f;
            copyField(out.merged, mine, f);
        } else if (theyChanged) {
            out.takenFromTheirs << f;
        }
    }
    return out;
}

QList<Field> changedFields(const Incident &from, const Incident &to)
{
    QList<Field> out;
    for (Field f : allFields()) {
        if (!sameValue(from, to, f))
            out << f;
    }
    return out;
}

} // namespace desk::IncidentMerge
