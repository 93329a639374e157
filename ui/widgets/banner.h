// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace desk::ui {

/**
 * A line of news above a window's content: what just happened or went wrong, in plain text,
 * green or red, with at most one button for the next step ("Try again", "Write the resolution").
 */
class Banner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    explicit Banner(QWidget *parent = nullptr);
    ~Banner() override;

    /** Shows `text`; with `actionText`, a button that runs `action`. */
    void show(const QString &text, bool error, const QString &actionText = {}, std::function<void()> action = {});
    /** The text shown, empty while hidden. */
    QString text() const;
    bool isError() const { return m_error; }

private:
    using QWidget::show;
    QLabel *m_text;
    QPushButton *m_button;
    std::function<void()> m_action;
    bool m_error = false;
};

} // namespace desk::ui
