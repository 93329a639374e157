// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/page.h"
#include "shell/session.h"

class QHBoxLayout;
class QLabel;
class QSplitter;
class QStackedLayout;
class QStandardItemModel;
class QTableView;

namespace desk::ui {

/**
 * A page of the main window: a title, a summary line and a read-only table, with a message in
 * place of the table while it is empty. Data is fetched by the worker thread in refresh().
 */
class ListPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)

public:
    ListPage(const Session &session, const QString &title, QWidget *parent = nullptr);
    ~ListPage() override;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QString summaryText() const override;

protected:
    void setHeaders(const QStringList &headers);
    void setSummary(const QString &text);
    void setEmptyText(const QString &text);
    /** Replaces the rows, keeping the selected row when it is still there. */
    void setRows(const QList<QList<QVariant>> &rows, const QList<QVariant> &keys);
    void showError(const QString &message);
    /** A row of filters or buttons between the summary and the table. */
    QHBoxLayout *toolRow() const { return m_toolRow; }
    /** A pane beside the table showing the current row (preview, actions). */
    void addDetailPane(QWidget *pane);
    /** The key (first column's Qt::UserRole) of the current row, or an invalid QVariant. */
    QVariant currentKey() const;

    const Session &session() const { return m_session; }

private:
    Session m_session;
    QLabel *m_summary;
    QLabel *m_empty;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QStackedLayout *m_stack;
    QHBoxLayout *m_toolRow;
    QSplitter *m_splitter;
};

} // namespace desk::ui
