// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "widgets/keyedtablemodel.h"

namespace desk::ui {

/** Messages to reporters, one row per reporter and message: refused in red, in doubt in amber. */
class MailJobsModel final : public KeyedTableModel<MailJob>
{
    Q_OBJECT

public:
    enum Column { Queued, Incident, Message, Report, Address, State, Attempts, Sent, LastError, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const MailJob &job) const override { return job.id; }
};

} // namespace desk::ui
