// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationrepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace desk {

namespace {
const QString kTargetSelect =
    QStringLiteral("SELECT id, kind, name, config, enabled, version FROM publication_targets ");

const QString kJobSelect = QStringLiteral(
    "SELECT j.id, j.update_id, j.target_id, t.name, t.kind, i.reference, u.kind, j.state, j.attempts, "
    "j.next_attempt_at, j.last_error, j.remote_id, j.remote_url, j.idempotency_key, j.created_at, j.updated_at, "
    "j.version FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id "
    "JOIN updates u ON u.id = j.update_id JOIN incidents i ON i.id = u.incident_id ");

PublicationTarget targetFrom(const QSqlQuery &q)
{
    PublicationTarget t;
    t.id = q.value(0).toLongLong();
    t.kind = fromKey<PublicationKind>(q.value(1).toString()).value_or(PublicationKind::HelpCenter);
    t.name = q.value(2).toString();
    t.config = q.value(3).toString();
    t.enabled = q.value(4).toBool();
    t.version = q.value(5).toInt();
    return t;
}

PublicationJob jobFrom(const QSqlQuery &q)
{
    PublicationJob j;
    j.id = q.value(0).toLongLong();
    j.updateId = q.value(1).toLongLong();
    j.targetId = q.value(2).toLongLong();
    j.targetName = q.value(3).toString();
    j.targetKind = fromKey<PublicationKind>(q.value(4).toString()).value_or(PublicationKind::HelpCenter);
    j.incidentReference = q.value(5).toString();
    j.updateKind = fromKey<UpdateKind>(q.value(6).toString()).value_or(UpdateKind::Progress);
    j.state = fromKey<JobState>(q.value(7).toString()).value_or(JobState::Pending);
    j.attempts = q.value(8).toInt();
    j.nextAttemptAt = fromMs(q.value(9).toLongLong());
    j.lastError = q.value(10).toString();
    j.remoteId = q.value(11).toString();
    j.remoteUrl = q.value(12).toString();
    j.idempotencyKey = q.value(13).toString();
    j.createdAt = fromMs(q.value(14).toLongLong());
    j.updatedAt = fromMs(q.value(15).toLongLong());
    j.version = q.value(16).toInt();
    return j;
}
} // namespace

