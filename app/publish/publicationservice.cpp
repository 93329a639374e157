// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationservice.h"

#include "core/clock.h"
#include "core/logging.h"
#include "publicationrunner.h"
#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "store/siterefreshrepository.h"
#include "sync/changefeed.h"
#include "sync/wakeschedule.h"

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
      m_worker(new DbWorker(this)), m_feed(feed ? feed : new ChangeFeed(this)),
      m_schedule(new WakeSchedule(m_feed, {QStringLiteral("publication_jobs"), QStringLiteral("publication_targets"),
                                                  // a reviewed incident's actions or root cause: its pages again
                                                  QStringLiteral("preventive_actions"), QStringLiteral("incidents")},
                                  kSafetyNetMs, this))
{
    qRegisterMetaType<desk::RunnerReport>();
    connect(m_schedule, &WakeSchedule::due, this, &PublicationService::run);
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
    m_schedule->wake();
}

bool PublicationService::isRunning() const
{
    return m_schedule->looking();
}

void PublicationService::run()
{
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
            const std::optional<qint64> refresh = SiteRefreshRepository(db, actor).nextDueAt().value_or(std::nullopt);
            if (refresh && (!o.nextDueMs || *refresh < *o.nextDueMs))
                o.nextDueMs = refresh;
            return o;
        },
        [this](Outcome o) {
            if (o.report.ok())
                emit ran(o.report.value());
            else
                emit failed(o.report.errorString());
            m_schedule->lookEnded(o.nextDueMs, o.report.ok() && o.report->done + o.report->retrying + o.report->failed +
                                                                         o.report->refreshed > 0);
        },
        [this] { m_schedule->lookFailed(5000); }); // the database is away: try again soon
}

} // namespace desk
