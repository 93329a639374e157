// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetsdialog.h"
#include "widgets/tones.h"

#include "core/secretstore.h"
#include "domain/labels.h"
#include "domain/readers.h"
#include "publish/helpcentersite.h"
#include "publish/publicationrunner.h"
#include "store/dbworker.h"
#include "publish/publicationsdesk.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace desk::ui {

namespace {
QJsonObject configOf(const PublicationTarget &t)
{
    return QJsonDocument::fromJson(t.config.toUtf8()).object();
}

QString secretLabel(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::HelpCenter:
        return TargetsDialog::tr("WebDAV password");
    case PublicationKind::Statuspage:
        return TargetsDialog::tr("API key");
    case PublicationKind::Cachet:
        return TargetsDialog::tr("API token");
    case PublicationKind::Zendesk:
        return TargetsDialog::tr("API token");
    case PublicationKind::Webhook:
        return TargetsDialog::tr("Signing secret");
    }
    return {};
}

/** Where this workstation keeps a target's secret, in words. */
QString secretWhere(const PublicationTarget &t)
{
    const QString key = PublicationRunner::secretKey(t.id);
    if (SecretStore::instance().isSessionOnly(key))
        return TargetsDialog::tr("For this session only");
    if (!SecretStore::instance().keychainAvailable())
        return TargetsDialog::tr("None (no keychain)");
    return SecretStore::instance().read(key).ok() ? TargetsDialog::tr("In the keychain") : TargetsDialog::tr("None");
}
} // namespace

// ---- TargetsDialog ---------------------------------------------------------------------------

TargetsDialog::TargetsDialog(const Session &session, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_list(new QTreeWidget(this)),
      m_status(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_enable(new QPushButton(tr("&Disable"), this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Publication targets"));
    resize(760, 360);
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setAccessibleName(tr("Publication targets"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Enabled"), tr("Address"), tr("Credentials on this workstation")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addTarget"));
    m_edit->setObjectName(QStringLiteral("editTarget"));
    m_enable->setObjectName(QStringLiteral("enableTarget"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_enable);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every update a lead publishes is sent to each enabled target. Secrets are kept "
                                    "in this workstation's keychain, never in the shared database."),
                                 this));
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    const bool admin = m_session.user.role == Role::Admin;
    if (!admin)
        m_status->setText(tr("Only an administrator changes the targets; you can see them."));
    connect(m_add, &QPushButton::clicked, this, [this] { edit({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const PublicationTarget *t = current())
            edit(*t);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const PublicationTarget *t = current())
            edit(*t);
    });
    connect(m_enable, &QPushButton::clicked, this, &TargetsDialog::toggleEnabled);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TargetsDialog::updateButtons);
    updateButtons();
    reload();
}

const PublicationTarget *TargetsDialog::current() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_targets.size() ? &m_targets.at(row) : nullptr;
}

void TargetsDialog::updateButtons()
{
    const bool admin = m_session.user.role == Role::Admin;
    const PublicationTarget *t = current();
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && t);
    m_enable->setEnabled(admin && t);
    m_enable->setText(t && !t->enabled ? tr("&Enable") : tr("&Disable"));
}

void TargetsDialog::reload()
{
    PublicationsDesk(m_session.worker, m_session.user).targets(
        this,
        [this](Result<PublicationsDesk::Targets> result) {
            if (!result.ok()) {
                m_status->setText(result.errorString());
                return;
            }
            const Id selected = current() ? current()->id : 0;
            m_targets = result->targets;
            m_services = result->services;
            m_list->clear();
            for (const PublicationTarget &t : std::as_const(m_targets)) {
                const QJsonObject c = configOf(t);
                const QString address = c.value(QStringLiteral("davUrl")).toString(
                    c.value(QStringLiteral("baseUrl")).toString(c.value(QStringLiteral("url")).toString(
                        c.value(QStringLiteral("pageId")).toString())));
                auto *item = new QTreeWidgetItem(m_list, {t.name, label(t.kind), t.enabled ? tr("Yes") : tr("No"),
                                                          QUrl(address).toString(QUrl::RemoveUserInfo), secretWhere(t)});
                if (t.id == selected)
                    m_list->setCurrentItem(item);
            }
            for (int c = 0; c < 3; ++c)
                m_list->resizeColumnToContents(c);
            updateButtons();
            emit loaded();
        },
        [this] { m_status->setText(tr("The database cannot be reached; the targets will show when it is back.")); });
}

