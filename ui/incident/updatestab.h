// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QTableView;

namespace desk::ui {

class UpdatesModel;

/** The incident's public updates in every status; opening one shows it in the composer. */
class UpdatesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesTab)

public:
    explicit UpdatesTab(QWidget *parent = nullptr);
    ~UpdatesTab() override;

    void setUpdates(const QList<Update> &updates);

signals:
    void openRequested(desk::UpdateKind kind, desk::Id updateId);

private:
    void openCurrent();

    UpdatesModel *m_model;
    QTableView *m_view;
};

} // namespace desk::ui
