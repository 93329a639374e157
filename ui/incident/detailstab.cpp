// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailstab.h"

#include "domain/labels.h"
#include "ui_detailstab.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace desk::ui {

namespace {
void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
} // namespace

DetailsTab::DetailsTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DetailsTab>())
{
    m_ui->setupUi(this);
    for (ImpactLevel level : allValues<ImpactLevel>())
        m_ui->impactCombo->addItem(label(level), int(level));
    for (QPlainTextEdit *edit : {m_ui->descriptionEdit, m_ui->impactSummaryEdit, m_ui->journeysEdit, m_ui->workaroundEdit}) {
        edit->setUndoRedoEnabled(false); // the incident's undo stack covers every field
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().height() * 4);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing)
                emit edited();
        });
    }
    auto *services = m_ui->servicesTable;
    services->setAccessibleName(tr("Affected services and their status"));
    services->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    services->verticalHeader()->setDefaultSectionSize(services->fontMetrics().height() + 14);
    auto changed = [this] {
        if (!m_showing)
            emit edited();
    };
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->impactCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->ownerCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->cadenceSpin, &QSpinBox::valueChanged, this, changed);
    connect(services, &QTableWidget::itemChanged, this, changed);
}

DetailsTab::~DetailsTab() = default;

void DetailsTab::setChoices(const QList<User> &users, const QList<Service> &services, bool canSetServiceStatus)
{
    m_showing = true;
    QComboBox *owner = m_ui->ownerCombo;
    const QString typed = owner->currentText();
    owner->clear();
    for (const User &u : users) {
        if (u.active)
            owner->addItem(u.displayName.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.displayName, u.name), u.name);
    }
    owner->setCurrentText(typed);

    QTableWidget *table = m_ui->servicesTable;
    QStringList checked;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->checkState() == Qt::Checked)
            checked << table->item(r, 0)->data(Qt::UserRole).toString();
    }
    table->setRowCount(int(services.size()));
    for (int r = 0; r < services.size(); ++r) {
        const Service &s = services.at(r);
        auto *item = new QTableWidgetItem(s.name);
        item->setData(Qt::UserRole, s.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(s.key) ? Qt::Checked : Qt::Unchecked);
        table->setItem(r, 0, item);
        auto *status = new QComboBox(table);
        status->setObjectName(QStringLiteral("serviceStatus_") + s.key);
        status->setAccessibleName(tr("Public status of %1").arg(s.name));
        for (ServiceStatus st : allValues<ServiceStatus>())
            status->addItem(label(st), int(st));
        status->setCurrentIndex(status->findData(int(s.status)));
        status->setEnabled(canSetServiceStatus);
        status->setToolTip(canSetServiceStatus ? tr("Changes the service's public status at once")
                                               : tr("Team leads set a service's public status"));
        connect(status, &QComboBox::activated, this, [this, s, status] {
            emit serviceStatusChosen(s, ServiceStatus(status->currentData().toInt()));
        });
        table->setCellWidget(r, 1, status);
    }
    m_showing = false;
}

void DetailsTab::showIncident(const Incident &incident)
{
    m_showing = true;
    if (m_ui->titleEdit->text() != incident.title)
        m_ui->titleEdit->setText(incident.title);
    setText(m_ui->descriptionEdit, incident.description);
    setText(m_ui->impactSummaryEdit, incident.impactSummary);
    setText(m_ui->journeysEdit, incident.userJourneys);
    setText(m_ui->workaroundEdit, incident.workaround);
    m_ui->impactCombo->setCurrentIndex(m_ui->impactCombo->findData(int(incident.impact)));
    const int ownerIndex = m_ui->ownerCombo->findData(incident.owner);
    if (ownerIndex >= 0)
        m_ui->ownerCombo->setCurrentIndex(ownerIndex);
    else
        m_ui->ownerCombo->setCurrentText(incident.owner);
    m_ui->cadenceSpin->setValue(qMax(1, incident.cadenceMinutes / 60));
    QTableWidget *table = m_ui->servicesTable;
    for (int r = 0; r < table->rowCount(); ++r) {
        QTableWidgetItem *item = table->item(r, 0);
        item->setCheckState(incident.serviceKeys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_showing = false;
}

void DetailsTab::apply(Incident &incident) const
{
    incident.title = m_ui->titleEdit->text();
    incident.description = m_ui->descriptionEdit->toPlainText();
    incident.impactSummary = m_ui->impactSummaryEdit->toPlainText();
    incident.userJourneys = m_ui->journeysEdit->toPlainText();
    incident.workaround = m_ui->workaroundEdit->toPlainText();
    incident.impact = ImpactLevel(m_ui->impactCombo->currentData().toInt());
    const int ownerIndex = m_ui->ownerCombo->findText(m_ui->ownerCombo->currentText());
    incident.owner = ownerIndex >= 0 ? m_ui->ownerCombo->itemData(ownerIndex).toString() : m_ui->ownerCombo->currentText().trimmed();
    incident.cadenceMinutes = m_ui->cadenceSpin->value() * 60;
    incident.serviceKeys.clear();
    const QTableWidget *table = m_ui->servicesTable;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->checkState() == Qt::Checked)
            incident.serviceKeys << table->item(r, 0)->data(Qt::UserRole).toString();
    }
}

void DetailsTab::focusTitle()
{
    m_ui->titleEdit->setFocus();
}

} // namespace desk::ui