void TargetsDialog::edit(const PublicationTarget &target)
{
    auto *editor = new TargetEditor(m_session, target, m_services, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TargetEditor::saved, this, [this] { reload(); });
    editor->open();
}

void TargetsDialog::toggleEnabled()
{
    const PublicationTarget *t = current();
    if (!t)
        return;
    PublicationsDesk(m_session.worker, m_session.user).setTargetEnabled(
        this, t->id, !t->enabled, t->version,
        [this](Result<PublicationTarget> r) {
            m_status->setText(r.ok() ? QString() : r.errorString());
            reload();
        },
        [this] { m_status->setText(tr("The database cannot be reached: nothing was changed.")); });
}

// ---- TargetEditor ----------------------------------------------------------------------------

TargetEditor::TargetEditor(const Session &session, const PublicationTarget &target, const QList<Service> &services,
                           QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_target(target),
      m_services(services),
      m_kind(new QComboBox(this)),
      m_name(new QLineEdit(target.name, this)),
      m_form(new QFormLayout),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("targetEditor"));
    setWindowTitle(target.id == 0 ? tr("New publication target") : tr("Publication target “%1”").arg(target.name));
    resize(620, 0);
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_name->setObjectName(QStringLiteral("targetName"));
    for (PublicationKind k : allValues<PublicationKind>())
        m_kind->addItem(label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(target.kind)));
    m_kind->setEnabled(target.id == 0); // a target keeps its kind: its jobs and remote ids belong to it
    m_error->setObjectName(QStringLiteral("targetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Tones::css(Tones::color(Tones::Tone::Bad, palette()))));

    auto *head = new QFormLayout;
    head->addRow(tr("&Kind:"), m_kind);
    head->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_target.kind = PublicationKind(m_kind->currentData().toInt());
        buildFields();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buildFields();
}

void TargetEditor::addText(const QString &key, const QString &label, const QString &placeholder, bool required, bool number)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    const QJsonValue value = configOf(m_target).value(key);
    edit->setText(value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString());
    m_form->addRow(required ? label + QStringLiteral(" *") : label, edit);
    m_fields.append({key, edit, nullptr, required, number});
}

void TargetEditor::addCheck(const QString &key, const QString &label, bool defaultValue)
{
    auto *check = new QCheckBox(label, this);
    check->setObjectName(key);
    check->setChecked(configOf(m_target).value(key).toBool(defaultValue));
    m_form->addRow(QString(), check);
    m_fields.append({key, nullptr, check, false, false});
}

void TargetEditor::addComponents()
{
    m_components = new QTableWidget(int(m_services.size()), 2, this);
    m_components->setObjectName(QStringLiteral("components"));
    m_components->setHorizontalHeaderLabels({tr("Service"), tr("Component id there")});
    m_components->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_components->verticalHeader()->hide();
    const QJsonObject map = configOf(m_target).value(QStringLiteral("components")).toObject();
    for (int row = 0; row < m_services.size(); ++row) {
        auto *service = new QTableWidgetItem(m_services.at(row).name);
        service->setFlags(Qt::ItemIsEnabled);
        service->setData(Qt::UserRole, m_services.at(row).key);
        m_components->setItem(row, 0, service);
        const QJsonValue id = map.value(m_services.at(row).key);
        m_components->setItem(row, 1, new QTableWidgetItem(id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString()));
    }
    m_components->setMaximumHeight(160);
    m_form->addRow(tr("Components:"), m_components);
}

