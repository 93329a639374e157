// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace desk::ui {

/** Roles every typed list model answers besides Qt's own. */
enum ModelRole {
    KeyRole = Qt::UserRole,      ///< the row's id (first column and every other)
    SortRole = Qt::UserRole + 1, ///< a value that sorts as the column means: dates as dates, counts as numbers
};

/**
 * A table of rows that each have an id. setRows() changes the model in place: rows that went are
 * removed, new ones inserted, moved ones moved and the rest updated with dataChanged(), so views
 * keep their selection, current row and scroll position when another workstation changes one row.
 * Subclasses say what a row's id is and what its cells show.
 */
template<typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /** The row showing `id`, or -1. */
    int rowOf(Id id) const
    {
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (keyOf(m_rows.at(r)) == id)
                return int(r);
        }
        return -1;
    }
    /** The row with `id`, or nullptr. */
    const Row *find(Id id) const
    {
        const int r = rowOf(id);
        return r >= 0 ? &m_rows.at(r) : nullptr;
    }

    void setRows(const QList<Row> &rows)
    {
        if (m_rows.isEmpty() || rows.isEmpty()) { // all new, or all gone: one signal
            if (!m_rows.isEmpty()) {
                beginRemoveRows({}, 0, int(m_rows.size() - 1));
                m_rows.clear();
                endRemoveRows();
            }
            appendRows(rows);
            return;
        }
        QHash<Id, qsizetype> wanted;
        for (qsizetype i = 0; i < rows.size(); ++i)
            wanted.insert(keyOf(rows.at(i)), i);
        for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
            if (!wanted.contains(keyOf(m_rows.at(r)))) {
                beginRemoveRows({}, int(r), int(r));
                m_rows.removeAt(r);
                endRemoveRows();
            }
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Id key = keyOf(rows.at(i));
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
                m_rows[i] = rows.at(i);
                continue;
            }
            qsizetype from = -1;
            for (qsizetype j = i + 1; j < m_rows.size(); ++j) {
                if (keyOf(m_rows.at(j)) == key) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows({}, int(from), int(from), {}, int(i));
                m_rows.move(from, i);
                endMoveRows();
                m_rows[i] = rows.at(i);
            } else {
                beginInsertRows({}, int(i), int(i));
                m_rows.insert(i, rows.at(i));
                endInsertRows();
            }
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

protected:
    virtual Id keyOf(const Row &row) const = 0;
    /** More rows at the end, as a view scrolls to them. */
    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }

private:
    QList<Row> m_rows;
};

} // namespace desk::ui
