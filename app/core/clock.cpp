// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QMutex>

namespace desk {
namespace {
QMutex s_mutex;
std::function<QDateTime()> s_source;
thread_local std::function<QDateTime()> t_source;
} // namespace

QDateTime Clock::now()
{
    if (t_source)
        return t_source().toUTC();
    QMutexLocker lock(&s_mutex);
    return s_source ? s_source().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setThreadSource(std::function<QDateTime()> source)
{
    t_source = std::move(source);
}

qint64 Clock::nowMs()
{
    return now().toMSecsSinceEpoch();
}

void Clock::setSource(std::function<QDateTime()> source)
{
    QMutexLocker lock(&s_mutex);
    s_source = std::move(source);
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace desk
