// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "shell/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace desk::ui {

/**
 * A report taken on the phone: the customer (name, e-mail address, reference), the language
 * they speak, what they said. Checked before it is stored; if the database cannot be reached the
 * dialog stays open with everything typed, so nothing the customer said is lost.
 */
class PhoneReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PhoneReportDialog(const Session &session, QWidget *parent = nullptr);

    Report report() const;

signals:
    void added(desk::Id reportId);

private:
    void submit();

    Session m_session;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_reference;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace desk::ui
