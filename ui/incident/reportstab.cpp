// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstab.h"

#include "linkedreportsmodel.h"
#include "widgets/keyedtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace desk::ui {

ReportsTab::ReportsTab(LinkedReportsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("reportsSummary"));
    layout->addWidget(m_summary);
    m_view->setObjectName(QStringLiteral("reportsView"));
    m_view->setAccessibleName(tr("Linked reports"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(LinkedReportsModel::Subject, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *unlink = new QPushButton(tr("Send back to triage"), this);
    unlink->setObjectName(QStringLiteral("unlinkButton"));
    unlink->setToolTip(tr("Unlink the selected reports: they return to the triage queue as new."));
    auto *move = new QPushButton(tr("Move to another incident…"), this);
    move->setObjectName(QStringLiteral("moveButton"));
    buttons->addWidget(unlink);
    buttons->addWidget(move);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(unlink, &QPushButton::clicked, this, &ReportsTab::unlinkRequested);
    connect(move, &QPushButton::clicked, this, &ReportsTab::moveRequested);
}

ReportsTab::~ReportsTab() = default;

void ReportsTab::setCounts(qint64 reports, qint64 customers)
{
    m_summary->setText(tr("%n report(s)", nullptr, int(reports)) + QStringLiteral(" · ")
                       + tr("%n customer(s)", nullptr, int(customers)));
    m_view->resizeColumnToContents(LinkedReportsModel::Received);
}

QList<Id> ReportsTab::selectedReports() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(KeyRole).toLongLong();
    return ids;
}

} // namespace desk::ui
