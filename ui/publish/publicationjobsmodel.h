// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "widgets/keyedtablemodel.h"

namespace desk::ui {

/** Publication jobs, one row per update and target, failed ones in red. */
class PublicationJobsModel final : public KeyedTableModel<PublicationJob>
{
    Q_OBJECT

public:
    enum Column { Queued, Incident, Update, Target, State, Attempts, LastError, RemoteAddress, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const PublicationJob &job) const override { return job.id; }
};

} // namespace desk::ui
