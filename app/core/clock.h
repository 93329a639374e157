// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace desk {

/** The one place the program asks what time it is, so tests can move time. */
class Clock
{
public:
    static QDateTime now();
    static qint64 nowMs();

    /** Replaces the clock (tests); an empty function restores the system clock. */
    static void setSource(std::function<QDateTime()> source);
    /** Replaces the clock for the calling thread only (replaying history, e.g. demo data). */
    static void setThreadSource(std::function<QDateTime()> source);
};

/** Epoch milliseconds ↔ QDateTime (UTC); 0 / NULL maps to an invalid QDateTime. */
QDateTime fromMs(qint64 ms);
qint64 toMs(const QDateTime &t);

} // namespace desk
