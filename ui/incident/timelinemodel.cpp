// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "domain/labels.h"
#include "widgets/keyedtablemodel.h"

#include <QFont>
#include <QLocale>

namespace desk::ui {

namespace {
bool sameEvent(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.at == b.at && a.actor == b.actor && a.action == b.action && a.detail == b.detail;
}
} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setEntries(const QList<TimelineEntry> &oldestFirst)
{
    // The story only grows: the old entries are the new list's beginning (the newest group of
    // report links may have grown). Anything else (a filter, another incident) starts over.
    qsizetype same = 0;
    while (same < m_entries.size() && same < oldestFirst.size() && sameEvent(m_entries.at(same), oldestFirst.at(same)))
        ++same;
    if (same < m_entries.size()) {
        beginResetModel();
        m_entries = oldestFirst;
        endResetModel();
        return;
    }
    const qsizetype added = oldestFirst.size() - m_entries.size();
    const qsizetype kept = m_entries.size();
    if (added > 0) {
        beginInsertRows({}, 0, int(added - 1)); // newest first: new rows go on top
        m_entries = oldestFirst;
        endInsertRows();
    } else {
        m_entries = oldestFirst;
    }
    if (kept > 0) // counts of grouped lines may have changed
        emit dataChanged(index(int(added), 0), index(int(added + kept - 1), ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TimelineEntry &e = entryAt(index.row());
    switch (role) {
    case ActionRole:
        return e.action;
    case SortRole:
        return index.column() == When ? QVariant(e.at.toMSecsSinceEpoch()) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == What && (e.action == QLatin1String("update.publish") || e.action == QLatin1String("incident.state"))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.actor;
        case What:
            return describe(e);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

QString TimelineModel::describe(const TimelineEntry &e)
{
    const QString kind = label(fromKey<UpdateKind>(e.detail.section(u'\n', 0, 0)).value_or(UpdateKind::Progress));
    const QString comment = e.detail.section(u'\n', 1);
    const QString &a = e.action;
    if (a == QLatin1String("incident.create"))
        return tr("Created the incident");
    if (a == QLatin1String("incident.edit"))
        return tr("Edited the description");
    if (a == QLatin1String("incident.state"))
        return tr("Moved it to “%1”").arg(label(fromKey<IncidentState>(e.detail).value_or(IncidentState::Reported)));
    if (a == QLatin1String("report.link"))
        return tr("Linked %n report(s)", nullptr, e.count);
    if (a == QLatin1String("incident.move_reports"))
        return tr("Moved %n report(s) to %1", nullptr, e.count).arg(e.detail);
    if (a == QLatin1String("incident.receive_reports"))
        return tr("Moved %n report(s) here from %1", nullptr, e.count).arg(e.detail);
    if (a == QLatin1String("incident.unlink_reports"))
        return tr("Sent %n report(s) back to triage", nullptr, e.count);
    if (a == QLatin1String("update.create"))
        return tr("Drafted an update: %1").arg(kind);
    if (a == QLatin1String("update.edit"))
        return tr("Revised the update: %1").arg(kind);
    if (a == QLatin1String("update.submit"))
        return tr("Submitted the update for approval: %1").arg(kind);
    if (a == QLatin1String("update.withdraw"))
        return tr("Withdrew the update: %1").arg(kind);
    if (a == QLatin1String("update.approve"))
        return tr("Approved the update: %1").arg(kind);
    if (a == QLatin1String("update.request_changes"))
        return tr("Asked for changes to the update: %1 — “%2”").arg(kind, comment);
    if (a == QLatin1String("update.publish"))
        return tr("Published the update: %1").arg(kind);
    if (a == QLatin1String("update.delete"))
        return tr("Discarded a draft");
    if (a.startsWith(QLatin1String("publication.")))
        return tr("Changed a publication: %1").arg(label(fromKey<JobState>(e.detail).value_or(JobState::Pending)));
    return a;
}

} // namespace desk::ui
