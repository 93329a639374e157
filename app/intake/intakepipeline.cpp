// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakepipeline.h"

#include "core/logging.h"
#include "store/database.h"
#include "store/intakebatchwriter.h"
#include "store/intakespool.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcIntake, "desk.intake", QtInfoMsg)

namespace desk {

namespace {
using Kind = IntakeOutcome::Kind;
constexpr std::chrono::milliseconds kFirstRetry{500};
constexpr std::chrono::milliseconds kLongestRetry{15000};
} // namespace

IntakePipeline::IntakePipeline(Options options) : m_options(std::move(options)) {}

IntakePipeline::~IntakePipeline()
{
    stop();
}

Status IntakePipeline::start()
{
    m_spool = std::make_unique<IntakeSpool>();
    if (Status s = m_spool->open(m_options.spoolPath, m_options.spoolMaxBytes); !s.ok())
        return s;
    if (m_spool->depth() > 0)
        qCInfo(lcIntake) << m_spool->depth() << "reports wait in the spool from an earlier run; writing them first";
    m_stopping = false;
    m_stats.spoolDepth = m_spool->depth();
    m_stats.spoolBytes = m_spool->bytes();
    m_thread = std::thread([this] { run(); });
    return {};
}

void IntakePipeline::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    m_spool.reset();
}

IntakeOutcome IntakePipeline::submit(IntakeItem item)
{
    std::future<IntakeOutcome> answer;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_thread.joinable())
            return {Kind::NotKept, 0, {}, tr("The service is stopping; send the report again in a moment.")};
        Pending &pending = m_queue.emplace_back(Pending{std::move(item), {}});
        answer = pending.answer.get_future();
    }
    m_wake.notify_one();
    if (answer.wait_for(m_options.answerWithin) != std::future_status::ready)
        return {Kind::NotKept, 0, {},
                tr("The report could not be confirmed in time. Send it again with the same Idempotency-Key (or "
                   "external_ref) so that it is stored once.")};
    return answer.get();
}

IntakePipeline::Stats IntakePipeline::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void IntakePipeline::run()
{
    for (;;) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            auto due = [this] { return !m_queue.empty() || m_stopping || (m_spool->depth() > 0 && Clock::now() >= m_retryAt); };
            if (m_spool->depth() > 0)
                m_wake.wait_until(lock, m_retryAt, due);
            else
                m_wake.wait(lock, due);
            if (m_stopping && m_queue.empty())
                break; // the spool keeps what is left for the next start
            const size_t take = std::min(m_queue.size(), size_t(m_options.maxBatch));
            batch.reserve(take);
            for (size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (!batch.empty())
            write(batch);
        if (m_spool->depth() > 0 && Clock::now() >= m_retryAt)
            replay();
        std::lock_guard lock(m_mutex);
        m_stats.spoolDepth = m_spool->depth();
        m_stats.spoolBytes = m_spool->bytes();
    }
    m_db.reset(); // a connection is closed by the thread that opened it
}

Database *IntakePipeline::database()
{
    if (m_db && m_db->isAlive())
        return m_db.get();
    if (m_db)
        lostDatabase(tr("the connection was closed"));
    if (Clock::now() < m_retryAt)
        return nullptr;
    auto opened = Database::open(m_options.database);
    if (!opened.ok()) {
        lostDatabase(opened.errorString());
        return nullptr;
    }
    if (m_backoff > kFirstRetry)
        qCInfo(lcIntake) << "the team database answers again";
    m_db = std::move(opened).value();
    m_backoff = kFirstRetry;
    return m_db.get();
}

void IntakePipeline::lostDatabase(const QString &why)
{
    if (m_backoff == kFirstRetry)
        qCWarning(lcIntake).noquote() << "the team database cannot be reached, reports go to the spool:" << why;
    m_db.reset();
    m_retryAt = Clock::now() + m_backoff;
    m_backoff = std::min(m_backoff * 2, kLongestRetry);
}

void IntakePipeline::write(std::vector<Pending> &batch)
{
    // Behind anything spooled, so that reports reach the database in the order they came.
    Database *db = m_spool->depth() > 0 ? nullptr : database();
    if (!db) {
        spool(batch, 0);
        return;
    }
    QList<IntakeItem> items;
    items.reserve(qsizetype(batch.size()));
    for (const Pending &p : batch)
        items.append(p.item);
    auto written = IntakeBatchWriter(*db).write(items);
    if (!written.ok()) {
        if (written.error().code == Error::Code::Unavailable) {
            lostDatabase(written.errorString());
            spool(batch, 0);
        } else {
            writeOneByOne(batch); // find the one the database refuses; the others are stored
        }
        return;
    }
    std::lock_guard lock(m_mutex);
    ++m_stats.commits;
    m_stats.committedItems += qint64(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
        const IntakeOutcome &o = written->at(qsizetype(i));
        ++(o.kind == Kind::Created ? m_stats.created : m_stats.repeated);
        batch[i].answer.set_value(o);
    }
    m_stats.lastAccepted = QDateTime::currentDateTimeUtc();
}

