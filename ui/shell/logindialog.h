// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace desk::ui {

/**
 * Asks who is working on a shared SQLite workstation, or, on a new database, creates the first
 * administrator. It only collects; the caller checks the password off the GUI thread and
 * answers with accept() or showError().
 */
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum class Mode { ChooseUser, CreateAdministrator };

    LoginDialog(Mode mode, const QList<User> &users, const QString &lastUser, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    QString userName() const;
    QString displayName() const;
    QString password() const;

    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void trySubmit();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Mode m_mode;
};

} // namespace desk::ui
