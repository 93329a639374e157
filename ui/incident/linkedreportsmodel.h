// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "shell/session.h"
#include "widgets/keyedtablemodel.h"

#include <QAbstractTableModel>

namespace desk::ui {

/**
 * The reports linked to one incident, newest first, fetched 200 at a time on the worker
 * thread as the view scrolls, so an incident with 50,000 reports opens at once.
 */
class LinkedReportsModel final : public KeyedTableModel<Report>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedReportsModel)

public:
    enum Column { Received, Customer, Subject, Language, Channel, Confirmation, ColumnCount };
    static constexpr int kPage = 200;

    LinkedReportsModel(const Session &session, QObject *parent = nullptr);
    ~LinkedReportsModel() override;

    /**
     * The first page and the total, as loaded with the incident. For the same incident the rows
     * change in place (new reports on top, moved ones gone) and the pages scrolled to stay.
     */
    void update(Id incidentId, const QList<Report> &firstPage, qint64 total);
    const Report *report(int row) const;
    qint64 total() const { return m_total; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    Id keyOf(const Report &report) const override { return report.id; }

private:
    Session m_session;
    Id m_incidentId = 0;
    qint64 m_total = 0;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace desk::ui
