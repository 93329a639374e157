// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "widgets/keyedtablemodel.h"

namespace desk::ui {

/** The incident's public updates in every status, with who wrote and who reviewed them. */
class UpdatesModel final : public KeyedTableModel<Update>
{
    Q_OBJECT

public:
    enum Column { Written, Kind, Status, Author, ReviewedBy, ReviewComment, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const Update &update) const override { return update.id; }
};

} // namespace desk::ui