void TargetEditor::addLanguageRow(const QString &key, const QString &rowLabel, QHash<Language, QLineEdit *> &edits,
                                  const std::function<void(Language, QLineEdit *, const QJsonObject &)> &setUp)
{
    const QJsonObject configured = configOf(m_target).value(key).toObject();
    auto *row = new QHBoxLayout;
    for (Language l : allValues<Language>()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key + u'_' + toKey(l));
        setUp(l, edit, configured);
        row->addWidget(new QLabel(toKey(l).toUpper(), this));
        row->addWidget(edit);
        edits.insert(l, edit);
    }
    m_form->addRow(rowLabel, row);
}

void TargetEditor::addLocales()
{
    addLanguageRow(QStringLiteral("locales"), tr("Locales:"), m_locales, [this](Language l, QLineEdit *edit, const QJsonObject &configured) {
        edit->setPlaceholderText(l == Language::En ? QStringLiteral("en-us") : toKey(l));
        edit->setText(configured.isEmpty() ? edit->placeholderText() : configured.value(toKey(l)).toString());
        edit->setToolTip(tr("The Help Center locale for %1; empty to leave this language out.").arg(label(l)));
    });
}

void TargetEditor::addZones()
{
    addLanguageRow(QStringLiteral("timeZones"), tr("Time zones:"), m_zones, [this](Language l, QLineEdit *edit, const QJsonObject &configured) {
        edit->setPlaceholderText(QString::fromUtf8(Readers::zone(l).id()));
        edit->setText(configured.value(toKey(l)).toString());
        edit->setToolTip(tr("Where readers of the %1 pages are, e.g. America/Mexico_City; empty for %2.")
                             .arg(label(l), edit->placeholderText()));
        edit->setAccessibleName(tr("Time zone for %1").arg(label(l)));
    });
}

