// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakepage.h"
#include "widgets/tones.h"

#include "widgets/messagebox.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace desk::ui {

namespace {
constexpr qint64 kSilentAfterSeconds = 60; // a service writes its status every 10 s

QString ago(const QDateTime &then, const QDateTime &now)
{
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 5)
        return IntakePage::tr("just now");
    if (s < 90)
        return IntakePage::tr("%n second(s) ago", nullptr, int(s));
    if (s < 90 * 60)
        return IntakePage::tr("%n minute(s) ago", nullptr, int(s / 60));
    return IntakePage::tr("%n hour(s) ago", nullptr, int(s / 3600));
}
} // namespace

IntakePage::IntakePage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Intake"), parent),
      m_services(new QLabel(this)),
      m_add(new QPushButton(tr("Add token…"), this)),
      m_revoke(new QPushButton(tr("Revoke"), this)),
      m_model(new IntakeTokensModel(this))
{
    setObjectName(QStringLiteral("intakePage"));
    setSourceModel(m_model);
    setEmptyText(tr("No intake tokens yet. Add one for each contact form or system that sends reports; the service "
                    "accepts nothing without one."));
    m_services->setObjectName(QStringLiteral("intakeServices"));
    m_services->setAccessibleName(tr("Intake services"));
    m_services->setWordWrap(true);
    m_services->setTextFormat(Qt::RichText);
    m_services->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_services->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_services->setMinimumWidth(320);
    addDetailPane(m_services);
    m_add->setObjectName(QStringLiteral("addTokenButton"));
    m_revoke->setObjectName(QStringLiteral("revokeTokenButton"));
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_add);
    toolRow()->addWidget(m_revoke);
    connect(m_add, &QPushButton::clicked, this, &IntakePage::addToken);
    connect(m_revoke, &QPushButton::clicked, this, &IntakePage::revokeToken);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IntakePage::updateButtons);
    updateButtons();
    // The services write their status every 10 s; while the page shows, it follows them.
    auto *poll = new QTimer(this);
    poll->setInterval(10000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    poll->start();
}

void IntakePage::refresh()
{
    IntakeDesk(session().worker, session().user).overview(this, [this](IntakeOverview o) {
        if (!o.tokens.ok()) {
            showError(o.tokens.errorString());
            return;
        }
        m_model->setRows(o.tokens.value());
        const QList<IntakeInstance> instances = o.instances.value_or({});
        m_services->setText(servicesHtml(instances, QDateTime::currentDateTimeUtc()));
        int inUse = 0;
        for (const IntakeToken &t : o.tokens.value())
            inUse += t.revokedAt.isValid() ? 0 : 1;
        setSummary(tr("%n token(s) in use", nullptr, inUse) + QStringLiteral("  ·  ")
                   + tr("%n intake service(s)", nullptr, int(instances.size())));
        rowsChanged();
        updateButtons();
        int trouble = 0;
        for (const IntakeInstance &i : instances)
            trouble += i.updatedAt.secsTo(QDateTime::currentDateTimeUtc()) > kSilentAfterSeconds || i.spoolDepth > 0
                       || (!i.mailbox.isEmpty() && !i.mailboxUp);
        emit badgeChanged(trouble > 0 ? trouble : -1);
    });
}

QString IntakePage::servicesHtml(const QList<IntakeInstance> &instances, const QDateTime &now)
{
    if (instances.isEmpty())
        return QStringLiteral("<h3>") + tr("Intake services") + QStringLiteral("</h3><p>")
               + tr("No intake service has reported yet. Start incident-desk-service on a server (README, “The service”): "
                    "it receives the contact form and reads the support mailbox.")
               + QStringLiteral("</p>");
    const QLocale locale;
    const QString bad = QStringLiteral("<span style=\"color:%1\">").arg(Tones::css(Tones::color(Tones::Tone::Bad)))
        + QStringLiteral("%1</span>");
    QString html = QStringLiteral("<h3>") + tr("Intake services") + QStringLiteral("</h3>");
    for (const IntakeInstance &i : instances) {
        html += QStringLiteral("<p><b>") + i.instance.toHtmlEscaped() + QStringLiteral("</b><br>");
        const bool silent = i.updatedAt.secsTo(now) > kSilentAfterSeconds;
        const QString heard = tr("Last status: %1").arg(ago(i.updatedAt, now));
        html += (silent ? bad.arg(heard + QStringLiteral(" — ") + tr("it may have stopped")) : heard) + QStringLiteral("<br>");
        html += tr("Contact form at %1: %2 reports taken, %3 refused").arg(i.endpoint.toHtmlEscaped()).arg(i.received).arg(i.rejected)
                + QStringLiteral("<br>");
        html += (i.lastReportAt.isValid() ? tr("Last report %1").arg(ago(i.lastReportAt, now)) : tr("No report since it started"))
                + QStringLiteral("<br>");
        if (i.spoolDepth > 0)
            html += bad.arg(tr("%n report(s) wait in its spool: it cannot reach the team database", nullptr, int(i.spoolDepth)))
                    + QStringLiteral("<br>");
        if (i.mailbox.isEmpty()) {
            html += tr("Reads no mailbox");
        } else {
            html += tr("Mailbox %1: %2 reports, %3 set aside (auto-replies, bulk mail)")
                        .arg(i.mailbox.toHtmlEscaped())
                        .arg(i.mailboxReports)
                        .arg(i.mailboxRefused);
            if (i.mailboxLastPass.isValid())
                html += QStringLiteral("<br>") + tr("Read %1").arg(ago(i.mailboxLastPass, now));
            if (!i.mailboxUp)
                html += QStringLiteral("<br>")
                        + bad.arg(tr("Cannot read the mailbox: %1")
                                      .arg(i.mailboxError.isEmpty() ? tr("not connected yet") : i.mailboxError.toHtmlEscaped()));
        }
        html += QStringLiteral("<br><small>") + tr("Running since %1").arg(locale.toString(i.startedAt.toLocalTime(), QLocale::ShortFormat))
                + QStringLiteral("</small></p>");
    }
    return html;
}

