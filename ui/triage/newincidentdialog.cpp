// SPDX-License-Identifier: GPL-3.0-or-later
#include "newincidentdialog.h"

#include "domain/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace desk::ui {

NewIncidentDialog::NewIncidentDialog(const QList<Service> &services, const QString &title, const QString &serviceKey,
                                     int reports, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(title, this)), m_service(new QComboBox(this)), m_impact(new QComboBox(this))
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New incident"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_impact->setObjectName(QStringLiteral("impactCombo"));
    for (const Service &s : services)
        m_service->addItem(s.name, s.key);
    m_service->setCurrentIndex(qMax(0, m_service->findData(serviceKey)));
    for (ImpactLevel level : allValues<ImpactLevel>())
        m_impact->addItem(label(level), int(level));
    m_impact->setCurrentIndex(m_impact->findData(int(ImpactLevel::Minor)));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("%n selected report(s) will be linked to the new incident.", nullptr, reports), this));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Impact:"), m_impact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create incident"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_title->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_title->selectAll();
    resize(520, sizeHint().height());
}

Incident NewIncidentDialog::incident() const
{
    Incident i;
    i.title = m_title->text().trimmed();
    if (const QString key = m_service->currentData().toString(); !key.isEmpty())
        i.serviceKeys = {key};
    i.impact = ImpactLevel(m_impact->currentData().toInt());
    return i;
}

} // namespace desk::ui
