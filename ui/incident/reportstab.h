// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace desk::ui {

class LinkedReportsModel;

/** The reports linked to the incident, with how many customers they come from. */
class ReportsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsTab)

public:
    ReportsTab(LinkedReportsModel *model, QWidget *parent = nullptr);
    ~ReportsTab() override;

    void setCounts(qint64 reports, qint64 customers);
    QList<Id> selectedReports() const;

signals:
    void unlinkRequested();
    void moveRequested();

private:
    LinkedReportsModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace desk::ui
