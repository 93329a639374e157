// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"
#include "ui_firstrundialog.h"

namespace desk::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
}

FirstRunDialog::~FirstRunDialog() = default;

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    if (m_ui->demoRadio->isChecked())
        return Choice::Demo;
    if (m_ui->serverRadio->isChecked())
        return Choice::Server;
    return Choice::Empty;
}

} // namespace desk::ui
