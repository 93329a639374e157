// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace desk {

bool loadTranslations(const QLocale &locale)
{
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
    const bool found = own->load(locale, QStringLiteral("incident-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace desk
