// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/updaterepository.h"
#include "widgets/keyedtablemodel.h"

#include <QDateTime>

#include <optional>

namespace desk::ui {

/** An update waiting for a lead (or back with its author), with what was published before it. */
struct ApprovalItem
{
    UpdateWithBodies update;
    QString incidentReference;
    QString incidentTitle;
    std::optional<UpdateWithBodies> lastPublished;

    /** Since when it waits: submitted, or decided for approved and sent-back updates. */
    QDateTime since() const;
};

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
