// SPDX-License-Identifier: GPL-3.0-or-later
#include "newincidentdialog.h"

#include "domain/labels.h"
#include "ui_newincidentdialog.h"

#include <QPushButton>

namespace desk::ui {

NewIncidentDialog::NewIncidentDialog(const QList<Service> &services, const QString &title, const QString &serviceKey,
                                     int reports, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewIncidentDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newIncidentDialog"));
    m_ui->reportsLabel->setText(tr("%n selected report(s) will be linked to the new incident.", nullptr, reports));
    m_ui->titleEdit->setText(title);
    for (const Service &s : services)
        m_ui->serviceCombo->addItem(s.name, s.key);
    m_ui->serviceCombo->setCurrentIndex(qMax(0, m_ui->serviceCombo->findData(serviceKey)));
    for (ImpactLevel level : allValues<ImpactLevel>())
        m_ui->impactCombo->addItem(label(level), int(level));
    m_ui->impactCombo->setCurrentIndex(m_ui->impactCombo->findData(int(ImpactLevel::Minor)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create incident"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_ui->titleEdit->text().trimmed().isEmpty())
            accept();
    });
    m_ui->titleEdit->selectAll();
    resize(520, sizeHint().height());
}

NewIncidentDialog::~NewIncidentDialog() = default;

Incident NewIncidentDialog::incident() const
{
    Incident i;
    i.title = m_ui->titleEdit->text().trimmed();
    if (const QString key = m_ui->serviceCombo->currentData().toString(); !key.isEmpty())
        i.serviceKeys = {key};
    i.impact = ImpactLevel(m_ui->impactCombo->currentData().toInt());
    return i;
}

} // namespace desk::ui
