// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace desk {

namespace {
QString stateKey(OutboxOperation::State s)
{
    switch (s) {
    case OutboxOperation::State::Pending: return QStringLiteral("pending");
    case OutboxOperation::State::Done: return QStringLiteral("done");
    case OutboxOperation::State::Conflict: return QStringLiteral("conflict");
    case OutboxOperation::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

OutboxOperation::State stateFrom(const QString &key)
{
    if (key == QLatin1String("done"))
        return OutboxOperation::State::Done;
    if (key == QLatin1String("conflict"))
        return OutboxOperation::State::Conflict;
    if (key == QLatin1String("failed"))
        return OutboxOperation::State::Failed;
    return OutboxOperation::State::Pending;
}

Error ioError(const QSqlError &e)
{
    return Error{Error::Code::Io, Outbox::tr("The offline outbox on this computer cannot be written: %1").arg(e.text())};
}

/** Marks a replay that found its key already applied: not an error, a skip. */
const QString kAlreadyApplied = QStringLiteral("already-applied");
} // namespace

QJsonObject Outbox::incidentToJson(const Incident &i)
{
    QJsonArray actions;
    for (const PreventiveAction &a : i.actions)
        actions.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("description"), a.description},
                                   {QStringLiteral("owner"), a.owner},
                                   {QStringLiteral("due"), a.dueDate.toString(Qt::ISODate)},
                                   {QStringLiteral("done"), a.done}});
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("reference"), i.reference},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("impactSummary"), i.impactSummary},
            {QStringLiteral("userJourneys"), i.userJourneys},
            {QStringLiteral("workaround"), i.workaround},
            {QStringLiteral("services"), QJsonArray::fromStringList(i.serviceKeys)},
            {QStringLiteral("impact"), toKey(i.impact)},
            {QStringLiteral("state"), toKey(i.state)},
            {QStringLiteral("owner"), i.owner},
            {QStringLiteral("cadence"), i.cadenceMinutes},
            {QStringLiteral("rootCause"), i.rootCause},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("version"), i.version}};
}

Incident Outbox::incidentFromJson(const QJsonObject &o)
{
    Incident i;
    i.id = o.value(QStringLiteral("id")).toInteger();
    i.reference = o.value(QStringLiteral("reference")).toString();
    i.title = o.value(QStringLiteral("title")).toString();
    i.description = o.value(QStringLiteral("description")).toString();
    i.impactSummary = o.value(QStringLiteral("impactSummary")).toString();
    i.userJourneys = o.value(QStringLiteral("userJourneys")).toString();
    i.workaround = o.value(QStringLiteral("workaround")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("services")).toArray())
        i.serviceKeys << v.toString();
    i.impact = fromKey<ImpactLevel>(o.value(QStringLiteral("impact")).toString()).value_or(ImpactLevel::Minor);
    i.state = fromKey<IncidentState>(o.value(QStringLiteral("state")).toString()).value_or(IncidentState::Reported);
    i.owner = o.value(QStringLiteral("owner")).toString();
    i.cadenceMinutes = o.value(QStringLiteral("cadence")).toInt(24 * 60);
    i.rootCause = o.value(QStringLiteral("rootCause")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        i.actions.append({a.value(QStringLiteral("id")).toInteger(), a.value(QStringLiteral("description")).toString(),
                          a.value(QStringLiteral("owner")).toString(),
                          QDate::fromString(a.value(QStringLiteral("due")).toString(), Qt::ISODate),
                          a.value(QStringLiteral("done")).toBool()});
    }
    i.version = o.value(QStringLiteral("version")).toInt();
    return i;
}

Outbox::Outbox(QString connectionName) : m_connection(std::move(connectionName)) {}

Outbox::~Outbox()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox.sqlite");
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error{Error::Code::Io, tr("Cannot create the folder for the offline outbox: %1").arg(file)};
    static QAtomicInt counter;
    const QString name = QStringLiteral("desk-outbox-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Outbox> outbox(new Outbox(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    if (!db.open())
        return ioError(db.lastError());
    QSqlQuery q(db);
    for (const char *statement :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000",
          "CREATE TABLE IF NOT EXISTS operations (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, "
          "kind TEXT NOT NULL, payload TEXT NOT NULL, created_at INTEGER NOT NULL, "
          "state TEXT NOT NULL DEFAULT 'pending', message TEXT NOT NULL DEFAULT '')"}) {
        if (!q.exec(QString::fromLatin1(statement)))
            return ioError(q.lastError());
    }
    return outbox;
}

Result<OutboxOperation> Outbox::enqueue(const QString &kind, const QJsonObject &payload)
{
    OutboxOperation op;
    op.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.kind = kind;
    op.payload = payload;
    op.createdAt = Clock::now();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO operations (key, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(op.key);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(toMs(op.createdAt));
    if (!q.exec())
        return ioError(q.lastError());
    op.seq = q.lastInsertId().toLongLong();
    return op;
}

Result<OutboxOperation> Outbox::saveIncident(const Incident &incident, const Incident &base)
{
    return enqueue(QStringLiteral("incident.save"),
                   {{QStringLiteral("incident"), incidentToJson(incident)}, {QStringLiteral("base"), incidentToJson(base)}});
}

Result<OutboxOperation> Outbox::linkReport(Id reportId, Id incidentId, int expectedVersion)
{
    return enqueue(QStringLiteral("report.link"), {{QStringLiteral("report"), reportId},
                                                   {QStringLiteral("incident"), incidentId},
                                                   {QStringLiteral("version"), expectedVersion}});
}

Result<OutboxOperation> Outbox::markNotIncident(Id reportId, int expectedVersion)
{
    return enqueue(QStringLiteral("report.not_incident"),
                   {{QStringLiteral("report"), reportId}, {QStringLiteral("version"), expectedVersion}});
}

Result<QList<OutboxOperation>> Outbox::operations(bool openOnly) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT seq, key, kind, payload, created_at, state, message FROM operations ")
                + (openOnly ? QStringLiteral("WHERE state IN ('pending', 'conflict') ") : QString())
                + QStringLiteral("ORDER BY seq")))
        return ioError(q.lastError());
    QList<OutboxOperation> out;
    while (q.next()) {
        OutboxOperation op;
        op.seq = q.value(0).toLongLong();
        op.key = q.value(1).toString();
        op.kind = q.value(2).toString();
        op.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        op.createdAt = fromMs(q.value(4).toLongLong());
        op.state = stateFrom(q.value(5).toString());
        op.message = q.value(6).toString();
        out.append(op);
    }
    return out;
}

