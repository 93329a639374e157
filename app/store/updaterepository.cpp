// SPDX-License-Identifier: GPL-3.0-or-later
#include "updaterepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"
#include "publicationrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace desk {

namespace {
const QString kSelect = QStringLiteral("SELECT id, incident_id, kind, status, author, approver, review_comment, "
                                       "created_at, submitted_at, decided_at, published_at, version FROM updates ");

Update updateFrom(const QSqlQuery &q)
{
    Update u;
    u.id = q.value(0).toLongLong();
    u.incidentId = q.value(1).toLongLong();
    u.kind = fromKey<UpdateKind>(q.value(2).toString()).value_or(UpdateKind::Progress);
    u.status = fromKey<UpdateStatus>(q.value(3).toString()).value_or(UpdateStatus::Draft);
    u.author = q.value(4).toString();
    u.approver = q.value(5).toString();
    u.reviewComment = q.value(6).toString();
    u.createdAt = fromMs(q.value(7).toLongLong());
    u.submittedAt = fromMs(q.value(8).toLongLong());
    u.decidedAt = fromMs(q.value(9).toLongLong());
    u.publishedAt = fromMs(q.value(10).toLongLong());
    u.version = q.value(11).toInt();
    return u;
}

const char *actionName(UpdateWorkflow::Action a)
{
    using A = UpdateWorkflow::Action;
    switch (a) {
    case A::Edit:
        return "update.edit";
    case A::Submit:
        return "update.submit";
    case A::Withdraw:
        return "update.withdraw";
    case A::Approve:
        return "update.approve";
    case A::RequestChanges:
        return "update.request_changes";
    case A::Publish:
        return "update.publish";
    case A::Delete:
        return "update.delete";
    }
    return "update";
}
} // namespace

UpdateRepository::UpdateRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Status UpdateRepository::writeBodies(Id id, const UpdateBodies &bodies)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM update_bodies WHERE update_id = ?"), {id}); !r.ok())
        return r.error();
    for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO update_bodies (update_id, language, body) VALUES (?, ?, ?)"),
                           {id, toKey(it.key()), it.value()});
        if (!r.ok())
            return r.error();
    }
    return {};
}

Result<UpdateWithBodies> UpdateRepository::createDraft(Id incidentId, UpdateKind kind, const UpdateBodies &bodies)
{
    if (bodies.isEmpty())
        return Error::invalid(tr("An update needs a text in at least one language."));
    Id id = 0;
    Status done = m_db.transaction([&]() -> Status {
        const qint64 now = Clock::nowMs();
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, created_at, "
                                                   "updated_at) VALUES (?, ?, 'draft', ?, ?, ?) RETURNING id"),
                                    {incidentId, toKey(kind), m_actor.name, now, now});
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value().toLongLong();
        if (Status s = writeBodies(id, bodies); !s.ok())
            return s;
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("update.create"), QStringLiteral("update"), id, {},
                                     QJsonObject{{QStringLiteral("incident"), incidentId},
                                                 {QStringLiteral("kind"), toKey(kind)}});
    });
    if (!done.ok())
        return done.error();
    return get(id);
}

Result<UpdateWithBodies> UpdateRepository::get(Id id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Update %1 does not exist.").arg(id));
    UpdateWithBodies out{updateFrom(q.value()), {}};
    auto bodies = m_db.exec(QStringLiteral("SELECT language, body FROM update_bodies WHERE update_id = ?"), {id});
    if (!bodies.ok())
        return bodies.error();
    while (bodies.value().next()) {
        if (auto lang = fromKey<Language>(bodies.value().value(0).toString()))
            out.bodies.insert(*lang, bodies.value().value(1).toString());
    }
    return out;
}

Result<QList<Update>> UpdateRepository::forIncident(Id incidentId) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE incident_id = ? ORDER BY created_at, id"), {incidentId});
    if (!q.ok())
        return q.error();
    QList<Update> out;
    while (q.value().next())
        out.append(updateFrom(q.value()));
    return out;
}

Result<QList<Update>> UpdateRepository::pendingApproval() const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE status = 'submitted' ORDER BY submitted_at"));
    if (!q.ok())
        return q.error();
    QList<Update> out;
    while (q.value().next())
        out.append(updateFrom(q.value()));
    return out;
}

Result<QList<Update>> UpdateRepository::withStatus(const QList<UpdateStatus> &statuses) const
{
    QStringList marks;
    QVariantList values;
    for (UpdateStatus st : statuses) {
        marks << QStringLiteral("?");
        values << toKey(st);
    }
    if (marks.isEmpty())
        return QList<Update>{};
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE status IN (") + marks.join(u',')
                           + QStringLiteral(") ORDER BY coalesce(submitted_at, created_at), id"),
                       values);
    if (!q.ok())
        return q.error();
    QList<Update> out;
    while (q.value().next())
        out.append(updateFrom(q.value()));
    return out;
}

Result<std::optional<UpdateWithBodies>> UpdateRepository::lastPublished(Id incidentId, Id excluding) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM updates WHERE incident_id = ? AND status = 'published' "
                                         "AND id <> ? ORDER BY published_at DESC, id DESC LIMIT 1"),
                          {incidentId, excluding});
    if (!id.ok())
        return id.error();
    if (!id.value().isValid())
        return std::optional<UpdateWithBodies>();
    auto full = get(id.value().toLongLong());
    if (!full.ok())
        return full.error();
    return std::optional<UpdateWithBodies>(full.value());
}

