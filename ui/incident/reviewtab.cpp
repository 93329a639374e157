// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtab.h"

#include "core/clock.h"
#include "preventiveactionsmodel.h"
#include "ui_reviewtab.h"

#include <QHeaderView>

namespace desk::ui {

ReviewTab::ReviewTab(const QString &owner, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewTab>()), m_actions(new PreventiveActionsModel(this)), m_owner(owner)
{
    m_ui->setupUi(this);
    m_ui->rootCauseEdit->setUndoRedoEnabled(false); // the incident's undo stack covers it
    m_ui->rootCauseEdit->setTabChangesFocus(true);
    m_ui->actionsTable->setModel(m_actions);
    m_ui->actionsTable->setAccessibleName(tr("Preventive actions"));
    m_ui->actionsTable->horizontalHeader()->setSectionResizeMode(PreventiveActionsModel::Description, QHeaderView::Stretch);
    m_ui->layout->setStretch(1, 1);
    m_ui->layout->setStretch(3, 2);
    connect(m_ui->rootCauseEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            emit edited();
    });
    connect(m_actions, &PreventiveActionsModel::edited, this, &ReviewTab::edited);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &ReviewTab::addAction);
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &ReviewTab::removeAction);
}

ReviewTab::~ReviewTab() = default;

void ReviewTab::showIncident(const Incident &incident)
{
    m_showing = true;
    if (m_ui->rootCauseEdit->toPlainText() != incident.rootCause)
        m_ui->rootCauseEdit->setPlainText(incident.rootCause);
    m_actions->setActions(incident.actions);
    m_showing = false;
}

void ReviewTab::apply(Incident &incident) const
{
    incident.rootCause = m_ui->rootCauseEdit->toPlainText();
    incident.actions = m_actions->actions();
}

void ReviewTab::addAction()
{
    QList<PreventiveAction> actions = m_actions->actions();
    actions.append({0, tr("New preventive action"), m_owner, Clock::now().date().addDays(14), false});
    m_actions->setActions(actions);
    emit edited();
    const QModelIndex added = m_actions->index(int(actions.size() - 1), PreventiveActionsModel::Description);
    m_ui->actionsTable->setCurrentIndex(added);
    m_ui->actionsTable->edit(added);
}

void ReviewTab::removeAction()
{
    const QModelIndex current = m_ui->actionsTable->currentIndex();
    if (!current.isValid())
        return;
    QList<PreventiveAction> actions = m_actions->actions();
    actions.removeAt(current.row());
    m_actions->setActions(actions);
    emit edited();
}

} // namespace desk::ui
