// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>

namespace desk::ui {

/**
 * The review's preventive actions, edited in place: description, owner, due date (a date
 * editor) and done. Every change the user makes is announced with edited().
 */
class PreventiveActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreventiveActionsModel)

public:
    enum Column { Description, Owner, Due, Done, ColumnCount };

    explicit PreventiveActionsModel(QObject *parent = nullptr);
    ~PreventiveActionsModel() override;

    const QList<PreventiveAction> &actions() const { return m_actions; }
    /** Shows these actions, changing the rows in place (edits in progress elsewhere stay). */
    void setActions(const QList<PreventiveAction> &actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QList<PreventiveAction> m_actions;
};

} // namespace desk::ui
