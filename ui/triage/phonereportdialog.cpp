// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonereportdialog.h"

#include "domain/labels.h"
#include "triage/phonereport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk::ui {

PhoneReportDialog::PhoneReportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_reference(new QLineEdit(this)), m_language(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("New phone report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto field = [&](QWidget *w, const QString &label, const QString &name) {
        w->setObjectName(name);
        w->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(label, w);
    };
    field(m_name, tr("Customer's &name:"), QStringLiteral("phoneName"));
    field(m_email, tr("&E-mail address:"), QStringLiteral("phoneEmail"));
    m_email->setPlaceholderText(tr("for the acknowledgement and the confirmation"));
    field(m_reference, tr("Customer &reference:"), QStringLiteral("phoneReference"));
    for (Language l : allValues<Language>())
        m_language->addItem(label(l), toKey(l));
    m_language->setCurrentIndex(m_language->findData(toKey(Language::It)));
    field(m_language, tr("&Language:"), QStringLiteral("phoneLanguage"));
    field(m_subject, tr("&Subject:"), QStringLiteral("phoneSubject"));
    field(m_text, tr("&What they said:"), QStringLiteral("phoneText"));
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("phoneProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add to the queue"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("phoneAdd"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhoneReportDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 460);
}

Report PhoneReportDialog::report() const
{
    Report r;
    r.customerName = m_name->text().trimmed();
    r.customerEmail = m_email->text().trimmed();
    r.customerRef = m_reference->text().trimmed();
    r.language = fromKey<Language>(m_language->currentData().toString()).value_or(Language::En);
    r.subject = m_subject->text().trimmed();
    r.body = m_text->toPlainText();
    return r;
}

void PhoneReportDialog::submit()
{
    const Report r = report();
    const auto show = [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        m_add->setEnabled(true);
    };
    if (const QStringList wrong = PhoneReport::problems(r); !wrong.isEmpty()) {
        show(wrong.join(u'\n'));
        return;
    }
    m_add->setEnabled(false);
    PhoneReport(m_session.worker, m_session.user)
        .add(
            this, r,
            [this, show](Result<Id> id) {
                if (!id.ok()) {
                    show(tr("Not added: %1").arg(id.errorString()));
                    return;
                }
                emit added(id.value());
                accept();
            },
            [show] { show(tr("The database cannot be reached. Nothing was lost: add it again when it is back.")); });
}

} // namespace desk::ui