Result<int> Outbox::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM operations WHERE state = 'pending'")) || !q.next())
        return ioError(q.lastError());
    return q.value(0).toInt();
}

Status Outbox::mark(qint64 seq, OutboxOperation::State state, const QString &message)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE operations SET state = ?, message = ? WHERE seq = ?"));
    q.addBindValue(stateKey(state));
    q.addBindValue(message.isNull() ? QStringLiteral("") : message); // a null string would bind as NULL
    q.addBindValue(seq);
    if (!q.exec())
        return ioError(q.lastError());
    return {};
}

Status Outbox::resolve(qint64 seq)
{
    return mark(seq, OutboxOperation::State::Done, tr("resolved by the user"));
}

Status Outbox::apply(Database &db, const User &actor, const OutboxOperation &op)
{
    return db.transaction([&]() -> Status {
        auto seen = db.scalar(QStringLiteral("SELECT 1 FROM applied_operations WHERE key = ?"), {op.key});
        if (!seen.ok())
            return seen.error();
        if (seen.value().isValid())
            return Error::invalid(kAlreadyApplied);
        Status done;
        const QJsonObject &p = op.payload;
        if (op.kind == QLatin1String("incident.save")) {
            auto saved = IncidentRepository(db, actor).save(incidentFromJson(p.value(QStringLiteral("incident")).toObject()));
            if (!saved.ok())
                done = saved.error();
        } else if (op.kind == QLatin1String("report.link")) {
            auto linked = ReportRepository(db, actor)
                              .linkToIncident(p.value(QStringLiteral("report")).toInteger(),
                                              p.value(QStringLiteral("incident")).toInteger(),
                                              p.value(QStringLiteral("version")).toInt());
            if (!linked.ok())
                done = linked.error();
        } else if (op.kind == QLatin1String("report.not_incident")) {
            auto marked = ReportRepository(db, actor)
                              .markNotIncident(p.value(QStringLiteral("report")).toInteger(),
                                               p.value(QStringLiteral("version")).toInt());
            if (!marked.ok())
                done = marked.error();
        } else {
            done = Error::invalid(tr("Unknown operation '%1' in the outbox.").arg(op.kind));
        }
        if (!done.ok())
            return done;
        auto recorded = db.exec(QStringLiteral("INSERT INTO applied_operations (key, applied_at, actor) VALUES (?, ?, ?)"),
                                {op.key, Clock::nowMs(), actor.name});
        if (!recorded.ok())
            return recorded.error();
        return {};
    });
}

Result<Outbox::Replay> Outbox::replay(Database &db, const User &actor)
{
    auto pending = operations(true);
    if (!pending.ok())
        return pending.error();
    Replay result;
    // An incident saved twice offline: the second save started from the version the first one
    // produces, which is known only now.
    QHash<Id, QPair<int, int>> produced; // incident → (version edited from, version now)
    for (OutboxOperation op : pending.value()) {
        if (op.state != OutboxOperation::State::Pending)
            continue;
        if (op.kind == QLatin1String("incident.save")) {
            QJsonObject incident = op.payload.value(QStringLiteral("incident")).toObject();
            const Id id = incident.value(QStringLiteral("id")).toInteger();
            const auto earlier = produced.constFind(id);
            if (earlier != produced.constEnd() && incident.value(QStringLiteral("version")).toInt() == earlier->first)
                incident.insert(QStringLiteral("version"), earlier->second);
            op.payload.insert(QStringLiteral("incident"), incident);
        }
        const Status applied = apply(db, actor, op);
        if (applied.ok() || applied.errorString() == kAlreadyApplied) {
            applied.ok() ? ++result.applied : ++result.alreadyApplied;
            if (op.kind == QLatin1String("incident.save") && applied.ok()) {
                const QJsonObject incident = op.payload.value(QStringLiteral("incident")).toObject();
                auto now = IncidentRepository(db, actor).get(incident.value(QStringLiteral("id")).toInteger());
                if (now.ok()) {
                    const int from = op.payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("version")).toInt();
                    produced.insert(now->id, {from, now->version});
                }
            }
            if (Status s = mark(op.seq, OutboxOperation::State::Done, {}); !s.ok())
                return s.error();
            continue;
        }
        if (applied.error().code == Error::Code::Unavailable || applied.error().code == Error::Code::Database) {
            if (!db.isAlive())
                return applied.error(); // the connection went again: stop, keep the rest in order
        }
        const bool conflict = applied.error().code == Error::Code::Conflict;
        conflict ? ++result.conflicts : ++result.failed;
        if (Status s = mark(op.seq, conflict ? OutboxOperation::State::Conflict : OutboxOperation::State::Failed,
                            applied.errorString());
            !s.ok())
            return s.error();
    }
    return result;
}

} // namespace desk
