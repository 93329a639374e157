// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "domain/labels.h"
#include "store/userrepository.h"

#include <QPushButton>

namespace desk::ui {

LoginDialog::LoginDialog(Mode mode, const QList<User> &users, const QString &lastUser, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    const bool create = mode == Mode::CreateAdministrator;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->userLabel), static_cast<QWidget *>(m_ui->userCombo)})
        w->setVisible(!create);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->displayNameLabel), static_cast<QWidget *>(m_ui->displayNameEdit),
                       static_cast<QWidget *>(m_ui->nameLabel), static_cast<QWidget *>(m_ui->nameEdit),
                       static_cast<QWidget *>(m_ui->confirmLabel), static_cast<QWidget *>(m_ui->confirmEdit)})
        w->setVisible(create);
    if (create) {
        setWindowTitle(tr("Create the first administrator"));
        m_ui->introLabel->setText(tr("This database has no users yet. Create the administrator account; "
                                     "agents and team leads can be added afterwards."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    } else {
        for (const User &u : users) {
            if (u.active)
                m_ui->userCombo->addItem(tr("%1 (%2)").arg(u.displayName, label(u.role)), u.name);
        }
        const int index = m_ui->userCombo->findData(lastUser);
        if (index >= 0)
            m_ui->userCombo->setCurrentIndex(index);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        m_ui->passwordEdit->setFocus();
    }
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::trySubmit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::userName() const
{
    return m_mode == Mode::CreateAdministrator ? m_ui->nameEdit->text().trimmed()
                                               : m_ui->userCombo->currentData().toString();
}

QString LoginDialog::displayName() const
{
    return m_ui->displayNameEdit->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::trySubmit()
{
    if (m_mode == Mode::CreateAdministrator) {
        if (!UserRepository::isValidName(userName())) {
            showError(tr("Use 2 to 63 lowercase letters, digits, '.', '_' or '-' for the login name, starting with a "
                         "letter."));
            return;
        }
        if (password().size() < 8) {
            showError(tr("The password must have at least 8 characters."));
            return;
        }
        if (password() != m_ui->confirmEdit->text()) {
            showError(tr("The two passwords differ."));
            return;
        }
    } else if (userName().isEmpty()) {
        showError(tr("Choose your name in the list."));
        return;
    }
    m_ui->messageLabel->hide();
    setBusy(true);
    emit submitted();
}

} // namespace desk::ui
