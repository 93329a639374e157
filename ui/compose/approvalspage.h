// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvalsmodel.h"
#include "widgets/listpage.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace desk::ui {

/**
 * The four-eyes step: updates waiting for a team lead, with the rendered text in every
 * language and the difference from the last published update. Leads approve, ask for changes
 * with a comment the author sees, and publish approved updates. Authors follow their own here.
 */
class ApprovalsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsPage)

public:
    explicit ApprovalsPage(const Session &session, QWidget *parent = nullptr);
    ~ApprovalsPage() override = default;
    void refresh() override;

    using Item = ApprovalItem;
    const QList<Item> &items() const { return m_model->rows(); }
    /** Selects the row of an update; false when it is not listed. */
    bool select(Id updateId);

    void approveCurrent();
    /** Asks for the comment in a dialog (non-blocking); `comment` given skips the dialog. */
    void requestChangesForCurrent(const QString &comment = {});
    void publishCurrent();
    QString lastMessage() const { return m_lastMessage; }
    QString previewHtml(int languageTab = 0) const;
    QString changesHtml() const;

signals:
    void actionDone(const QString &message, bool ok);
    void openIncidentRequested(desk::Id incidentId);
    /** Fresh lists after a refresh, for the notifier. */
    void listed(const QList<desk::ui::ApprovalsPage::Item> &items);

private:
    const Item *currentItem() const;
    void showCurrent();
    void runStep(const QString &doneText, ApprovalQueue::Decision decision, const QString &comment = {});

    QString m_lastMessage;
    QLabel *m_detailTitle;
    QLabel *m_comment;
    QTabWidget *m_languages;
    QTextBrowser *m_changes;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QPushButton *m_publish;
    QPushButton *m_openIncident;
    ApprovalsModel *m_model;
    ApprovalQueue m_queue;
};

} // namespace desk::ui
