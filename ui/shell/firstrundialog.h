// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace desk::ui {

/** The first start: an empty or demo database on this computer, or the team's server. */
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum class Choice { Empty, Demo, Server };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;
    Choice choice() const;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
};

} // namespace desk::ui
