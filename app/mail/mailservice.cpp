// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "core/logging.h"
#include "store/dbworker.h"
#include "sync/changefeed.h"
#include "sync/wakeschedule.h"

Q_LOGGING_CATEGORY(lcMail, "desk.mail", QtInfoMsg)

namespace desk {

namespace {
struct Outcome
{
    Result<MailRunReport> report = Error::invalid(QString());
    std::optional<qint64> nextDueMs;
    QMap<MailState, int> jobs;
};
} // namespace

MailService::MailService(DatabaseUrl url, User actor, MailSettings settings, QString name, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor)), m_settings(std::move(settings)),
      m_name(std::move(name)), m_worker(new DbWorker(this)), m_feed(new ChangeFeed(this)),
      m_schedule(new WakeSchedule(m_feed, {QStringLiteral("mail_jobs"), QStringLiteral("mail_holds")}, kSafetyNetMs, this))
{
    qRegisterMetaType<desk::MailRunReport>();
    connect(m_schedule, &WakeSchedule::due, this, &MailService::run);
    m_feed->start(m_url);
}

MailService::~MailService()
{
    m_stop->store(true); // the run in hand ends after its message; the worker's destructor waits for it
}

void MailService::start()
{
    m_worker->open(m_url);
    const User actor = m_actor;
    const QString name = m_name;
    m_worker->call<Result<std::pair<int, int>>>(
        this, [actor, name](Database &db) { return MailRepository(db, actor).recover(name); },
        [this](Result<std::pair<int, int>> recovered) {
            if (!recovered.ok())
                emit failed(recovered.errorString());
            else if (recovered->first + recovered->second > 0)
                qCWarning(lcMail).noquote() << QStringLiteral("after a stop: %1 messages back in the queue, %2 in doubt")
                                                   .arg(recovered->first)
                                                   .arg(recovered->second);
            wake();
        },
        [this] { m_schedule->lookFailed(5000); });
}

void MailService::wake()
{
    m_schedule->wake();
}

void MailService::run()
{
    const User actor = m_actor;
    const MailSettings settings = m_settings;
    const QString name = m_name;
    const auto stop = m_stop;
    m_worker->call<Outcome>(
        this,
        [actor, settings, name, stop](Database &db) {
            Outcome o;
            MailSender sender(db, actor, settings, name);
            auto report = sender.runDue(*stop);
            if (report.ok() && report->serverProblem.isEmpty() && !stop->load()) {
                MailRunReport withWarnings = report.value();
                auto warned = sender.watch();
                if (warned.ok())
                    withWarnings.warnings = warned.value();
                else
                    withWarnings.serverProblem = warned.errorString();
                report = withWarnings;
            }
            o.report = report;
            MailRepository jobs(db, actor);
            o.nextDueMs = jobs.nextDueAt().value_or(std::nullopt);
            o.jobs = jobs.countByState().value_or({});
            return o;
        },
        [this](Outcome o) {
            if (o.report.ok()) {
                if (!o.report->serverProblem.isEmpty())
                    qCWarning(lcMail).noquote() << o.report->serverProblem;
                emit ran(o.report.value(), o.jobs);
            } else {
                emit failed(o.report.errorString());
            }
            const bool moved = o.report.ok() && o.report->serverProblem.isEmpty()
                               && o.report->sent + o.report->retrying + o.report->failed + o.report->inDoubt + o.report->skipped > 0;
            m_schedule->lookEnded(o.nextDueMs, moved);
        },
        [this] { m_schedule->lookFailed(5000); });
}

} // namespace desk
