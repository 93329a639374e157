// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "intakeitem.h"
#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace desk {

class Database;
class IntakeSpool;

/**
 * Where accepted reports go: one writer thread takes everything the request threads hand it
 * and writes it in group commits (one transaction for all that arrived meanwhile), so a burst
 * costs a few commits, not one per report. When the team database cannot be reached, items go
 * to the local spool and their senders hear `202`; the spool is written back in order, exactly
 * once (each item's reference is fixed when it is accepted), as soon as the database answers.
 * While the spool holds anything, new items queue behind it. A full spool refuses (`503`).
 */
class IntakePipeline final
{
    Q_DECLARE_TR_FUNCTIONS(desk::IntakePipeline)

public:
    struct Options
    {
        DatabaseUrl database;
        QString spoolPath;
        qint64 spoolMaxBytes = qint64(1) << 30;
        qsizetype maxBatch = 2000;
        std::chrono::milliseconds answerWithin{20000};
    };

    struct Stats
    {
        qint64 created = 0;
        qint64 repeated = 0;
        qint64 queued = 0;     // answered 202: kept in the spool
        qint64 notKept = 0;    // refused (503): the database is away and the spool full or failing
        qint64 failed = 0;     // refused by the database (not an outage)
        qint64 replayed = 0;   // spooled items now in the team database
        qint64 held = 0;       // spooled items the database refused, set aside for a person
        qint64 commits = 0;
        qint64 committedItems = 0;
        qint64 spoolDepth = 0;
        qint64 spoolBytes = 0;
        QDateTime lastAccepted; // the last report stored or spooled
    };

    explicit IntakePipeline(Options options);
    ~IntakePipeline();
    Q_DISABLE_COPY_MOVE(IntakePipeline)

    /** Opens the spool and starts the writer, which first writes back what an earlier run spooled. */
    Status start();
    /** Writes everything handed over (to the database or the spool), then stops. */
    void stop();

    /** Hands an item over and waits until it is stored, spooled or refused. Any thread. */
    IntakeOutcome submit(IntakeItem item);

    Stats stats() const;

private:
    struct Pending
    {
        IntakeItem item;
        std::promise<IntakeOutcome> answer;
    };
    using Clock = std::chrono::steady_clock;

    void run();
    void write(std::vector<Pending> &batch);
    void writeOneByOne(std::vector<Pending> &batch);
    void spool(std::vector<Pending> &batch, size_t from);
    void replay();
    Database *database();
    void lostDatabase(const QString &why);

    Options m_options;
    std::unique_ptr<IntakeSpool> m_spool; // the writer thread's, once started
    std::unique_ptr<Database> m_db;       // the writer thread's
    Clock::time_point m_retryAt{};
    std::chrono::milliseconds m_backoff{500};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    Stats m_stats;
    std::thread m_thread;
};

} // namespace desk
