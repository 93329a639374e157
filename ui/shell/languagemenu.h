// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace desk::ui {

/**
 * Settings → Language: follow the desktop, or one of the five languages the team works in.
 * The choice is saved and takes effect at the next start (the windows open now keep theirs);
 * a language whose translation is not complete yet is shown but cannot be chosen.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    ~LanguageMenu() override;

    /** The interface languages shipped complete (the translation gate keeps them so). */
    static QStringList completeLanguages();

signals:
    /** The setting changed; `note` says when it applies, in words for the status bar. */
    void chosen(const QString &note);

private:
    void choose(const QString &code);
};

} // namespace desk::ui
