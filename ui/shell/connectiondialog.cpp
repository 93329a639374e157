// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include "core/secretstore.h"

#include <QPushButton>

namespace desk::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_profiles(Settings::instance().profiles())
{
    m_ui->setupUi(this);
    m_ui->sslCombo->addItem(tr("Use it when the server offers it"), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Required, and check the server's certificate"), QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Off (trusted local network only)"), QStringLiteral("disable"));
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_ui->profileCombo->addItem(p.name);
    if (m_profiles.isEmpty()) {
        m_ui->profileCombo->setEditText(tr("Team server"));
        m_ui->hostEdit->setText(QStringLiteral("localhost"));
        m_ui->databaseEdit->setText(QStringLiteral("incident_desk"));
        m_ui->userEdit->setText(qEnvironmentVariable("USER"));
    } else {
        loadProfile(0);
    }
    if (!SecretStore::instance().keychainAvailable()) {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->rememberCheck->setText(tr("No system keychain is running: the password is kept for this session only"));
    }
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectionDialog::loadProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->hostEdit->text().trimmed().isEmpty() || m_ui->userEdit->text().trimmed().isEmpty()) {
            showError(tr("Give the server and your user name."));
            return;
        }
        m_ui->messageLabel->hide();
        setBusy(true);
        emit submitted();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::loadProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const ConnectionProfile &p = m_profiles.at(index);
    m_ui->hostEdit->setText(p.host);
    m_ui->portSpin->setValue(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    m_ui->sslCombo->setCurrentIndex(qMax(0, m_ui->sslCombo->findData(p.sslMode)));
    auto secret = SecretStore::instance().read(secretKey(p));
    m_ui->passwordEdit->setText(secret.ok() ? secret.value() : QString());
}

void ConnectionDialog::selectProfile(const QString &name)
{
    const int index = m_ui->profileCombo->findText(name);
    if (index >= 0) {
        m_ui->profileCombo->setCurrentIndex(index);
        loadProfile(index);
    }
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->profileCombo->currentText().trimmed();
    if (p.name.isEmpty())
        p.name = m_ui->hostEdit->text().trimmed();
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.sslMode = m_ui->sslCombo->currentData().toString();
    return p;
}

DatabaseUrl ConnectionDialog::url() const
{
    const ConnectionProfile p = profile();
    DatabaseUrl url;
    url.engine = Engine::Postgres;
    url.host = p.host;
    url.port = p.port;
    url.database = p.database;
    url.user = p.user;
    url.password = m_ui->passwordEdit->text();
    url.sslMode = p.sslMode;
    return url;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void ConnectionDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

QString ConnectionDialog::secretKey(const ConnectionProfile &profile)
{
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(profile.user, profile.host).arg(profile.port).arg(profile.database);
}

} // namespace desk::ui
