// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace desk::ui {

ListPage::ListPage(const Session &session, const QString &title, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_summary(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new QStandardItemModel(this)),
      m_stack(new QStackedLayout),
      m_toolRow(new QHBoxLayout),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    heading->setAccessibleName(title);
    layout->addWidget(heading);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_toolRow->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(m_toolRow);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(title);
    m_view->setObjectName(QStringLiteral("table"));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 13pt;"));

    auto *tableArea = new QWidget(m_splitter);
    tableArea->setLayout(m_stack);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_splitter->addWidget(tableArea);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
}

void ListPage::addDetailPane(QWidget *pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
}

QVariant ListPage::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->item(current.row(), 0)->data(Qt::UserRole);
}

ListPage::~ListPage() = default;

QString ListPage::summaryText() const
{
    return m_summary->text();
}

void ListPage::setHeaders(const QStringList &headers)
{
    m_model->setHorizontalHeaderLabels(headers);
}

void ListPage::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ListPage::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ListPage::setRows(const QList<QList<QVariant>> &rows, const QList<QVariant> &keys)
{
    const QModelIndex current = m_view->currentIndex();
    const QVariant selectedKey = current.isValid() ? m_model->item(current.row(), 0)->data(Qt::UserRole) : QVariant();
    const int scroll = m_view->verticalScrollBar()->value();
    const int sortColumn = m_view->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_view->horizontalHeader()->sortIndicatorOrder();
    m_view->setSortingEnabled(false);
    m_model->setRowCount(0);
    int restore = -1;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QList<QStandardItem *> items;
        for (const QVariant &value : rows.at(r)) {
            auto *item = new QStandardItem;
            if (value.typeId() == QMetaType::QVariantMap) {
                const QVariantMap cell = value.toMap();
                item->setData(cell.value(QStringLiteral("text")), Qt::DisplayRole);
                if (cell.contains(QStringLiteral("color")))
                    item->setData(cell.value(QStringLiteral("color")), Qt::ForegroundRole);
                if (cell.contains(QStringLiteral("tip")))
                    item->setData(cell.value(QStringLiteral("tip")), Qt::ToolTipRole);
                if (cell.contains(QStringLiteral("sort")))
                    item->setData(cell.value(QStringLiteral("sort")), Qt::UserRole + 1);
            } else {
                item->setData(value, Qt::DisplayRole);
            }
            items.append(item);
        }
        if (!items.isEmpty())
            items.first()->setData(keys.value(r), Qt::UserRole);
        m_model->appendRow(items);
        if (selectedKey.isValid() && keys.value(r) == selectedKey)
            restore = int(r);
    }
    m_view->setSortingEnabled(true);
    if (sortColumn >= 0)
        m_view->sortByColumn(sortColumn, order);
    if (restore >= 0) {
        // Select without scrolling to it: a refresh from another workstation must not move the view.
        m_view->selectionModel()->setCurrentIndex(m_model->index(restore, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 420));
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_empty) : static_cast<QWidget *>(m_view));
    m_view->verticalScrollBar()->setValue(scroll);
    emit refreshed();
}

void ListPage::showError(const QString &message)
{
    setSummary(tr("Could not load this page: %1").arg(message));
    emit refreshed();
}

} // namespace desk::ui
