// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/approvalqueue.h"
#include "widgets/keyedtablemodel.h"


namespace desk::ui {

/** The approvals list: the oldest waiting update first by default, ages sorting as times. */
class ApprovalsModel final : public KeyedTableModel<ApprovalItem>
{
    Q_OBJECT

public:
    enum Column { Since, Incident, Kind, Status, Author, Languages, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const ApprovalItem &item) const override { return item.update.update.id; }
};

} // namespace desk::ui
