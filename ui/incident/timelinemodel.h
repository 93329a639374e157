// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>

namespace desk::ui {

/**
 * The incident's story, newest first, in words: "Moved it to “Identified”", "Linked 12 reports".
 * New entries are inserted at the top; what was shown stays in place.
 */
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { When, Who, What, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 10 }; ///< the audit action key, e.g. "update.publish"

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    /** The entries as the database gives them, oldest first. */
    void setEntries(const QList<TimelineEntry> &oldestFirst);
    /** The line shown for one entry. */
    static QString describe(const TimelineEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TimelineEntry &entryAt(int row) const { return m_entries.at(m_entries.size() - 1 - row); }
    QList<TimelineEntry> m_entries; // oldest first; row 0 is the newest
};

} // namespace desk::ui
