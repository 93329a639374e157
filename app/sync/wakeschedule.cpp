// SPDX-License-Identifier: GPL-3.0-or-later
#include "wakeschedule.h"

#include "core/clock.h"
#include "changefeed.h"

#include <QTimer>

namespace desk {

WakeSchedule::WakeSchedule(ChangeFeed *feed, QStringList tables, int safetyNetMs, QObject *parent)
    : QObject(parent), m_tables(std::move(tables)), m_safetyNetMs(safetyNetMs), m_next(new QTimer(this)),
      m_debounce(new QTimer(this))
{
    m_next->setSingleShot(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);
    connect(m_next, &QTimer::timeout, this, &WakeSchedule::begin);
    connect(m_debounce, &QTimer::timeout, this, &WakeSchedule::begin);
    connect(feed, &ChangeFeed::changed, this, &WakeSchedule::onChanges);
}

void WakeSchedule::wake()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void WakeSchedule::onChanges(const QList<Change> &changes)
{
    for (const Change &c : changes) {
        if (m_tables.contains(c.table)) {
            wake();
            return;
        }
    }
}

void WakeSchedule::begin()
{
    if (m_looking) {
        m_again = true; // a change came during the look: look again afterwards
        return;
    }
    m_looking = true;
    emit due();
}

void WakeSchedule::lookEnded(std::optional<qint64> nextDueMs, bool moved)
{
    m_looking = false;
    qint64 wait = m_safetyNetMs;
    if (nextDueMs)
        wait = std::clamp<qint64>(*nextDueMs - Clock::nowMs(), 0, m_safetyNetMs);
    // A job still due now that this look did not move waits for what this sender lacks (a
    // secret, a configuration, a server): the change feed or the safety net brings the next look.
    if (wait == 0 && !moved)
        wait = m_safetyNetMs;
    m_next->start(int(wait));
    if (m_again) {
        m_again = false;
        wake();
    }
}

void WakeSchedule::lookFailed(int retryMs)
{
    m_looking = false;
    m_next->start(retryMs);
}

} // namespace desk
