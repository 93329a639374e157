// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include "layoutmemory.h"

#include "keyedtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace desk::ui {

ListPage::ListPage(const Session &session, const QString &title, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_summary(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_view(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
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
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search %1").arg(title));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    auto *searchRow = new QHBoxLayout;
    searchRow->addLayout(m_toolRow, 1);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);

    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        rowsChanged();
    });
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
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

void ListPage::addDetailPane(QWidget *pane, Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
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
    return current.data(KeyRole);
}

QAbstractItemModel *ListPage::model() const
{
    return m_proxy;
}

void ListPage::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
}

ListPage::~ListPage() = default;

QString ListPage::summaryText() const
{
    return m_summary->text();
}

void ListPage::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ListPage::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text);
}

void ListPage::rowsChanged()
{
    const bool empty = m_proxy->rowCount() == 0;
    const QString search = m_search->text().trimmed();
    m_empty->setText(empty && !search.isEmpty() && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() > 0
                         ? tr("Nothing here matches “%1”.").arg(search)
                         : m_emptyText);
    if (!empty && !m_sized) {
        // Once: the widths, order and sort the user left last time, else fitted to the rows;
        // afterwards they are the user's, and kept.
        m_sized = true;
        const QString key = QString::fromLatin1(metaObject()->className()).section(QStringLiteral("::"), -1);
        if (!LayoutMemory::keep(m_view->horizontalHeader(), key)) {
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 420));
        }
        LayoutMemory::keep(m_splitter, key);
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : static_cast<QWidget *>(m_view));
    emit refreshed();
}

void ListPage::showError(const QString &message)
{
    setSummary(tr("Could not load this page: %1").arg(message));
    emit refreshed();
}

} // namespace desk::ui
