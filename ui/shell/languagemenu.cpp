// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "core/settings.h"

#include <QActionGroup>
#include <QLocale>

namespace desk::ui {

namespace {
// Not translated: each is found by the people who read it.
const std::pair<QString, QString> kLanguages[] = {
    {QStringLiteral("it"), QStringLiteral("Italiano")}, {QStringLiteral("en"), QStringLiteral("English")},
    {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
    {QStringLiteral("es"), QStringLiteral("Español")}};
} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::instance().uiLanguage();
    QAction *desktop = addAction(tr("Follow the &desktop (%1)").arg(QLocale::system().nativeLanguageName()));
    desktop->setData(QString());
    addSeparator();
    // Each language in its own name, as a person who reads only that one looks for it.
    for (const auto &[code, name] : kLanguages) {
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
    return {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Settings::instance().uiLanguage())
        return;
    Settings::instance().setUiLanguage(code);
    Settings::instance().sync();
    QString name = tr("the desktop's language");
    for (const auto &[known, native] : kLanguages)
        if (known == code)
            name = native;
    emit chosen(tr("Incident Desk will be in %1 from its next start; dates and numbers too.").arg(name));
}

} // namespace desk::ui
