// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DetailsTab;
}

namespace desk::ui {

/** The public description of an incident: title, impact, owner, cadence, services and texts. */
class DetailsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsTab)

public:
    explicit DetailsTab(QWidget *parent = nullptr);
    ~DetailsTab() override;

    /** The people who can own it and the services it can affect (the affected ones first). */
    void setChoices(const QList<User> &users, const QList<Service> &services, bool canSetServiceStatus);
    void showIncident(const Incident &incident);
    /** Writes what the widgets show into `incident`. */
    void apply(Incident &incident) const;
    void focusTitle();

signals:
    /** The user changed something (not showIncident()). */
    void edited();
    /** A lead chose a service's public status, which changes at once. */
    void serviceStatusChosen(const desk::Service &service, desk::ServiceStatus status);

private:
    std::unique_ptr<Ui::DetailsTab> m_ui;
    bool m_showing = false;
};

} // namespace desk::ui