PublicationRepository::PublicationRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QList<PublicationTarget>> PublicationRepository::targets(bool enabledOnly) const
{
    auto q = m_db.exec(kTargetSelect + (enabledOnly ? QStringLiteral("WHERE enabled ") : QString())
                       + QStringLiteral("ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<PublicationTarget> out;
    while (q.value().next())
        out.append(targetFrom(q.value()));
    return out;
}

Result<std::optional<PublicationTarget>> PublicationRepository::useLocalHelpCenter(const QString &folder)
{
    auto all = targets();
    if (!all.ok())
        return all.error();
    QString address = QUrl::fromLocalFile(folder).toString();
    if (!address.endsWith(u'/'))
        address += u'/';
    std::optional<PublicationTarget> unaddressed;
    for (const PublicationTarget &t : all.value()) {
        if (t.kind != PublicationKind::HelpCenter)
            continue;
        const QJsonObject config = QJsonDocument::fromJson(t.config.toUtf8()).object();
        if (!config.value(QStringLiteral("davUrl")).toString().isEmpty())
            return std::optional<PublicationTarget>{}; // the team publishes somewhere already
        if (!unaddressed)
            unaddressed = t;
    }
    if (unaddressed) {
        QJsonObject config = QJsonDocument::fromJson(unaddressed->config.toUtf8()).object();
        config.insert(QStringLiteral("davUrl"), address);
        config.insert(QStringLiteral("baseUrl"), address);
        auto updated = updateTarget(unaddressed->id, unaddressed->name,
                                    QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                                    unaddressed->version);
        if (!updated.ok())
            return updated.error();
        return std::optional<PublicationTarget>{updated.value()};
    }
    const QJsonObject config{{QStringLiteral("davUrl"), address}, {QStringLiteral("baseUrl"), address}};
    auto added = addTarget(PublicationKind::HelpCenter, tr("Help Center (this computer)"),
                           QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    if (!added.ok())
        return added.error();
    return std::optional<PublicationTarget>{added.value()};
}

Result<QUrl> PublicationRepository::helpCenterIndex() const
{
    auto all = targets(true);
    if (!all.ok())
        return all.error();
    for (const PublicationTarget &t : all.value()) {
        if (t.kind != PublicationKind::HelpCenter)
            continue;
        const QJsonObject config = QJsonDocument::fromJson(t.config.toUtf8()).object();
        QString base = config.value(QStringLiteral("baseUrl")).toString(config.value(QStringLiteral("davUrl")).toString());
        if (base.isEmpty())
            continue;
        if (!base.endsWith(u'/'))
            base += u'/';
        return QUrl(base + QStringLiteral("index.html"));
    }
    return Error::notFound(tr("No Help Center has an address yet: an administrator sets it in Publications → Targets…"));
}

Result<PublicationTarget> PublicationRepository::addTarget(PublicationKind kind, const QString &name,
                                                           const QString &config)
{
    if (m_actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator configures where updates are published."));
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give the target a name, e.g. “Help Center”."));
    const QString json = config.isEmpty() ? QStringLiteral("{}") : config;
    if (const QString problem = configProblem(json); !problem.isEmpty())
        return Error::invalid(problem);
    Id id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO publication_targets (kind, name, config, enabled, "
                                                   "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                    {toKey(kind), name.trimmed(), json, true, Clock::nowMs()});
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value().toLongLong();
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("target.add"), QStringLiteral("target"), id, {},
                                     QJsonObject{{QStringLiteral("kind"), toKey(kind)},
                                                 {QStringLiteral("name"), name.trimmed()}});
    });
    if (!done.ok())
        return done.error();
    auto q = m_db.exec(kTargetSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    q.value().next();
    return targetFrom(q.value());
}

QString PublicationRepository::configProblem(const QString &config)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(config.toUtf8(), &parseError);
    if (!doc.isObject())
        return tr("The target's settings are not a JSON object: %1").arg(parseError.errorString());
    static const QStringList secrets{QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("apikey"),
                                     QStringLiteral("secret"), QStringLiteral("key")};
    for (const QString &key : doc.object().keys()) {
        if (secrets.contains(key.toLower()) || key.toLower().endsWith(QLatin1String("password"))
            || key.toLower().endsWith(QLatin1String("token")) || key.toLower().endsWith(QLatin1String("secret")))
            return tr("The setting “%1” looks like a secret: secrets are kept in the keychain of each workstation, "
                      "never in the shared database.")
                .arg(key);
    }
    return {};
}

Result<PublicationTarget> PublicationRepository::updateTarget(Id id, const QString &name, const QString &config,
                                                              int expectedVersion)
{
    if (m_actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator configures where updates are published."));
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give the target a name, e.g. “Help Center”."));
    if (const QString problem = configProblem(config); !problem.isEmpty())
        return Error::invalid(problem);
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE publication_targets SET name = ?, config = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"),
                           {name.trimmed(), config, id, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This target was changed elsewhere; reload it."));
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("target.edit"), QStringLiteral("target"), id, {},
                                     QJsonObject{{QStringLiteral("name"), name.trimmed()}});
    });
    if (!done.ok())
        return done.error();
    auto q = m_db.exec(kTargetSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    q.value().next();
    return targetFrom(q.value());
}

Result<PublicationTarget> PublicationRepository::setTargetEnabled(Id id, bool enabled, int expectedVersion)
{
    if (m_actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator configures where updates are published."));
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE publication_targets SET enabled = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"),
                           {enabled, id, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This target was changed elsewhere; reload it."));
        return AuditLog(m_db).append(m_actor.name, enabled ? QStringLiteral("target.enable") : QStringLiteral("target.disable"),
                                     QStringLiteral("target"), id);
    });
    if (!done.ok())
        return done.error();
    auto q = m_db.exec(kTargetSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    q.value().next();
    return targetFrom(q.value());
}

Result<QList<Id>> PublicationRepository::createJobs(Id updateId)
{
    auto enabled = targets(true);
    if (!enabled.ok())
        return enabled.error();
    QList<Id> out;
    const qint64 now = Clock::nowMs();
    for (const PublicationTarget &t : enabled.value()) {
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, state, "
                                                   "idempotency_key, created_at, updated_at) "
                                                   "VALUES (?, ?, 'pending', ?, ?, ?) RETURNING id"),
                                    {updateId, t.id, QUuid::createUuid().toString(QUuid::WithoutBraces), now, now});
        if (!inserted.ok())
            return inserted.error();
        out.append(inserted.value().toLongLong());
    }
    return out;
}

Result<QList<PublicationJob>> PublicationRepository::jobsWhere(const QString &where, const QVariantList &values,
                                                               int limit) const
{
    auto q = m_db.exec(kJobSelect + where + QStringLiteral(" ORDER BY j.created_at DESC, j.id DESC LIMIT %1").arg(limit),
                       values);
    if (!q.ok())
        return q.error();
    QList<PublicationJob> out;
    while (q.value().next())
        out.append(jobFrom(q.value()));
    return out;
}

Result<QList<PublicationJob>> PublicationRepository::jobs(int limit) const
{
    return jobsWhere({}, {}, limit);
}

Result<QList<PublicationJob>> PublicationRepository::jobsForUpdate(Id updateId) const
{
    return jobsWhere(QStringLiteral("WHERE j.update_id = ?"), {updateId}, 1000);
}

Result<QList<PublicationJob>> PublicationRepository::jobsForIncident(Id incidentId) const
{
    return jobsWhere(QStringLiteral("WHERE u.incident_id = ?"), {incidentId}, 10000);
}

Result<QList<PublicationJob>> PublicationRepository::dueJobs(qint64 nowMs) const
{
    auto due = jobsWhere(QStringLiteral("WHERE j.state = 'pending' AND (j.next_attempt_at IS NULL OR j.next_attempt_at <= ?)"),
                         {nowMs}, 10000);
    if (!due.ok())
        return due.error();
    QList<PublicationJob> oldestFirst(due->crbegin(), due->crend());
    return oldestFirst;
}

Result<PublicationJob> PublicationRepository::job(Id id) const
{
    auto list = jobsWhere(QStringLiteral("WHERE j.id = ?"), {id}, 1);
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("Publication job %1 does not exist.").arg(id));
    return list->first();
}

