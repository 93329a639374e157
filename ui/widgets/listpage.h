// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/page.h"
#include "shell/session.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedLayout;
class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace desk::ui {

/**
 * A page of the main window: a title, a summary line and a read-only table over a typed model,
 * with a message in place of the table while it is empty. Columns sort by the model's SortRole,
 * so dates sort as dates. Data is fetched by the worker thread in refresh(); the model changes in
 * place, so the selected row and the scroll position stay.
 */
class ListPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)

public:
    ListPage(const Session &session, const QString &title, QWidget *parent = nullptr);
    ~ListPage() override;

    QTableView *view() const { return m_view; }
    /** The rows as the view shows them (sorted). */
    QAbstractItemModel *model() const;
    QString summaryText() const override;
    /** The search field: rows whose any column contains its text (case and accents as typed). */
    QLineEdit *searchField() const { return m_search; }

protected:
    /** The typed model the table shows (the page keeps owning it). */
    void setSourceModel(QAbstractItemModel *model);
    void setSummary(const QString &text);
    void setEmptyText(const QString &text);
    /** After the model changed: the table or the empty message, column widths the first time. */
    void rowsChanged();
    void showError(const QString &message);
    /** A row of filters or buttons between the summary and the table. */
    QHBoxLayout *toolRow() const { return m_toolRow; }
    /** A pane beside the table (or, vertically, below it): the current row's preview, or a second list. */
    void addDetailPane(QWidget *pane, Qt::Orientation orientation = Qt::Horizontal);
    /** The id (KeyRole) of the current row, or an invalid QVariant. */
    QVariant currentKey() const;

    const Session &session() const { return m_session; }

private:
    Session m_session;
    QLabel *m_summary;
    QLabel *m_empty;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QString m_emptyText;
    bool m_sized = false;
    QStackedLayout *m_stack;
    QHBoxLayout *m_toolRow;
    QSplitter *m_splitter;
};

} // namespace desk::ui
