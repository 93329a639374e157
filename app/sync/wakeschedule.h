// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace desk {

class ChangeFeed;
struct Change;

/**
 * When a sender of durable jobs should look for work: soon after the change feed reports a change
 * to one of `tables` (several close together make one look), when the next retry falls due, and
 * at least every `safetyNetMs`. One look at a time: a wake during a look makes another after it.
 */
class WakeSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WakeSchedule)

public:
    WakeSchedule(ChangeFeed *feed, QStringList tables, int safetyNetMs, QObject *parent = nullptr);

    /** Something may be due: a look soon. */
    void wake();
    /**
     * The look ended. `nextDueMs`: when the earliest job falls due (epoch ms), if any; `moved`:
     * whether the look did anything (a job due now that was not moved waits for the safety net).
     */
    void lookEnded(std::optional<qint64> nextDueMs, bool moved);
    /** The look failed (the database is away): another in `retryMs`. */
    void lookFailed(int retryMs);
    bool looking() const { return m_looking; }

signals:
    /** Look for due jobs now; answer with lookEnded() or lookFailed(). */
    void due();

private:
    void begin();
    void onChanges(const QList<desk::Change> &changes);

    QStringList m_tables;
    int m_safetyNetMs;
    QTimer *m_next;
    QTimer *m_debounce;
    bool m_looking = false;
    bool m_again = false;
};

} // namespace desk