QString IntakePage::servicesText() const
{
    QTextDocument doc;
    doc.setHtml(m_services->text());
    return doc.toPlainText();
}

void IntakePage::updateButtons()
{
    const bool admin = session().user.role == Role::Admin;
    const QVariant key = currentKey();
    const IntakeToken *token = key.isValid() ? m_model->find(key.toLongLong()) : nullptr;
    m_add->setEnabled(admin);
    m_revoke->setEnabled(admin && token && !token->revokedAt.isValid());
    if (!admin) {
        m_add->setToolTip(tr("Administrators add and revoke intake tokens."));
        m_revoke->setToolTip(m_add->toolTip());
    }
}

void IntakePage::addToken()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addTokenDialog"));
    dialog->setWindowTitle(tr("Add an intake token"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("tokenName"));
    name->setPlaceholderText(tr("e.g. website contact form"));
    auto *origins = new QPlainTextEdit(dialog);
    origins->setObjectName(QStringLiteral("tokenOrigins"));
    origins->setPlaceholderText(tr("https://www.example.org\n(one per line; leave empty for a system that sends with "
                                   "Authorization: Bearer)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Web pages that may &post it:"), origins);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, origins] {
        const QStringList list = origins->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QStringList clean;
        for (const QString &o : list)
            clean.append(o.trimmed());
        const QString tokenName = name->text().trimmed();
        IntakeDesk(session().worker, session().user)
            .addToken(this, tokenName, clean, [this, dialog, tokenName](Result<IntakeTokenRepository::Issued> issued) {
                if (!issued.ok()) {
                    MessageBox::critical(dialog, tr("Add an intake token"), issued.errorString());
                    return;
                }
                dialog->accept();
                showSecret(tokenName, issued->secret);
                refresh();
            });
    });
    dialog->resize(460, 260);
    dialog->open();
}

void IntakePage::showSecret(const QString &name, const QString &secret)
{
    emit tokenIssued(name, secret);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("tokenSecretDialog"));
    dialog->setWindowTitle(tr("Token “%1”").arg(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QLabel(tr("Put this token in the form's hidden <b>form_token</b> field, or have the sending system "
                               "send it as <b>Authorization: Bearer</b>. It is shown only now: only its fingerprint is "
                               "kept, so nobody can read it back."),
                            dialog);
    text->setWordWrap(true);
    auto *field = new QLineEdit(secret, dialog);
    field->setObjectName(QStringLiteral("tokenSecret"));
    field->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), dialog);
    connect(copy, &QPushButton::clicked, dialog, [field] { QApplication::clipboard()->setText(field->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog->resize(520, 170);
    dialog->open();
}

void IntakePage::revokeToken()
{
    const QVariant key = currentKey();
    const IntakeToken *token = key.isValid() ? m_model->find(key.toLongLong()) : nullptr;
    if (!token)
        return;
    const QString name = token->name;
    if (MessageBox::question(this, tr("Revoke “%1”").arg(name),
                             tr("Forms and systems using “%1” will be refused from now on (within a minute on every "
                                "running service). This cannot be undone; add a new token to replace it.")
                                 .arg(name))
        != QMessageBox::Yes)
        return;
    IntakeDesk(session().worker, session().user).revokeToken(this, name, [this](Status s) {
        if (!s.ok())
            showError(s.errorString());
        refresh();
    });
}

} // namespace desk::ui
