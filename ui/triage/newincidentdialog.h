// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewIncidentDialog;
}

namespace desk::ui {

/** Title, service and impact of an incident created from selected reports. */
class NewIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewIncidentDialog)

public:
    NewIncidentDialog(const QList<Service> &services, const QString &title, const QString &serviceKey, int reports,
                      QWidget *parent = nullptr);
    ~NewIncidentDialog() override;

    Incident incident() const;

private:
    std::unique_ptr<Ui::NewIncidentDialog> m_ui;
};

} // namespace desk::ui
