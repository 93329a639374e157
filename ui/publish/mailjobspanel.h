// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "mailjobsmodel.h"
#include "shell/session.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace desk::ui {

/**
 * The messages to reporters, beside the publications: each reporter's acknowledgement notice and
 * resolution confirmation, its state, attempts and the mail server's last words. A lead sends a
 * refused or cancelled message again, cancels one not sent yet, settles one in doubt (sent again,
 * or marked sent after checking the mail server's log), and holds an incident's mail.
 */
class MailJobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailJobsPanel)

public:
    explicit MailJobsPanel(const Session &session, QWidget *parent = nullptr);
    ~MailJobsPanel() override = default;

    void refresh();
    const QList<MailJob> &jobs() const { return m_model->rows(); }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

signals:
    /** Messages in doubt or refused, for the navigation's badge (-1: none). */
    void needsAttention(int count);

private:
    const MailJob *current() const;
    void decide(int decision);
    void toggleHold();
    void updateButtons();

    Session m_session;
    QLabel *m_summary;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    MailJobsModel *m_model;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_markSent;
    QPushButton *m_hold;
    QSet<Id> m_held;
};

} // namespace desk::ui
