// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers.h"

#include <array>

namespace desk::Readers {

namespace {
QLocale makeLocale(Language language)
{
    switch (language) {
    case Language::It: return QLocale(QLocale::Italian, QLocale::Italy);
    case Language::En: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Fr: return QLocale(QLocale::French, QLocale::France);
    case Language::De: return QLocale(QLocale::German, QLocale::Germany);
    case Language::Es: return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return QLocale::c();
}

QTimeZone makeZone(Language language)
{
    switch (language) {
    case Language::It: return QTimeZone("Europe/Rome");
    case Language::En: return QTimeZone("Europe/London");
    case Language::Fr: return QTimeZone("Europe/Paris");
    case Language::De: return QTimeZone("Europe/Berlin");
    case Language::Es: return QTimeZone("Europe/Madrid");
    }
    return QTimeZone::utc();
}

/** One value per language, made once per thread with `make`. */
template<typename T>
const T &perThread(Language language, T (*make)(Language))
{
    // Per thread, and per T: a page of the Help Center formats dozens of dates, and building a
    // QTimeZone from its name each time costs more than the formatting.
    thread_local const std::array<T, 5> values = [make] {
        std::array<T, 5> out;
        for (Language l : allValues<Language>())
            out[size_t(l)] = make(l);
        return out;
    }();
    return values[size_t(language)];
}
} // namespace

QLocale locale(Language language)
{
    return perThread(language, makeLocale);
}

QTimeZone zone(Language language)
{
    return perThread(language, makeZone);
}

QString dateTime(const QDateTime &t, Language language, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    const QLocale l = locale(language);
    return l.toString(local.date(), QLocale::LongFormat) + u' ' + l.toString(local.time(), QLocale::ShortFormat) + u' '
           + local.timeZoneAbbreviation();
}

QString dateTime(const QDateTime &t, Language language)
{
    return dateTime(t, language, zone(language));
}

} // namespace desk::Readers
