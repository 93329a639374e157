// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/changelogreader.h"
#include "store/databaseurl.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

namespace desk {

/** One row of the change log: which row of which table changed, in commit order. */

/**
 * What other workstations commit, as it happens. A thread of its own with its own connection:
 * on PostgreSQL it LISTENs to `desk_changes` (QPSQL's subscribeToNotification), on SQLite it
 * polls `PRAGMA data_version` every 250 ms. Either way it then reads the change log after the
 * last sequence it delivered, so nothing is missed and nothing comes twice — also across a lost
 * connection: it reconnects with backoff, subscribes again and catches up by sequence.
 */
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    /** Starts following the database after `fromSeq` (-1: from now on). */
    void start(const DatabaseUrl &url, qint64 fromSeq = -1);
    void stop();

    bool isOnline() const { return m_online; }
    QDateTime offlineSince() const { return m_offlineSince; }
    qint64 lastSeq() const { return m_lastSeq; }

signals:
    /** New changes, in order, each delivered once. */
    void changed(const QList<desk::Change> &changes);
    /** The database went away (`online` false, since when) or came back. */
    void connectionChanged(bool online, const QDateTime &since, const QString &reason);

private:
    class Engine;
    QThread m_thread;
    Engine *m_engine = nullptr; // lives in m_thread
    bool m_online = false;
    QDateTime m_offlineSince;
    qint64 m_lastSeq = 0;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::Change)
