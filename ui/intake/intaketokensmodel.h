// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/intaketokenrepository.h"
#include "widgets/keyedtablemodel.h"

namespace desk::ui {

/** The tokens web forms and other senders use; revoked ones greyed. */
class IntakeTokensModel final : public KeyedTableModel<IntakeToken>
{
    Q_OBJECT

public:
    enum Column { Name, Origins, Created, CreatedBy, LastUsed, State, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const IntakeToken &token) const override { return token.id; }
};

} // namespace desk::ui
