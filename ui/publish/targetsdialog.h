// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "domain/entities.h"
#include "shell/session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace desk::ui {

/**
 * Where published updates go, for an administrator: the Help Center (WebDAV), Statuspage,
 * Cachet, Zendesk Guide and webhooks. The list shows each target's kind, whether it is enabled
 * and where this workstation keeps its credentials; Add and Edit open `TargetEditor`.
 */
class TargetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsDialog)

public:
    explicit TargetsDialog(const Session &session, QWidget *parent = nullptr);
    ~TargetsDialog() override = default;

    void reload();

signals:
    void loaded();

private:
    void edit(const PublicationTarget &target);
    void toggleEnabled();
    const PublicationTarget *current() const;
    void updateButtons();

    Session m_session;
    QList<PublicationTarget> m_targets;
    QList<Service> m_services;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_enable;
};

/**
 * The settings of one target, with fields for its kind; its secret (password, API key, token or
 * signing secret) goes to the system keychain through qtkeychain, or — where no keychain service
 * runs and the administrator agrees — is kept for this session only. Secrets never reach the
 * database, the settings file or the log.
 */
class TargetEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetEditor)

public:
    TargetEditor(const Session &session, const PublicationTarget &target, const QList<Service> &services,
                 QWidget *parent = nullptr);
    ~TargetEditor() override = default;

    /** The settings as JSON, without the secret. */
    QString config() const;
    QString name() const;
    QString secret() const;
    /** Saves the target, then the secret; the dialog closes when both are kept. */
    void save();

signals:
    void saved(const desk::PublicationTarget &target);

private:
    struct Field
    {
        QString key;
        QLineEdit *edit = nullptr;
        QCheckBox *check = nullptr;
        bool required = false;
        bool number = false;
    };
    void buildFields();
    void addText(const QString &key, const QString &label, const QString &placeholder, bool required = false,
                 bool number = false);
    void addCheck(const QString &key, const QString &label, bool defaultValue);
    void addComponents();
    void addLanguageRow(const QString &key, const QString &rowLabel, QHash<Language, QLineEdit *> &edits,
                        const std::function<void(Language, QLineEdit *, const QJsonObject &)> &setUp);
    void addLocales();
    void addZones();
    void storeSecret(const PublicationTarget &target);
    QString validate() const;

    Session m_session;
    PublicationTarget m_target;
    QList<Service> m_services;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QFormLayout *m_form;
    QList<Field> m_fields;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_secretHint = nullptr;
    QTableWidget *m_components = nullptr;
    QHash<Language, QLineEdit *> m_locales;
    QHash<Language, QLineEdit *> m_zones;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace desk::ui