void TargetEditor::buildFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_locales.clear();
    m_zones.clear();
    m_components = nullptr;
    switch (m_target.kind) {
    case PublicationKind::HelpCenter:
        addText(QStringLiteral("davUrl"), tr("WebDAV address"), QStringLiteral("https://dav.example.org/help/incidents/"), true);
        addText(QStringLiteral("baseUrl"), tr("Public address"), QStringLiteral("https://help.example.org/incidents/"));
        addText(QStringLiteral("user"), tr("WebDAV user"), QString());
        addText(QStringLiteral("title"), tr("Site title"), tr("Service status and incident reports"));
        addText(QStringLiteral("team"), tr("Team or company name"), tr("Shown at the top of every page"));
        addText(QStringLiteral("logoUrl"), tr("Logo address"), QStringLiteral("https://example.org/logo.svg"));
        addText(QStringLiteral("accentColor"), tr("Colour of the page header"), QStringLiteral("#24364b"));
        addText(QStringLiteral("footer"), tr("Footer line"), tr("e.g. the company's name and address"));
        addText(QStringLiteral("contactUrl"), tr("Contact form address"), QStringLiteral("https://example.org/contact"));
        addText(QStringLiteral("templates"), tr("Own templates folder"), tr("Optional: files here replace the built-in ones"));
        addZones();
        break;
    case PublicationKind::Statuspage:
        addText(QStringLiteral("pageId"), tr("Page id"), QStringLiteral("kctbh9vrtdwd"), true);
        addText(QStringLiteral("apiUrl"), tr("API address"), QStringLiteral("https://api.statuspage.io"));
        addText(QStringLiteral("language"), tr("Language"), QStringLiteral("en"));
        addCheck(QStringLiteral("notify"), tr("Notify the page's subscribers"), true);
        addComponents();
        break;
    case PublicationKind::Cachet:
        addText(QStringLiteral("baseUrl"), tr("Cachet address"), QStringLiteral("https://status.example.org"), true);
        addText(QStringLiteral("language"), tr("Language"), QStringLiteral("en"));
        addCheck(QStringLiteral("notify"), tr("Notify the page's subscribers"), true);
        addComponents();
        break;
    case PublicationKind::Zendesk:
        addText(QStringLiteral("baseUrl"), tr("Zendesk address"), QStringLiteral("https://example.zendesk.com"), true);
        addText(QStringLiteral("sectionId"), tr("Section id"), QStringLiteral("360001234567"), true, true);
        addText(QStringLiteral("user"), tr("User (e-mail)"), QStringLiteral("support@example.org"), true);
        addText(QStringLiteral("permissionGroupId"), tr("Permission group id"), QString(), false, true);
        addLocales();
        break;
    case PublicationKind::Webhook:
        addText(QStringLiteral("url"), tr("Address"), QStringLiteral("https://hooks.example.org/incident-desk"), true);
        break;
    }
    addText(QStringLiteral("timeoutS"), tr("Timeout (seconds)"), QStringLiteral("15"), false, true);
    if (const QJsonValue ms = configOf(m_target).value(QStringLiteral("timeoutMs")); ms.isDouble())
        m_fields.last().edit->setText(QString::number(ms.toInt() / 1000));

    // The secret: typed here, kept by the keychain.
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    const bool known = m_target.id != 0 && SecretStore::instance().read(PublicationRunner::secretKey(m_target.id)).ok();
    m_secret->setPlaceholderText(known ? tr("Kept on this workstation; type to replace it") : QString());
    m_form->addRow(m_target.kind == PublicationKind::HelpCenter ? secretLabel(m_target.kind)
                                                                : secretLabel(m_target.kind) + QStringLiteral(" *"),
                   m_secret);
    m_secretHint = new QLabel(this);
    m_secretHint->setWordWrap(true);
    m_sessionOnly = new QCheckBox(tr("Keep it for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    if (SecretStore::instance().keychainAvailable()) {
        m_secretHint->setText(tr("Kept in the system keychain of this workstation."));
        m_sessionOnly->hide();
    } else {
        m_secretHint->setText(tr("No keychain service is running on this workstation, so the secret cannot be stored. "
                                 "It can be kept in memory until you quit; it is never written to disk."));
        m_secretHint->setStyleSheet(QStringLiteral("color: %1;").arg(Tones::css(Tones::color(Tones::Tone::Warning, palette()))));
    }
    m_form->addRow(QString(), m_secretHint);
    m_form->addRow(QString(), m_sessionOnly);
}

QString TargetEditor::name() const
{
    return m_name->text().trimmed();
}

QString TargetEditor::secret() const
{
    return m_secret->text();
}

QString TargetEditor::config() const
{
    QJsonObject c = configOf(m_target); // keeps settings this form does not show
    for (const Field &f : m_fields) {
        if (f.check) {
            c.insert(f.key, f.check->isChecked());
            continue;
        }
        const QString text = f.edit->text().trimmed();
        if (f.key == QLatin1String("timeoutS")) {
            c.remove(f.key);
            if (text.isEmpty())
                c.remove(QStringLiteral("timeoutMs"));
            else
                c.insert(QStringLiteral("timeoutMs"), text.toInt() * 1000);
        } else if (text.isEmpty()) {
            c.remove(f.key);
        } else {
            c.insert(f.key, f.number ? QJsonValue(text.toLongLong()) : QJsonValue(text));
        }
    }
    if (m_components) {
        QJsonObject map;
        for (int row = 0; row < m_components->rowCount(); ++row) {
            const QString id = m_components->item(row, 1) ? m_components->item(row, 1)->text().trimmed() : QString();
            if (!id.isEmpty())
                map.insert(m_components->item(row, 0)->data(Qt::UserRole).toString(), id);
        }
        c.insert(QStringLiteral("components"), map);
    }
    auto perLanguage = [](const QHash<Language, QLineEdit *> &edits) {
        QJsonObject values;
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            if (!it.value()->text().trimmed().isEmpty())
                values.insert(toKey(it.key()), it.value()->text().trimmed());
        }
        return values;
    };
    if (!m_locales.isEmpty())
        c.insert(QStringLiteral("locales"), perLanguage(m_locales));
    if (const QJsonObject zones = perLanguage(m_zones); !zones.isEmpty())
        c.insert(QStringLiteral("timeZones"), zones);
    else if (!m_zones.isEmpty())
        c.remove(QStringLiteral("timeZones"));
    return QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
}

