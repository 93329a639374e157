// SPDX-License-Identifier: GPL-3.0-or-later
#include "preventiveactionsmodel.h"

#include "widgets/keyedtablemodel.h"

#include <QLocale>

namespace desk::ui {

PreventiveActionsModel::PreventiveActionsModel(QObject *parent) : QAbstractTableModel(parent) {}

PreventiveActionsModel::~PreventiveActionsModel() = default;

void PreventiveActionsModel::setActions(const QList<PreventiveAction> &actions)
{
    if (actions == m_actions)
        return;
    const qsizetype common = qMin(actions.size(), m_actions.size());
    if (actions.size() < m_actions.size()) {
        // One action removed (the usual case) goes as one row; the rest are updated in place.
        qsizetype at = 0;
        while (at < actions.size() && actions.at(at).id == m_actions.at(at).id)
            ++at;
        const qsizetype removed = m_actions.size() - actions.size();
        beginRemoveRows({}, int(at), int(at + removed - 1));
        m_actions.remove(at, removed);
        endRemoveRows();
    } else if (actions.size() > m_actions.size()) {
        beginInsertRows({}, int(m_actions.size()), int(actions.size() - 1));
        m_actions.append(actions.mid(m_actions.size()));
        endInsertRows();
    }
    m_actions = actions;
    if (common > 0)
        emit dataChanged(index(0, 0), index(int(qMin(common, m_actions.size())) - 1, ColumnCount - 1));
}

int PreventiveActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int PreventiveActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreventiveActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PreventiveAction &a = m_actions.at(index.row());
    if (role == KeyRole)
        return a.id;
    if (role == Qt::CheckStateRole && index.column() == Done)
        return a.done ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Description:
        return a.description;
    case Owner:
        return a.owner;
    case Due:
        if (role == Qt::DisplayRole)
            return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        return a.dueDate;
    case Done:
        return role == SortRole ? QVariant(a.done) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

bool PreventiveActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    PreventiveAction &a = m_actions[index.row()];
    const PreventiveAction before = a;
    if (role == Qt::CheckStateRole && index.column() == Done)
        a.done = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    else if (index.column() == Description)
        a.description = value.toString();
    else if (index.column() == Owner)
        a.owner = value.toString().trimmed();
    else if (index.column() == Due)
        a.dueDate = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    else
        return false;
    if (a == before)
        return true;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags PreventiveActionsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.column() == Done)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PreventiveActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Description:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        //: Column header: the date a preventive action is due
        return tr("Due");
    case Done:
        return tr("Done");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
