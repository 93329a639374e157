// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationspage.h"

#include "widgets/labels.h"
#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "targetsdialog.h"

#include <QColor>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace desk::ui {

PublicationsPage::PublicationsPage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Publications"), parent),
      m_retry(new QPushButton(tr("Retry"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_targets(new QPushButton(tr("Targets…"), this))
{
    setObjectName(QStringLiteral("publicationsPage"));
    setHeaders({tr("Queued"), tr("Incident"), tr("Update"), tr("Target"), tr("State"), tr("Attempts"), tr("Last error"),
                tr("Remote address")});
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
    updateButtons();
}

void PublicationsPage::refresh()
{
    const User user = session().user;
    session().worker->call<Result<QList<PublicationJob>>>(
        this, [user](Database &db) { return PublicationRepository(db, user).jobs(2000); },
        [this](Result<QList<PublicationJob>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            m_jobs = result.value();
            const QLocale locale;
            QList<QList<QVariant>> rows;
            QList<QVariant> keys;
            int failed = 0;
            int waiting = 0;
            for (const PublicationJob &j : std::as_const(m_jobs)) {
                QVariantMap state{{QStringLiteral("text"), label(j.state)}};
                if (j.state == JobState::Failed) {
                    ++failed;
                    state.insert(QStringLiteral("color"), QColor(0xb3, 0x26, 0x1e));
                } else if (j.state == JobState::Done) {
                    state.insert(QStringLiteral("color"), QColor(0x1e, 0x7d, 0x32));
                } else if (j.state == JobState::Pending || j.state == JobState::Sending) {
                    ++waiting;
                }
                QVariantMap where{{QStringLiteral("text"), j.remoteUrl}, {QStringLiteral("tip"), j.remoteUrl}};
                rows.append({locale.toString(j.createdAt.toLocalTime(), QLocale::ShortFormat), j.incidentReference,
                             label(j.updateKind), QStringLiteral("%1 (%2)").arg(j.targetName, label(j.targetKind)), state,
                             j.attempts, QVariantMap{{QStringLiteral("text"), j.lastError}, {QStringLiteral("tip"), j.lastError}},
                             where});
                keys.append(j.id);
            }
            setSummary(tr("%n job(s) waiting to be sent", nullptr, waiting)
                       + (failed > 0 ? QStringLiteral("  ·  ") + tr("%n failed", nullptr, failed) : QString()));
            setRows(rows, keys);
            updateButtons();
            emit badgeChanged(failed > 0 ? failed : -1);
        });
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
    const PublicationJob *job = nullptr;
    for (const PublicationJob &j : std::as_const(m_jobs)) {
        if (key.isValid() && j.id == key.toLongLong())
            job = &j;
    }
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
    int version = 0;
    for (const PublicationJob &j : std::as_const(m_jobs)) {
        if (j.id == key.toLongLong())
            version = j.version;
    }
    const Id id = key.toLongLong();
    const User user = session().user;
    session().worker->call<Result<PublicationJob>>(
        this,
        [id, version, retry, user](Database &db) {
            PublicationRepository repo(db, user);
            return retry ? repo.retry(id, version) : repo.cancel(id, version);
        },
        [this](Result<PublicationJob> result) {
            if (!result.ok())
                setSummary(result.errorString());
            refresh();
        },
        [this] { setSummary(tr("The database cannot be reached: nothing was changed. Try again when it is back.")); });
}

} // namespace desk::ui
