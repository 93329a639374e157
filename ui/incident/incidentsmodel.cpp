// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsmodel.h"
#include "widgets/tones.h"

#include "domain/labels.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

QVariant IncidentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IncidentRow &row = rowAt(index.row());
    const Incident &i = row.incident;
    if (role == KeyRole)
        return i.id;
    if (role == Qt::ForegroundRole && index.column() == Due) {
        if (row.standing == Cadence::Standing::Overdue)
            return Tones::color(Tones::Tone::Bad);
        if (row.standing == Cadence::Standing::DueSoon)
            return Tones::color(Tones::Tone::Warning);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Reference:
        return sorting ? QVariant(i.id) : QVariant(i.reference);
    case Title:
        return i.title;
    case State:
        return sorting ? QVariant(int(i.state)) : QVariant(label(i.state));
    case Impact:
        return sorting ? QVariant(int(i.impact)) : QVariant(label(i.impact));
    case Services:
        return i.serviceKeys.join(QStringLiteral(", "));
    case Owner:
        return i.owner;
    case Reports:
        return row.scope.reports;
    case Customers:
        return row.scope.customers;
    case Due:
        if (sorting) // no due time (closed, not yet acknowledged) sorts after every due one
            return row.due.isValid() ? row.due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    {
        QString text = row.due.isValid() ? tr("%1 — %2").arg(QLocale().toString(row.due.toLocalTime(), QLocale::ShortFormat),
                                                              label(row.standing))
                                         : QString();
        if (i.undeliveredUpdates > 0) // published, not yet confirmed by the Help Center: not counted yet
            text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("update on its way");
        if (row.scope.overdueActions > 0) // the review's promises stay visible after it
            text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
                    + tr("%n preventive action(s) overdue", nullptr, row.scope.overdueActions);
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case Impact:
        return tr("Impact");
    case Services:
        return tr("Services");
    case Owner:
        return tr("Owner");
    case Reports:
        return tr("Reports");
    case Customers:
        return tr("Customers");
    case Due:
        return tr("Next update due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