QString TargetEditor::validate() const
{
    if (name().isEmpty())
        return tr("Give the target a name, e.g. “Help Center”.");
    for (const Field &f : m_fields) {
        if (!f.edit)
            continue;
        const QString text = f.edit->text().trimmed();
        const QString label = qobject_cast<QLabel *>(m_form->labelForField(f.edit)) ? qobject_cast<QLabel *>(m_form->labelForField(f.edit))->text()
                                                                                   : f.key;
        if (f.required && text.isEmpty())
            return tr("%1 is needed.").arg(QString(label).remove(QStringLiteral(" *")));
        bool ok = true;
        if (f.number && !text.isEmpty() && (text.toLongLong(&ok), !ok))
            return tr("%1 must be a number.").arg(QString(label).remove(QStringLiteral(" *")));
        const bool sitesOwn = f.key == QLatin1String("logoUrl") || f.key == QLatin1String("contactUrl"); // checked below
        if ((f.key.endsWith(QLatin1String("Url")) || f.key == QLatin1String("url")) && !text.isEmpty() && !sitesOwn) {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
                return tr("%1 must be an http or https address, e.g. https://example.org/.").arg(QString(label).remove(QStringLiteral(" *")));
            if (!url.password().isEmpty())
                return tr("Put the password in its own field, not in the address: the address is shared with every workstation.");
        }
    }
    if (m_target.kind == PublicationKind::HelpCenter) {
        // The look of the site: the colour, the addresses, the time zones and a template folder.
        const auto site = SiteOptions::fromConfig(QJsonDocument::fromJson(config().toUtf8()).object());
        if (!site.ok())
            return site.errorString();
    }
    const bool needsSecret = m_target.kind != PublicationKind::HelpCenter;
    const bool known = m_target.id != 0 && SecretStore::instance().read(PublicationRunner::secretKey(m_target.id)).ok();
    if (needsSecret && !known && secret().isEmpty())
        return tr("Enter the %1: nothing can be sent without it.").arg(secretLabel(m_target.kind).toLower());
    if (!secret().isEmpty() && !SecretStore::instance().keychainAvailable() && !m_sessionOnly->isChecked())
        return tr("No keychain service is running: tick “Keep it for this session only”, or start the keychain "
                  "(e.g. GNOME Keyring or KWallet) and try again.");
    return {};
}

void TargetEditor::save()
{
    const QString problem = validate();
    m_error->setText(problem);
    if (!problem.isEmpty())
        return;
    m_buttons->setEnabled(false);
    PublicationsDesk(m_session.worker, m_session.user).saveTarget(
        this, m_target, name(), config(),
        [this](Result<PublicationTarget> result) {
            m_buttons->setEnabled(true);
            if (!result.ok()) {
                m_error->setText(result.errorString());
                return;
            }
            m_target = result.value();
            storeSecret(m_target);
        },
        [this] {
            m_buttons->setEnabled(true);
            m_error->setText(tr("The database cannot be reached: the target was not saved. Your entries are still here."));
        });
}

void TargetEditor::storeSecret(const PublicationTarget &target)
{
    const QString key = PublicationRunner::secretKey(target.id);
    if (!secret().isEmpty()) {
        if (SecretStore::instance().keychainAvailable()) {
            if (Status s = SecretStore::instance().store(key, secret()); !s.ok()) {
                m_error->setText(tr("The target is saved, but its secret is not: %1").arg(s.errorString()));
                return;
            }
        } else {
            SecretStore::instance().keepForSession(key, secret());
        }
    }
    emit saved(target);
    accept();
}

} // namespace desk::ui
