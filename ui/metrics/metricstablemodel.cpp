// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace desk::ui {

void MetricsTableModel::reset(const QStringList &headers, const QList<QVariantList> &rows, const QList<Id> &keys)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_keys = keys;
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case KeyRole:
        return index.row() < m_keys.size() ? QVariant(m_keys.at(index.row())) : QVariant();
    case SortRole:
        return value.typeId() == QMetaType::QDateTime ? QVariant(value.toDateTime().toMSecsSinceEpoch()) : value;
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (value.typeId()) {
        case QMetaType::Double:
            return QLocale().toString(value.toDouble(), 'f', 1);
        case QMetaType::Int:
            return QLocale().toString(value.toInt());
        case QMetaType::QDateTime:
            return value.toDateTime().isValid() ? QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat)
                                                : QString();
        default:
            return value.toString();
        }
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace desk::ui
