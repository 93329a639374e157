// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationspage.h"

#include "domain/labels.h"
#include "store/dbworker.h"
#include "publish/publicationsdesk.h"
#include "targetsdialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace desk::ui {

PublicationsPage::PublicationsPage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Publications"), parent),
      m_retry(new QPushButton(tr("Retry"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_targets(new QPushButton(tr("Targets…"), this)),
      m_model(new PublicationJobsModel(this)),
      m_mail(new MailJobsPanel(session, this))
{
    setObjectName(QStringLiteral("publicationsPage"));
    setSourceModel(m_model);
    setEmptyText(tr("Nothing has been published yet. When a lead publishes an approved update, one job per "
                    "configured target appears here."));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_targets->setObjectName(QStringLiteral("targetsButton"));
    m_targets->setToolTip(tr("Where published updates go: the Help Center, Statuspage, Cachet, Zendesk Guide, webhooks."));
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_retry);
    toolRow()->addWidget(m_cancel);
    toolRow()->addWidget(m_targets);
    connect(m_targets, &QPushButton::clicked, this, &PublicationsPage::openTargets);
    connect(m_retry, &QPushButton::clicked, this, [this] { changeCurrent(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { changeCurrent(false); });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PublicationsPage::updateButtons);
    addDetailPane(m_mail, Qt::Vertical); // below, at full width: its addresses and errors are long
    connect(m_mail, &MailJobsPanel::needsAttention, this, [this](int count) {
        m_mailAttention = std::max(count, 0);
        const int total = m_failedPublications + m_mailAttention;
        emit badgeChanged(total > 0 ? total : -1);
    });
    updateButtons();
}

void PublicationsPage::refresh()
{
    const User user = session().user;
    PublicationsDesk(session().worker, user).jobs(
        this,
        [this](Result<QList<PublicationJob>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            int failed = 0;
            int waiting = 0;
            for (const PublicationJob &j : result.value()) {
                failed += j.state == JobState::Failed;
                waiting += j.state == JobState::Pending || j.state == JobState::Sending;
            }
            m_model->setRows(result.value());
            setSummary(tr("%n job(s) waiting to be sent", nullptr, waiting)
                       + (failed > 0 ? QStringLiteral("  ·  ") + tr("%n failed", nullptr, failed) : QString()));
            rowsChanged();
            updateButtons();
            m_failedPublications = failed;
            const int total = m_failedPublications + m_mailAttention;
            emit badgeChanged(total > 0 ? total : -1);
        });
    m_mail->refresh();
}

void PublicationsPage::openTargets()
{
    auto *dialog = new TargetsDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &PublicationsPage::refresh);
    dialog->open();
}

void PublicationsPage::updateButtons()
{
    const QVariant key = currentKey();
    const PublicationJob *job = key.isValid() ? m_model->find(key.toLongLong()) : nullptr;
    const bool lead = session().user.isLead();
    m_retry->setEnabled(lead && job && (job->state == JobState::Failed || job->state == JobState::Cancelled));
    m_cancel->setEnabled(lead && job && (job->state == JobState::Pending || job->state == JobState::Failed));
    if (!lead)
        m_retry->setToolTip(tr("Team leads retry and cancel publications."));
}

void PublicationsPage::changeCurrent(bool retry)
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const PublicationJob *job = m_model->find(key.toLongLong());
    const int version = job ? job->version : 0;
    const Id id = key.toLongLong();
    const PublicationsDesk desk(session().worker, session().user);
    auto done = [this](Result<PublicationJob> result) {
        if (!result.ok())
            setSummary(result.errorString());
        refresh();
    };
    auto offline = [this] { setSummary(tr("The database cannot be reached: nothing was changed. Try again when it is back.")); };
    if (retry)
        desk.retry(this, id, version, done, offline);
    else
        desk.cancel(this, id, version, done, offline);
}

} // namespace desk::ui
