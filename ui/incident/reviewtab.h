// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewTab;
}

namespace desk::ui {

class PreventiveActionsModel;

/** The post-incident review: the root cause and the preventive actions. */
class ReviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTab)

public:
    /** New actions are owned by `owner` by default. */
    explicit ReviewTab(const QString &owner, QWidget *parent = nullptr);
    ~ReviewTab() override;

    void showIncident(const Incident &incident);
    void apply(Incident &incident) const;

signals:
    void edited();

private:
    void addAction();
    void removeAction();

    std::unique_ptr<Ui::ReviewTab> m_ui;
    PreventiveActionsModel *m_actions;
    QString m_owner;
    bool m_showing = false;
};

} // namespace desk::ui
