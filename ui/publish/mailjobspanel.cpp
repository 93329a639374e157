// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailjobspanel.h"

#include "domain/labels.h"
#include "mail/maildesk.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace desk::ui {

MailJobsPanel::MailJobsPanel(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_model(new MailJobsModel(this)),
      m_retry(new QPushButton(tr("Send again"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_markSent(new QPushButton(tr("Mark as sent"), this)), m_hold(new QPushButton(tr("Hold this incident's mail"), this))
{
    setObjectName(QStringLiteral("mailJobsPanel"));
    auto *title = new QLabel(tr("Messages to reporters"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("mailSummary"));
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("mailJobsView"));
    m_view->setAccessibleName(tr("Messages to reporters"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MailJobsModel::Queued, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MailJobsModel::LastError, QHeaderView::Stretch);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // thousands of rows: the first ones say enough
    m_view->setWordWrap(false);
    m_retry->setObjectName(QStringLiteral("mailRetryButton"));
    m_cancel->setObjectName(QStringLiteral("mailCancelButton"));
    m_markSent->setObjectName(QStringLiteral("mailMarkSentButton"));
    m_hold->setObjectName(QStringLiteral("mailHoldButton"));
    m_retry->setToolTip(tr("Send a refused, cancelled or in-doubt message again. For one in doubt, check first that the "
                           "mail server did not deliver it: the reporter would get it twice."));
    m_markSent->setToolTip(tr("The mail server's log shows this message in doubt was delivered: count it as sent."));
    m_hold->setToolTip(tr("Nothing of this incident's mail is sent until it is released."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_markSent);
    buttons->addStretch(1);
    buttons->addWidget(m_hold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] { decide(int(MailDesk::Decision::Retry)); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { decide(int(MailDesk::Decision::Cancel)); });
    connect(m_markSent, &QPushButton::clicked, this, [this] { decide(int(MailDesk::Decision::MarkSent)); });
    connect(m_hold, &QPushButton::clicked, this, &MailJobsPanel::toggleHold);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailJobsPanel::updateButtons);
    updateButtons();
}

QString MailJobsPanel::summaryText() const
{
    return m_summary->text();
}

void MailJobsPanel::refresh()
{
    MailDesk(m_session.worker, m_session.user).jobs(this, [this](Result<MailDesk::Listing> result) {
        if (!result.ok()) {
            m_summary->setText(result.errorString());
            return;
        }
        int waiting = 0, doubt = 0, refused = 0, sent = 0;
        for (const MailJob &j : result->jobs) {
            waiting += j.state == MailState::Pending || j.state == MailState::Claimed || j.state == MailState::Sending;
            doubt += j.state == MailState::InDoubt;
            refused += j.state == MailState::Failed;
            sent += j.state == MailState::Sent;
        }
        m_held = result->held;
        m_model->setRows(result->jobs);
        QStringList parts;
        if (result->jobs.isEmpty())
            parts << tr("No message yet: when an incident's acknowledgement or resolution is published, every reporter "
                        "with an e-mail address gets one, sent by the service.");
        else
            parts << tr("%n sent", nullptr, sent) << tr("%n waiting", nullptr, waiting);
        if (doubt > 0)
            parts << tr("%n in doubt: a lead decides", nullptr, doubt);
        if (refused > 0)
            parts << tr("%n refused", nullptr, refused);
        if (!m_held.isEmpty())
            parts << tr("%n incident(s) on hold", nullptr, int(m_held.size()));
        m_summary->setText(parts.join(QStringLiteral("  ·  ")));
        updateButtons();
        emit needsAttention(doubt + refused > 0 ? doubt + refused : -1);
    });
}

const MailJob *MailJobsPanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->find(m_proxy->data(index, KeyRole).toLongLong());
}

void MailJobsPanel::updateButtons()
{
    const MailJob *job = current();
    const bool lead = m_session.user.isLead();
    const auto in = [job](std::initializer_list<MailState> states) {
        return job && std::find(states.begin(), states.end(), job->state) != states.end();
    };
    m_retry->setEnabled(lead && in({MailState::Failed, MailState::Cancelled, MailState::InDoubt}));
    m_cancel->setEnabled(lead && in({MailState::Pending, MailState::Claimed, MailState::Failed, MailState::InDoubt}));
    m_markSent->setEnabled(lead && in({MailState::InDoubt}));
    m_hold->setEnabled(lead && job);
    m_hold->setText(job && m_held.contains(job->incidentId) ? tr("Release this incident's mail") : tr("Hold this incident's mail"));
    if (!lead)
        m_hold->setToolTip(tr("Team leads decide on messages to reporters."));
}

void MailJobsPanel::decide(int decision)
{
    const MailJob *job = current();
    if (!job)
        return;
    const auto d = MailDesk::Decision(decision);
    if (d == MailDesk::Decision::Retry && job->state == MailState::InDoubt
        && QMessageBox::question(this, tr("Send again?"),
                                 tr("The message to %1 may have been delivered already (%2). Send it again anyway?")
                                     .arg(job->recipient, job->lastError))
               != QMessageBox::Yes)
        return;
    MailDesk(m_session.worker, m_session.user)
        .decide(this, job->id, job->version, d,
                [this](Result<MailJob> result) {
                    if (!result.ok())
                        m_summary->setText(result.errorString());
                    refresh();
                },
                [this] { m_summary->setText(tr("The database cannot be reached: nothing was changed. Try again when it is back.")); });
}

void MailJobsPanel::toggleHold()
{
    const MailJob *job = current();
    if (!job)
        return;
    MailDesk(m_session.worker, m_session.user)
        .hold(this, job->incidentId, !m_held.contains(job->incidentId),
              [this](Result<bool> result) {
                  if (!result.ok())
                      m_summary->setText(result.errorString());
                  refresh();
              },
              [this] { m_summary->setText(tr("The database cannot be reached: nothing was changed. Try again when it is back.")); });
}

} // namespace desk::ui
