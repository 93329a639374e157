// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatestab.h"

#include "updatesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace desk::ui {

UpdatesTab::UpdatesTab(QWidget *parent) : QWidget(parent), m_model(new UpdatesModel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("updatesTable"));
    m_view->setAccessibleName(tr("Public updates"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    //: Button (verb): open the selected update in the composer
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("openUpdateButton"));
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &UpdatesTab::openCurrent);
    connect(m_view, &QTableView::activated, this, &UpdatesTab::openCurrent);
}

UpdatesTab::~UpdatesTab() = default;

void UpdatesTab::setUpdates(const QList<Update> &updates)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(updates);
    if (first)
        m_view->resizeColumnsToContents();
}

void UpdatesTab::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Update &u = m_model->rowAt(current.row());
    emit openRequested(u.kind, u.id);
}

} // namespace desk::ui
