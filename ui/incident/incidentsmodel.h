// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cadence.h"
#include "domain/entities.h"
#include "store/incidentrepository.h"
#include "widgets/keyedtablemodel.h"

namespace desk::ui {

/** One incident in the list: its figures and where it stands against the daily promise. */
struct IncidentRow
{
    Incident incident;
    IncidentScope scope;
    QDateTime due;
    Cadence::Standing standing = Cadence::Standing::NotApplicable;
};

/** The incident list: one row per incident, the next update's due time coloured by its standing. */
class IncidentsModel final : public KeyedTableModel<IncidentRow>
{
    Q_OBJECT

public:
    enum Column { Reference, Title, State, Impact, Services, Owner, Reports, Customers, Due, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id keyOf(const IncidentRow &row) const override { return row.incident.id; }
};

} // namespace desk::ui
