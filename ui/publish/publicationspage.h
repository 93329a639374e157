// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "mailjobspanel.h"
#include "publicationjobsmodel.h"
#include "widgets/listpage.h"

class QPushButton;

namespace desk::ui {

/**
 * Every publication job: which published update goes to which target, its state, attempts,
 * last error and where it landed. Leads retry failed jobs and cancel those not sent yet. Beside
 * them, the messages to reporters (MailJobsPanel).
 */
class PublicationsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationsPage)

public:
    explicit PublicationsPage(const Session &session, QWidget *parent = nullptr);
    ~PublicationsPage() override = default;
    void refresh() override;
    const QList<PublicationJob> &jobs() const { return m_model->rows(); }
    MailJobsPanel *mail() const { return m_mail; }

private:
    void changeCurrent(bool retry);
    void openTargets();
    void updateButtons();

    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_targets;
    PublicationJobsModel *m_model;
    MailJobsPanel *m_mail;
    int m_failedPublications = 0;
    int m_mailAttention = 0;
};

} // namespace desk::ui