void IntakePipeline::writeOneByOne(std::vector<Pending> &batch)
{
    for (size_t i = 0; i < batch.size(); ++i) {
        Database *db = database();
        if (!db) {
            spool(batch, i);
            return;
        }
        auto written = IntakeBatchWriter(*db).write({batch[i].item});
        if (!written.ok() && written.error().code == Error::Code::Unavailable) {
            lostDatabase(written.errorString());
            spool(batch, i);
            return;
        }
        std::lock_guard lock(m_mutex);
        if (written.ok()) {
            ++m_stats.commits;
            ++m_stats.committedItems;
            ++(written->first().kind == Kind::Created ? m_stats.created : m_stats.repeated);
            m_stats.lastAccepted = QDateTime::currentDateTimeUtc();
            batch[i].answer.set_value(written->first());
        } else {
            ++m_stats.failed;
            qCWarning(lcIntake).noquote() << "the database refused report" << batch[i].item.row.externalRef << ':'
                                          << written.errorString();
            batch[i].answer.set_value({Kind::Failed, 0, {}, tr("The team database refused the report: %1").arg(written.errorString())});
        }
    }
}

void IntakePipeline::spool(std::vector<Pending> &batch, size_t from)
{
    QList<IntakeItem> items;
    for (size_t i = from; i < batch.size(); ++i)
        items.append(batch[i].item);
    QList<QString> earlier;
    auto appended = m_spool->append(items, &earlier);
    if (!appended.ok())
        qCCritical(lcIntake).noquote() << appended.errorString();
    const qsizetype kept = appended.ok() ? appended.value() : 0;
    std::lock_guard lock(m_mutex);
    for (qsizetype k = 0; k < items.size(); ++k) {
        Pending &p = batch[from + size_t(k)];
        if (k < kept) {
            ++m_stats.queued;
            m_stats.lastAccepted = QDateTime::currentDateTimeUtc();
            p.answer.set_value({Kind::Queued, 0, earlier.at(k).isEmpty() ? p.item.row.externalRef : earlier.at(k), {}});
        } else {
            ++m_stats.notKept;
            p.answer.set_value({Kind::NotKept, 0, {},
                                tr("The team database cannot be reached and the service cannot keep more reports now; "
                                   "send the report again in a minute.")});
        }
    }
}

void IntakePipeline::replay()
{
    Database *db = database();
    if (!db)
        return;
    auto entries = m_spool->oldest(m_options.maxBatch);
    if (!entries.ok()) {
        qCCritical(lcIntake).noquote() << entries.errorString();
        m_retryAt = Clock::now() + kLongestRetry;
        return;
    }
    QList<IntakeItem> items;
    for (const IntakeSpool::Entry &e : std::as_const(entries.value()))
        items.append(e.item);
    if (items.isEmpty())
        return;
    auto written = IntakeBatchWriter(*db).write(items);
    if (written.ok()) {
        if (Status s = m_spool->removeUpTo(entries->last().seq); !s.ok())
            qCCritical(lcIntake).noquote() << s.errorString(); // written again next time: found by reference, once
        std::lock_guard lock(m_mutex);
        ++m_stats.commits;
        m_stats.committedItems += items.size();
        m_stats.replayed += items.size();
    } else if (written.error().code == Error::Code::Unavailable) {
        lostDatabase(written.errorString());
        return;
    } else {
        // One of them is refused: write them one at a time and set that one aside for a person.
        for (const IntakeSpool::Entry &e : std::as_const(entries.value())) {
            auto one = IntakeBatchWriter(*db).write({e.item});
            if (!one.ok() && one.error().code == Error::Code::Unavailable) {
                lostDatabase(one.errorString());
                return;
            }
            const Status moved = one.ok() ? m_spool->removeUpTo(e.seq) : m_spool->hold(e.seq, one.errorString());
            if (!moved.ok()) {
                qCCritical(lcIntake).noquote() << moved.errorString();
                return;
            }
            std::lock_guard lock(m_mutex);
            ++(one.ok() ? m_stats.replayed : m_stats.held);
            if (!one.ok())
                qCWarning(lcIntake).noquote() << "spooled report" << e.item.row.externalRef
                                              << "refused by the database, kept aside in the spool's held table:"
                                              << one.errorString();
        }
    }
    if (m_spool->depth() == 0)
        qCInfo(lcIntake) << "the spool is written back: every report it kept is in the team database";
}

} // namespace desk
