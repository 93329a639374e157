// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "core/logging.h"
#include "core/settings.h"
#include "core/translations.h"

#include <QLocale>

namespace desk::ui {

void installTranslations(const QString &language)
{
    const QString chosen = language.isEmpty() ? Settings::instance().uiLanguage() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!loadTranslations(locale))
        qCDebug(lcUi) << "no translation for" << locale.name();
}

} // namespace desk::ui
