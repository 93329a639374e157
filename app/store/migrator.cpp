// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "core/clock.h"
#include "core/logging.h"
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void initSchemaResources()
{
    Q_INIT_RESOURCE(schema);
}

namespace desk {

Migrator::Migrator(Database &db) : m_db(db)
{
    initSchemaResources();
}

QList<Migration> Migrator::available() const
{
    const QString folder = m_db.isPostgres() ? QStringLiteral(":/schema/postgres") : QStringLiteral(":/schema/sqlite");
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(folder + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

Status Migrator::ensureTable()
{
    auto r = m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    if (!r.ok())
        return r.error();
    return {};
}

Result<SchemaStatus> Migrator::status() const
{
    SchemaStatus status;
    status.pending = available();
    status.latest = status.pending.isEmpty() ? 0 : status.pending.last().version;
    const QString probe = m_db.isPostgres()
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations' "
                         "AND table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    auto exists = m_db.scalar(probe);
    if (!exists.ok())
        return exists.error();
    if (exists.value().toInt() == 0)
        return status;
    auto current = m_db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!current.ok())
        return current.error();
    status.current = current.value().toInt();
    status.pending.erase(std::remove_if(status.pending.begin(), status.pending.end(),
                                        [&](const Migration &m) { return m.version <= status.current; }),
                         status.pending.end());
    return status;
}

Result<int> Migrator::migrate()
{
    auto before = status();
    if (!before.ok())
        return before.error();
    if (before->current > before->latest) {
        return Error{Error::Code::SchemaTooNew,
                     tr("This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). "
                        "Install the newer version of Incident Desk to use it.")
                         .arg(before->current)
                         .arg(before->latest)};
    }
    if (before->pending.isEmpty())
        return 0;
    int applied = 0;
    for (const Migration &m : before->pending) {
        bool skipped = false;
        Status step = m_db.transaction([&]() -> Status {
            // Two workstations migrating at once: one waits for the other, then finds the step done.
            if (m_db.isPostgres()) {
                if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7400002)")); !locked.ok())
                    return locked.error();
            }
            if (Status s = ensureTable(); !s.ok())
                return s;
            auto done = m_db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"),
                                    {m.version});
            if (!done.ok())
                return done.error();
            if (done.value().toInt() > 0) {
                skipped = true;
                return {};
            }
            if (Status s = m_db.execScript(m.sql); !s.ok())
                return Error::database(tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, s.errorString()));
            auto r = m_db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                               {m.version, m.name, Clock::nowMs()});
            if (!r.ok())
                return r.error();
            return {};
        });
        if (!step.ok())
            return step.error();
        if (skipped)
            continue;
        qCInfo(lcStore) << "applied migration" << m.version << m.name;
        ++applied;
    }
    return applied;
}

} // namespace desk
