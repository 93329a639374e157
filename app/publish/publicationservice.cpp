// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationservice.h"

#include "core/clock.h"
#include "core/logging.h"
#include "publicationrunner.h"
#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "sync/changefeed.h"

#include <QTimer>

namespace desk {

namespace {
struct Outcome
{
    Result<RunnerReport> report = Error::invalid(QString());
    std::optional<qint64> nextDueMs;
};
} // namespace

PublicationService::PublicationService(DatabaseUrl url, User actor, SecretLookup secrets, ChangeFeed *feed, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor)), m_secrets(std::move(secrets)),
      m_worker(new DbWorker(this)), m_feed(feed ? feed : new ChangeFeed(this)), m_next(new QTimer(this)),
      m_debounce(new QTimer(this))
{
    qRegisterMetaType<desk::RunnerReport>();
    m_next->setSingleShot(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);
    connect(m_next, &QTimer::timeout, this, &PublicationService::run);
    connect(m_debounce, &QTimer::timeout, this, &PublicationService::run);
    connect(m_feed, &ChangeFeed::changed, this, &PublicationService::onChanges);
    if (!feed)
        m_feed->start(m_url);
}

PublicationService::~PublicationService() = default;

void PublicationService::start()
{
    m_worker->open(m_url);
    wake();
}

void PublicationService::wake()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void PublicationService::onChanges(const QList<Change> &changes)
{
    for (const Change &c : changes) {
        if (c.table == QLatin1String("publication_jobs") || c.table == QLatin1String("publication_targets")) {
            wake();
            return;
        }
    }
}

void PublicationService::run()
{
    if (m_running) {
        m_again = true; // a change came while sending: look again afterwards
        return;
    }
    m_running = true;
    const User actor = m_actor;
    const SecretLookup secrets = m_secrets;
    m_worker->call<Outcome>(
        this,
        [actor, secrets](Database &db) {
            Outcome o;
            PublicationRunner runner(db, actor);
            if (secrets)
                runner.setSecretLookup(secrets);
            o.report = runner.runDue();
            o.nextDueMs = PublicationRepository(db, actor).nextDueAt(PublicationRunner::kStaleSendingMs).value_or(std::nullopt);
            return o;
        },
        [this](Outcome o) {
            m_running = false;
            if (o.report.ok())
                emit ran(o.report.value());
            else
                emit failed(o.report.errorString());
            qint64 wait = kSafetyNetMs;
            if (o.nextDueMs)
                wait = std::clamp<qint64>(*o.nextDueMs - Clock::nowMs(), 0, kSafetyNetMs);
            // A job still due now that this run did not move waits for what this sender lacks (a
            // secret, a configuration): the change feed or the safety net brings the next look.
            if (wait == 0 && !(o.report.ok() && o.report->done + o.report->retrying + o.report->failed > 0))
                wait = kSafetyNetMs;
            m_next->start(int(wait));
            if (m_again) {
                m_again = false;
                wake();
            }
        },
        [this] {
            m_running = false;
            m_next->start(5000); // the database is away: try again soon
        });
}

} // namespace desk
