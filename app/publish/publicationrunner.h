// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "runnerreport.h"
#include "webdavpublisher.h"
#include "store/updaterepository.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>

namespace desk {

class Database;

/**
 * Sends the due publication jobs to their targets: the Help Center over WebDAV (the incident's
 * pages and the shared files, only what changed), Statuspage, Cachet, Zendesk Guide and webhooks
 * through their APIs (apipublishers.h). A job is taken by moving it from pending to sending, so
 * two workstations never send the same job; a job left sending by a crash is taken back after
 * `kStaleSendingMs`. A server that fails or does not answer puts the job back with exponential
 * backoff and jitter (or the server's Retry-After); after `kMaxAttempts`, or on an answer that
 * retrying cannot change, the job fails with the server's message for a lead to retry or cancel.
 * A target that is not configured, or whose credentials this workstation does not have, keeps
 * its jobs waiting with the reason, without spending attempts.
 */
class PublicationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(desk::PublicationRunner)

public:
    static constexpr int kMaxAttempts = 8;
    static constexpr qint64 kStaleSendingMs = 10 * 60 * 1000;

    PublicationRunner(Database &db, User actor);
    /** The secret of a target (password, API key, token or HMAC secret); by default none. */
    void setSecretLookup(std::function<QString(const PublicationTarget &)> lookup) { m_secret = std::move(lookup); }
    Result<RunnerReport> runDue();

    /** The wait before attempt `attempt` (1-based): 2^attempt seconds, at most an hour, ± 25 %. */
    static qint64 backoffMs(int attempt);
    /** Why jobs for this target cannot be sent yet, or empty when they can. */
    static QString waitingReason(const PublicationTarget &target, bool hasSecret);
    /**
     * Checks a target without publishing anything: a Help Center folder is there (or can be
     * made) and can be written; a WebDAV server answers PROPFIND and accepts the credentials. For
     * the API targets it checks that the configuration is complete and a secret is given (their
     * servers are first reached by a publication). The answer says what was checked.
     */
    static Result<QString> probe(const PublicationTarget &target, const QString &secret);
    /** The keychain key of a target's secret. */
    static QString secretKey(Id targetId) { return QStringLiteral("target/%1").arg(targetId); }

private:
    struct Sent
    {
        QString remoteId;
        QString remoteUrl;
    };
    Result<Sent> send(const PublicationJob &job, const PublicationTarget &target);
    Result<Sent> publishHelpCenter(const PublicationJob &job, const PublicationTarget &target);
    Result<Sent> publishApi(const PublicationJob &job, const PublicationTarget &target);
    enum class JobOutcome { TakenElsewhere, Done, Retrying, Failed };
    /** Takes one due job, sends it and records how it went. */
    Result<JobOutcome> sendJob(PublicationJob job, const PublicationTarget &target);
    /** When to try again after `error` on attempt `attempts` (the job's or a page refresh's), or never. */
    std::optional<qint64> nextAttempt(const Error &error, int attempts) const;
    /** The reviewed incidents' pages whose actions or root cause changed, published again. */
    Status runRefreshes(const QHash<Id, PublicationTarget> &targets, QHash<Id, QString> &waitingFor, RunnerReport *report);

    Database &m_db;
    User m_actor;
    std::function<QString(const PublicationTarget &)> m_secret;
    qint64 m_retryAfterMs = 0; // what the server of the last job asked us to wait, if it did
};

} // namespace desk
