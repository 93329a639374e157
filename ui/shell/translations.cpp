// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "core/logging.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace desk::ui {

void installTranslations(const QString &language)
{
    QString chosen = language.isEmpty() ? Settings::instance().uiLanguage() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);

    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {own, qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    own = new QTranslator;
    if (own->load(locale, QStringLiteral("incident-desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        qCDebug(lcUi) << "no translation for" << locale.name();
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace desk::ui
