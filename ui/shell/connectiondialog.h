// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings.h"
#include "store/databaseurl.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace desk::ui {

/**
 * A PostgreSQL connection profile. Profiles are saved in the settings without the password,
 * which goes to the system keychain, or is kept for this session only when there is none.
 */
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void selectProfile(const QString &name);
    ConnectionProfile profile() const;
    DatabaseUrl url() const;
    bool rememberPassword() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    static QString secretKey(const ConnectionProfile &profile);

signals:
    void submitted();

private:
    void loadProfile(int index);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QList<ConnectionProfile> m_profiles;
};

} // namespace desk::ui
