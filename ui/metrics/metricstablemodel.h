// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace desk::ui {

/**
 * The rows behind one of the dashboard's charts (or its list of misses), so every chart can be
 * read as a table too: numbers are shown in the reader's locale and sorted as numbers.
 */
class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { KeyRole = Qt::UserRole + 1, SortRole };
    using QAbstractTableModel::QAbstractTableModel;

    /** Replaces everything: `keys` (optional) name what a row opens, e.g. an incident. */
    void reset(const QStringList &headers, const QList<QVariantList> &rows, const QList<Id> &keys = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
    QList<Id> m_keys;
};

} // namespace desk::ui
