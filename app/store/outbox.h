// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace desk {

class Database;

/** One edit the user confirmed while the database could not be reached. */
struct OutboxOperation
{
    enum class State { Pending, Done, Conflict, Failed };
    qint64 seq = 0;
    QString key;  // idempotency key: the shared database applies it once
    QString kind; // incident.save, report.link, report.not_incident, report.release
    QJsonObject payload;
    QDateTime createdAt;
    State state = State::Pending;
    QString message; // why it is a conflict or failed
};

/**
 * The durable queue of edits made offline, in a SQLite file on this computer
 * (`synchronous=FULL`, so a confirmed edit survives a crash or a power cut). On reconnect the
 * operations are replayed in order; each runs in one transaction with its idempotency key in
 * `applied_operations`, so replaying twice changes nothing. A replay that meets a newer version
 * becomes a conflict the user resolves (both versions are kept), never an overwrite.
 */
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(desk::Outbox)

public:
    /** `path` defaults to defaultPath(). */
    static Result<std::unique_ptr<Outbox>> open(const QString &path = {});
    /** `outbox.sqlite` in the application's data folder. */
    static QString defaultPath();
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    /** The incident as the user saved it, with the version their edit started from. */
    Result<OutboxOperation> saveIncident(const Incident &incident, const Incident &base);
    Result<OutboxOperation> linkReport(Id reportId, Id incidentId, int expectedVersion);
    Result<OutboxOperation> markNotIncident(Id reportId, int expectedVersion);

    Result<QList<OutboxOperation>> operations(bool openOnly = true) const;
    Result<int> pendingCount() const;

    struct Replay
    {
        int applied = 0;
        int alreadyApplied = 0; // sent before (e.g. a crash after applying): skipped by key
        int conflicts = 0;
        int failed = 0;
    };
    /** Sends the pending operations in order to `db` as `actor`. */
    Result<Replay> replay(Database &db, const User &actor);
    /** The user dealt with a conflict (merged or dropped their version). */
    Status resolve(qint64 seq);

    static Incident incidentFromJson(const QJsonObject &json);
    static QJsonObject incidentToJson(const Incident &incident);

private:
    explicit Outbox(QString connectionName);
    Result<OutboxOperation> enqueue(const QString &kind, const QJsonObject &payload);
    Status mark(qint64 seq, OutboxOperation::State state, const QString &message);
    Status apply(Database &db, const User &actor, const OutboxOperation &op);

    QString m_connection;
};

} // namespace desk