Status UpdateRepository::discard(Id id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = get(id);
        if (!current.ok())
            return current.error();
        if (Status allowed = UpdateWorkflow::check(m_actor, current->update, UpdateWorkflow::Action::Delete);
            !allowed.ok())
            return allowed;
        if (current->update.version != expectedVersion)
            return Error::conflict(tr("This update was changed elsewhere since you opened it; reload it."));
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM update_bodies WHERE update_id = ?"), {id}); !r.ok())
            return r.error();
        auto r = m_db.exec(QStringLiteral("DELETE FROM updates WHERE id = ? AND version = ?"), {id, expectedVersion});
        if (!r.ok())
            return r.error();
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("update.delete"), QStringLiteral("update"), id);
    });
}

Result<UpdateWithBodies> UpdateRepository::edit(Id id, const UpdateBodies &bodies, int expectedVersion)
{
    if (bodies.isEmpty())
        return Error::invalid(tr("An update needs a text in at least one language."));
    Status done = m_db.transaction([&]() -> Status {
        auto current = get(id);
        if (!current.ok())
            return current.error();
        if (Status allowed = UpdateWorkflow::check(m_actor, current->update, UpdateWorkflow::Action::Edit);
            !allowed.ok())
            return allowed;
        const UpdateStatus next = UpdateWorkflow::targetStatus(current->update.status, UpdateWorkflow::Action::Edit);
        auto q = m_db.exec(QStringLiteral("UPDATE updates SET status = ?, updated_at = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"),
                           {toKey(next), Clock::nowMs(), id, expectedVersion});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This update was changed elsewhere since you opened it; your text is kept, "
                                      "compare it with theirs."));
        if (Status s = writeBodies(id, bodies); !s.ok())
            return s;
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("update.edit"), QStringLiteral("update"), id);
    });
    if (!done.ok())
        return done.error();
    return get(id);
}

Result<UpdateWithBodies> UpdateRepository::step(Id id, int expectedVersion, UpdateWorkflow::Action action,
                                                const QString &comment)
{
    using A = UpdateWorkflow::Action;
    Status done = m_db.transaction([&]() -> Status {
        auto current = get(id);
        if (!current.ok())
            return current.error();
        if (Status allowed = UpdateWorkflow::check(m_actor, current->update, action); !allowed.ok())
            return allowed;
        if (current->update.version != expectedVersion)
            return Error::conflict(tr("This update was changed elsewhere since you opened it; reload it."));
        const UpdateStatus next = UpdateWorkflow::targetStatus(current->update.status, action);
        const qint64 now = Clock::nowMs();
        QString sql = QStringLiteral("UPDATE updates SET status = ?, updated_at = ?, version = version + 1");
        QVariantList values{toKey(next), now};
        switch (action) {
        case A::Submit:
            sql += QStringLiteral(", submitted_at = ?");
            values << now;
            break;
        case A::Approve:
        case A::RequestChanges:
            sql += QStringLiteral(", approver = ?, decided_at = ?, review_comment = ?");
            values << m_actor.name << now << comment;
            break;
        case A::Publish:
            // What it announces: the incident's state now, a resolution "resolved" even when the state
            // moves after it (on PostgreSQL a trigger makes sure).
            sql += QStringLiteral(", published_at = ?, announced_state = CASE WHEN kind = 'resolution' THEN 'resolved' "
                                  "ELSE (SELECT i.state FROM incidents i WHERE i.id = updates.incident_id) END");
            values << now;
            break;
        default:
            break;
        }
        sql += QStringLiteral(" WHERE id = ? AND version = ?");
        values << id << expectedVersion;
        auto q = m_db.exec(sql, values);
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::conflict(tr("This update was changed elsewhere since you opened it; reload it."));
        if (action == A::Publish) {
            // Not an edit of the incident: its version stays, so nobody's open editor conflicts.
            auto inc = m_db.exec(QStringLiteral("UPDATE incidents SET last_published_at = ?, updated_at = ? "
                                                "WHERE id = ?"),
                                 {now, now, current->update.incidentId});
            if (!inc.ok())
                return inc.error();
            auto jobs = PublicationRepository(m_db, m_actor).createJobs(id);
            if (!jobs.ok())
                return jobs.error();
        }
        QJsonObject after{{QStringLiteral("status"), toKey(next)}};
        if (!comment.isEmpty())
            after.insert(QStringLiteral("comment"), comment);
        return AuditLog(m_db).append(m_actor.name, QString::fromLatin1(actionName(action)), QStringLiteral("update"),
                                     id, QJsonObject{{QStringLiteral("status"), toKey(current->update.status)}}, after);
    });
    if (!done.ok())
        return done.error();
    return get(id);
}

Result<UpdateWithBodies> UpdateRepository::submit(Id id, int v)
{
    return step(id, v, UpdateWorkflow::Action::Submit);
}

Result<UpdateWithBodies> UpdateRepository::withdraw(Id id, int v)
{
    return step(id, v, UpdateWorkflow::Action::Withdraw);
}

Result<UpdateWithBodies> UpdateRepository::approve(Id id, int v)
{
    return step(id, v, UpdateWorkflow::Action::Approve);
}

Result<UpdateWithBodies> UpdateRepository::requestChanges(Id id, const QString &comment, int v)
{
    if (comment.trimmed().isEmpty())
        return Error::invalid(tr("Say what should change, so the author knows what to do."));
    return step(id, v, UpdateWorkflow::Action::RequestChanges, comment.trimmed());
}

Result<UpdateWithBodies> UpdateRepository::publish(Id id, int v)
{
    return step(id, v, UpdateWorkflow::Action::Publish);
}

Result<qint64> UpdateRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM updates"));
    if (!n.ok())
        return n.error();
    return n.value().toLongLong();
}

} // namespace desk
