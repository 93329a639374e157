// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "core/logging.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTimer>

namespace desk {

namespace {
constexpr int kSqlitePollMs = 100;  // PRAGMA data_version: a read of shared memory, cheap ten times a second
constexpr int kHealthCheckMs = 1000; // PostgreSQL: is the connection still there?
constexpr int kSafetyPollMs = 5000;  // PostgreSQL: read the log even without a notification
constexpr int kMaxBackoffMs = 30000;
constexpr int kBatch = 5000;
const QString kChannel = QStringLiteral("desk_changes");
} // namespace

/** The part that lives in the feed's thread, with the connection. */
class ChangeFeed::Engine final : public QObject
{
    Q_OBJECT

public:
    explicit Engine(ChangeFeed *feed) : m_feed(feed) {}

    void start(const DatabaseUrl &url, qint64 fromSeq)
    {
        m_url = url;
        m_lastSeq = fromSeq;
        m_snapshot.clear();
        if (!m_poll) {
            m_poll = new QTimer(this);
            connect(m_poll, &QTimer::timeout, this, &Engine::poll);
            m_retry = new QTimer(this);
            m_retry->setSingleShot(true);
            connect(m_retry, &QTimer::timeout, this, &Engine::connectNow);
        }
        connectNow();
    }

    void stop()
    {
        if (m_poll)
            m_poll->stop();
        if (m_retry)
            m_retry->stop();
        m_db.reset();
    }

private:
    void connectNow()
    {
        m_db.reset();
        auto db = Database::open(m_url, QStringLiteral("desk-feed-%1").arg(quintptr(this)));
        if (!db.ok()) {
            goOffline(db.errorString());
            return;
        }
        m_db = std::move(db).value();
        if (m_db->isPostgres()) {
            QSqlDriver *driver = m_db->sql().driver();
            if (!driver->subscribeToNotification(kChannel)) {
                goOffline(QStringLiteral("cannot listen for changes"));
                return;
            }
            connect(driver, &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource,
                                                                    const QVariant &payload) {
                // The payload is a sequence number, but a late commit may carry a lower one than
                // what was read already: any notification means "read".
                Q_UNUSED(payload)
                readNewChanges();
            });
        }
        if (m_lastSeq < 0 && m_db->isPostgres() && m_snapshot.isEmpty()) {
            // From now on: what is committed now is the past; what is running now is to come.
            auto now = ChangeLogReader(*m_db).currentSnapshot();
            if (!now.ok()) {
                goOffline(now.errorString());
                return;
            }
            m_snapshot = now.value();
        }
        if (m_lastSeq < 0) {
            auto newest = ChangeLogReader(*m_db).newestSeq();
            if (!newest.ok()) {
                goOffline(newest.errorString());
                return;
            }
            m_lastSeq = newest.value();
        }
        m_backoffMs = 0;
        m_dataVersion = -1;
        m_sinceSafetyPoll.start();
        m_poll->start(m_db->isPostgres() ? kHealthCheckMs : kSqlitePollMs);
        const qint64 seq = m_lastSeq;
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, seq] {
            feed->m_lastSeq = seq;
            if (!feed->m_online) {
                feed->m_online = true;
                feed->m_offlineSince = {};
                emit feed->connectionChanged(true, QDateTime::currentDateTimeUtc(), {});
            }
        }, Qt::QueuedConnection);
        readNewChanges(); // what happened while we were away
    }

    void goOffline(const QString &reason)
    {
        if (m_poll)
            m_poll->stop();
        if (m_db && m_db->isPostgres())
            m_db->sql().driver()->disconnect(this);
        m_db.reset();
        m_backoffMs = m_backoffMs == 0 ? 500 : qMin(m_backoffMs * 2, kMaxBackoffMs);
        const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
        m_retry->start(m_backoffMs + jitter);
        qCInfo(lcSync) << "change feed offline:" << reason << "- retrying in" << m_backoffMs + jitter << "ms";
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, reason] {
            if (feed->m_online || !feed->m_offlineSince.isValid()) {
                feed->m_online = false;
                feed->m_offlineSince = QDateTime::currentDateTimeUtc();
                emit feed->connectionChanged(false, feed->m_offlineSince, reason);
            }
        }, Qt::QueuedConnection);
    }

    void poll()
    {
        if (!m_db)
            return;
        if (m_db->isPostgres()) {
            // A cheap round trip tells a dead connection; the log is read on notifications,
            // and every few seconds anyway in case one was lost.
            if (m_sinceSafetyPoll.elapsed() >= kSafetyPollMs) {
                m_sinceSafetyPoll.restart();
                readNewChanges();
                return;
            }
            if (Status alive = ChangeLogReader(*m_db).ping(); !alive.ok())
                goOffline(alive.errorString());
            return;
        }
        auto version = ChangeLogReader(*m_db).dataVersion();
        if (!version.ok()) {
            goOffline(version.errorString());
            return;
        }
        if (version.value() != m_dataVersion) {
            m_dataVersion = version.value();
            readNewChanges();
        }
    }

    void readNewChanges()
    {
        if (!m_db)
            return;
        if (m_db->isPostgres()) {
            readCommittedChanges();
            return;
        }
        // SQLite: one writer at a time (BEGIN IMMEDIATE), so sequence order is commit order.
        for (;;) {
            auto read = ChangeLogReader(*m_db).after(m_lastSeq, kBatch);
            if (!read.ok()) {
                goOffline(read.errorString());
                return;
            }
            const QList<Change> &batch = read.value();
            if (batch.isEmpty())
                return;
            deliver(batch);
            if (batch.size() < kBatch)
                return;
        }
    }

    /** PostgreSQL: every change committed since the last read, exactly once (see ChangeLogReader). */
    void readCommittedChanges()
    {
        auto read = ChangeLogReader(*m_db).committedSince(m_lastSeq, m_snapshot);
        if (!read.ok()) {
            goOffline(read.errorString());
            return;
        }
        m_snapshot = read->snapshot;
        for (qsizetype from = 0; from < read->changes.size(); from += kBatch)
            deliver(read->changes.mid(from, kBatch));
    }

    void deliver(const QList<Change> &batch)
    {
        if (batch.isEmpty())
            return;
        qint64 newest = m_lastSeq;
        for (const Change &c : batch)
            newest = qMax(newest, c.seq);
        m_lastSeq = newest;
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, batch, newest] {
            feed->m_lastSeq = newest;
            emit feed->changed(batch);
        }, Qt::QueuedConnection);
    }

    ChangeFeed *m_feed;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QTimer *m_poll = nullptr;
    QTimer *m_retry = nullptr;
    QElapsedTimer m_sinceSafetyPoll;
    qint64 m_lastSeq = -1;
    QString m_snapshot; // PostgreSQL: the snapshot of the last read (see readCommittedChanges)
    qint64 m_dataVersion = -1;
    int m_backoffMs = 0;
};

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<desk::Change>();
    qRegisterMetaType<QList<desk::Change>>();
    m_thread.setObjectName(QStringLiteral("desk-feed"));
    m_engine = new Engine(this);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

ChangeFeed::~ChangeFeed()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void ChangeFeed::start(const DatabaseUrl &url, qint64 fromSeq)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, url, fromSeq] { engine->start(url, fromSeq); });
}

void ChangeFeed::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
}

} // namespace desk

#include "changefeed.moc"
