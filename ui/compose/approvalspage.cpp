// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalspage.h"

#include "compose/markdown.h"
#include "compose/textdiff.h"
#include "core/clock.h"
#include "domain/updateworkflow.h"
#include "domain/labels.h"
#include "store/dbworker.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace desk::ui {

ApprovalsPage::ApprovalsPage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Approvals"), parent),
      m_detailTitle(new QLabel(this)),
      m_comment(new QLabel(this)),
      m_languages(new QTabWidget(this)),
      m_changes(new QTextBrowser(this)),
      m_approve(new QPushButton(tr("Approve"), this)),
      m_requestChanges(new QPushButton(tr("Request changes…"), this)),
      m_publish(new QPushButton(tr("Publish"), this)),
      m_openIncident(new QPushButton(tr("Open incident"), this)),
      m_model(new ApprovalsModel(this)),
      m_queue(session.worker, session.user)
{
    setObjectName(QStringLiteral("approvalsPage"));
    setSourceModel(m_model);
    view()->sortByColumn(ApprovalsModel::Since, Qt::AscendingOrder); // the longest waiting first
    setEmptyText(tr("Nothing is waiting for approval."));

    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("approvalDetail"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 0, 0, 0);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    layout->addWidget(m_detailTitle);
    m_comment->setWordWrap(true);
    m_comment->setTextFormat(Qt::PlainText);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    layout->addWidget(m_comment);
    auto *tabs = new QTabWidget(pane);
    tabs->setAccessibleName(tr("The update under review"));
    m_languages->setObjectName(QStringLiteral("previewTabs"));
    m_languages->setAccessibleName(tr("Its languages"));
    tabs->addTab(m_languages, tr("Preview"));
    m_changes->setObjectName(QStringLiteral("changesView"));
    tabs->addTab(m_changes, tr("Changes since the last published update"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QHBoxLayout;
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_requestChanges->setObjectName(QStringLiteral("requestChangesButton"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_openIncident->setObjectName(QStringLiteral("openIncidentButton"));
    buttons->addWidget(m_openIncident);
    buttons->addStretch(1);
    buttons->addWidget(m_requestChanges);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_publish);
    layout->addLayout(buttons);
    addDetailPane(pane);

    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsPage::showCurrent);
    connect(m_languages, &QTabWidget::currentChanged, this, &ApprovalsPage::showCurrent);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveCurrent);
    connect(m_requestChanges, &QPushButton::clicked, this, [this] { requestChangesForCurrent(); });
    connect(m_publish, &QPushButton::clicked, this, &ApprovalsPage::publishCurrent);
    connect(m_openIncident, &QPushButton::clicked, this, [this] {
        if (const Item *item = currentItem())
            emit openIncidentRequested(item->update.update.incidentId);
    });
    showCurrent();
}

void ApprovalsPage::refresh()
{
    const User user = session().user;
    m_queue.load(
        this,
        [this, user](Result<QList<ApprovalItem>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            int waiting = 0;
            int ready = 0;
            for (const Item &item : result.value()) {
                waiting += item.update.update.status == UpdateStatus::Submitted;
                ready += item.update.update.status == UpdateStatus::Approved;
            }
            m_model->setRows(result.value());
            setSummary(user.isLead()
                           ? tr("%n update(s) waiting for your decision", nullptr, waiting) + QStringLiteral("  ·  ")
                                 + tr("%n approved, ready to publish", nullptr, ready)
                           : tr("Only team leads approve updates; you can follow yours here."));
            rowsChanged();
            showCurrent();
            emit badgeChanged(user.isLead() ? waiting + ready : -1);
            emit listed(m_model->rows());
        });
}

const ApprovalsPage::Item *ApprovalsPage::currentItem() const
{
    const QVariant key = currentKey();
    return key.isValid() ? m_model->find(key.toLongLong()) : nullptr;
}

bool ApprovalsPage::select(Id updateId)
{
    for (int r = 0; r < model()->rowCount(); ++r) {
        if (model()->index(r, 0).data(KeyRole).toLongLong() == updateId) {
            view()->selectRow(r);
            view()->setCurrentIndex(model()->index(r, 0));
            showCurrent();
            return true;
        }
    }
    return false;
}

void ApprovalsPage::showCurrent()
{
    const Item *item = currentItem();
    const User &user = session().user;
    if (!item) {
        m_detailTitle->setText(tr("Select an update to read it."));
        m_comment->clear();
        const QSignalBlocker block(m_languages);
        while (m_languages->count() > 0)
            delete m_languages->widget(0);
        m_changes->clear();
        for (QPushButton *b : {m_approve, m_requestChanges, m_publish, m_openIncident})
            b->setEnabled(false);
        return;
    }
    const Update &u = item->update.update;
    m_detailTitle->setText(tr("%1 update for %2 — %3, by %4")
                               .arg(label(u.kind), item->incidentReference, item->incidentTitle, u.author));
    m_comment->setText(u.reviewComment.isEmpty() ? QString()
                                                 : tr("%1 asked for changes: “%2”").arg(u.approver, u.reviewComment));
    const int tab = m_languages->currentIndex();
    {
        const QSignalBlocker block(m_languages);
        while (m_languages->count() > 0)
            delete m_languages->widget(0);
        for (auto it = item->update.bodies.cbegin(); it != item->update.bodies.cend(); ++it) {
            auto *browser = new QTextBrowser(m_languages);
            browser->setOpenLinks(false);
            browser->setHtml(Markdown::toHtml(it.value()));
            browser->setProperty("language", int(it.key()));
            m_languages->addTab(browser, label(it.key()));
        }
        m_languages->setCurrentIndex(qBound(0, tab, m_languages->count() - 1));
    }
    const Language language = m_languages->currentWidget()
                                  ? Language(m_languages->currentWidget()->property("language").toInt())
                                  : Language::En;
    if (item->lastPublished && item->lastPublished->bodies.contains(language)) {
        m_changes->setHtml(TextDiff::toHtml(
            TextDiff::compare(item->lastPublished->bodies.value(language), item->update.bodies.value(language))));
    } else {
        m_changes->setPlainText(tr("Nothing has been published in %1 for this incident yet: everything is new.")
                                    .arg(label(language)));
    }
    m_approve->setEnabled(UpdateWorkflow::check(user, u, UpdateWorkflow::Action::Approve).ok());
    m_requestChanges->setEnabled(UpdateWorkflow::check(user, u, UpdateWorkflow::Action::RequestChanges).ok());
    m_publish->setEnabled(UpdateWorkflow::check(user, u, UpdateWorkflow::Action::Publish).ok());
    m_openIncident->setEnabled(true);
    const Status canApprove = UpdateWorkflow::check(user, u, UpdateWorkflow::Action::Approve);
    m_approve->setToolTip(canApprove.ok() ? QString() : canApprove.errorString());
    m_requestChanges->setToolTip(canApprove.ok() ? QString() : canApprove.errorString());
}

QString ApprovalsPage::previewHtml(int languageTab) const
{
    auto *browser = qobject_cast<QTextBrowser *>(m_languages->widget(languageTab));
    return browser ? browser->toHtml() : QString();
}

QString ApprovalsPage::changesHtml() const
{
    return m_changes->toHtml();
}

void ApprovalsPage::runStep(const QString &doneText, ApprovalQueue::Decision decision, const QString &comment)
{
    const Item *item = currentItem();
    if (!item)
        return;
    m_queue.decide(
        this, item->update.update, decision, comment,
        [this, doneText](Result<ApprovalQueue::Decided> outcome) {
            if (!outcome.ok()) {
                m_lastMessage = outcome.errorString();
                setSummary(m_lastMessage);
                emit actionDone(m_lastMessage, false);
                refresh();
                return;
            }
            m_lastMessage = doneText;
            if (outcome->update.update.status == UpdateStatus::Published) {
                QStringList targets;
                for (const PublicationJob &j : std::as_const(outcome->jobs))
                    targets << j.targetName;
                m_lastMessage += u' '
                                 + (targets.isEmpty()
                                        ? tr("No publication target is configured yet: ask an administrator to add the "
                                             "Help Center.")
                                        : tr("Queued for: %1.").arg(targets.join(QStringLiteral(", "))));
            }
            emit actionDone(m_lastMessage, true);
            refresh();
        },
        [this] {
            m_lastMessage = tr("The database cannot be reached, so nothing was decided. Try again when it is back.");
            setSummary(m_lastMessage);
            emit actionDone(m_lastMessage, false);
        });
}

void ApprovalsPage::approveCurrent()
{
    runStep(tr("Approved."), ApprovalQueue::Decision::Approve);
}

void ApprovalsPage::requestChangesForCurrent(const QString &comment)
{
    if (!comment.isEmpty()) {
        runStep(tr("Changes requested: the author sees your comment."), ApprovalQueue::Decision::RequestChanges, comment);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("requestChangesDialog"));
    dialog->setWindowTitle(tr("Request changes"));
    dialog->setLabelText(tr("What should the author change?"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_lastMessage = tr("Say what should change, so the author knows what to do.");
            emit actionDone(m_lastMessage, false);
            return;
        }
        requestChangesForCurrent(text.trimmed());
    });
    dialog->open();
}

void ApprovalsPage::publishCurrent()
{
    runStep(tr("Published."), ApprovalQueue::Decision::Publish);
}

} // namespace desk::ui
