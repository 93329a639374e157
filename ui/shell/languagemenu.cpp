// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "core/settings.h"

#include <QActionGroup>
#include <QLocale>

namespace desk::ui {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::instance().uiLanguage();
    QAction *desktop = addAction(tr("Follow the &desktop (%1)").arg(QLocale::system().nativeLanguageName()));
    desktop->setData(QString());
    addSeparator();
    // Each language in its own name, as a person who reads only that one looks for it.
    for (const QString &code : {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
                                QStringLiteral("es")}) {
        QString name = QLocale(code).nativeLanguageName();
        name[0] = name.at(0).toUpper();
        QAction *a = addAction(name);
        a->setData(code);
        if (!completeLanguages().contains(code)) {
            a->setEnabled(false);
            a->setText(tr("%1 (not translated yet)").arg(name));
        }
    }
    for (QAction *a : actions()) {
        if (a->isSeparator())
            continue;
        a->setCheckable(true);
        a->setChecked(a->data().toString() == current);
        a->setObjectName(QStringLiteral("language_") + (a->data().toString().isEmpty() ? QStringLiteral("desktop")
                                                                                        : a->data().toString()));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { choose(a->data().toString()); });
    }
}

LanguageMenu::~LanguageMenu() = default;

QStringList LanguageMenu::completeLanguages()
{
    return {QStringLiteral("it"), QStringLiteral("en")};
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Settings::instance().uiLanguage())
        return;
    Settings::instance().setUiLanguage(code);
    Settings::instance().sync();
    const QString name = code.isEmpty() ? tr("the desktop's language") : QLocale(code).nativeLanguageName();
    emit chosen(tr("Incident Desk will be in %1 from its next start; dates and numbers too.").arg(name));
}

} // namespace desk::ui