Result<PublicationJob> PublicationRepository::changeState(Id jobId, int expectedVersion, JobState to,
                                                          const QList<JobState> &from, const QString &action)
{
    if (!m_actor.isLead())
        return Error::forbidden(tr("Only a team lead can retry or cancel publications."));
    Status done = m_db.transaction([&]() -> Status {
        auto current = job(jobId);
        if (!current.ok())
            return current.error();
        if (!from.contains(current->state))
            return Error::invalid(tr("This publication is %1; it cannot be changed that way now.")
                                      .arg(toKey(current->state)));
        auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = ?, next_attempt_at = NULL, "
                                          "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                           {toKey(to), Clock::nowMs(), jobId, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This publication changed meanwhile; look again."));
        return AuditLog(m_db).append(m_actor.name, action, QStringLiteral("publication"), jobId,
                                     QJsonObject{{QStringLiteral("state"), toKey(current->state)}},
                                     QJsonObject{{QStringLiteral("state"), toKey(to)}});
    });
    if (!done.ok())
        return done.error();
    return job(jobId);
}

Result<PublicationJob> PublicationRepository::retry(Id jobId, int expectedVersion)
{
    return changeState(jobId, expectedVersion, JobState::Pending, {JobState::Failed, JobState::Cancelled},
                       QStringLiteral("publication.retry"));
}

Result<PublicationJob> PublicationRepository::cancel(Id jobId, int expectedVersion)
{
    return changeState(jobId, expectedVersion, JobState::Cancelled, {JobState::Pending, JobState::Failed},
                       QStringLiteral("publication.cancel"));
}

Result<std::optional<qint64>> PublicationRepository::nextDueAt(qint64 staleAfterMs) const
{
    auto q = m_db.exec(QStringLiteral("SELECT min(CASE WHEN state = 'pending' THEN coalesce(next_attempt_at, 0) "
                                      "ELSE updated_at + ? END) FROM publication_jobs WHERE state IN ('pending', 'sending')"),
                       {staleAfterMs});
    if (!q.ok())
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<int> PublicationRepository::takeBackStale(qint64 olderThanMs, const QString &reason)
{
    auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'pending', version = version + 1, last_error = ? "
                                      "WHERE state = 'sending' AND updated_at < ?"),
                       {reason, olderThanMs});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected();
}

Result<QList<PublicationRepository::OpenJob>> PublicationRepository::unfinishedJobs() const
{
    auto q = m_db.exec(QStringLiteral("SELECT j.id, j.target_id, u.incident_id FROM publication_jobs j JOIN updates u "
                                      "ON u.id = j.update_id WHERE j.state IN ('pending', 'sending', 'failed') ORDER BY j.id"));
    if (!q.ok())
        return q.error();
    QList<OpenJob> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong()});
    return out;
}

Status PublicationRepository::noteWaiting(Id jobId, const QString &reason)
{
    // Only when the reason changes: an update that changes nothing would still wake every sender.
    auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET last_error = ? WHERE id = ? AND state = 'pending' "
                                      "AND last_error <> ?"),
                       {reason, jobId, reason});
    return q.ok() ? Status() : Status(q.error());
}

Result<bool> PublicationRepository::take(Id jobId)
{
    // Whoever changes it from pending to sending first sends it.
    auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'sending', attempts = attempts + 1, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'pending'"),
                       {Clock::nowMs(), jobId});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status PublicationRepository::markDone(Id jobId, const QString &remoteId, const QString &remoteUrl)
{
    // delivered_at: the moment the target confirmed it, the clock the promise is measured by (on
    // PostgreSQL the database stamps its own time).
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = 'done', last_error = '', remote_id = ?, "
                                      "remote_url = ?, next_attempt_at = NULL, delivered_at = coalesce(delivered_at, ?), "
                                      "updated_at = ?, version = version + 1 WHERE id = ?"),
                       {remoteId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(remoteId), remoteUrl,
                        now, now, jobId});
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::notFound(tr("Publication job %1 is gone.").arg(jobId));
    return {};
}

Status PublicationRepository::markFailed(Id jobId, const QString &error, std::optional<qint64> retryAtMs)
{
    auto q = m_db.exec(QStringLiteral("UPDATE publication_jobs SET state = ?, last_error = ?, next_attempt_at = ?, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND state <> 'done'"),
                       {retryAtMs ? QStringLiteral("pending") : QStringLiteral("failed"), error,
                        retryAtMs ? QVariant(*retryAtMs) : QVariant(QMetaType(QMetaType::LongLong)), Clock::nowMs(), jobId});
    // No row: another sender took it back after a pause and finished it meanwhile; done stays done.
    return q.ok() ? Status() : Status(q.error());
}

} // namespace desk
