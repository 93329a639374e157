// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace desk::ui {

/** Title, service and impact of an incident created from selected reports. */
class NewIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewIncidentDialog)

public:
    NewIncidentDialog(const QList<Service> &services, const QString &title, const QString &serviceKey, int reports,
                      QWidget *parent = nullptr);
    ~NewIncidentDialog() override = default;

    Incident incident() const;

private:
    QLineEdit *m_title;
    QComboBox *m_service;
    QComboBox *m_impact;
};

} // namespace desk::ui
