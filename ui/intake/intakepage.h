// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/intakedesk.h"
#include "intaketokensmodel.h"
#include "widgets/listpage.h"

class QLabel;
class QPushButton;

namespace desk::ui {

/**
 * An administrator's view of how reports come in: each running intake service (its endpoint,
 * reports received and refused, the spool, the support mailbox and its last error, and how long
 * ago it last reported), and the tokens the contact forms use: add one (its secret shown once),
 * revoke one.
 */
class IntakePage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    explicit IntakePage(const Session &session, QWidget *parent = nullptr);
    ~IntakePage() override = default;
    void refresh() override;

    /** The services' state as the page shows it (rich text, every value escaped). */
    static QString servicesHtml(const QList<IntakeInstance> &instances, const QDateTime &now);
    QString servicesText() const;

signals:
    /** A token was added: its secret, shown once (tests read it here). */
    void tokenIssued(const QString &name, const QString &secret);

private:
    void addToken();
    void revokeToken();
    void updateButtons();
    void showSecret(const QString &name, const QString &secret);

    QLabel *m_services;
    QPushButton *m_add;
    QPushButton *m_revoke;
    IntakeTokensModel *m_model;
};

} // namespace desk::ui
