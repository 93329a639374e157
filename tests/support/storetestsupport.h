// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the storage tests: people and their workstations on either engine.
#pragma once

#include "store/dbworker.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

namespace desk::test {

inline const QString kPassword = QStringLiteral("secret-password");

inline User makeUser(TestDatabase &t, const QString &name, Role role)
{
    auto user = UserRepository(t.db()).add(name, name, role, kPassword, QStringLiteral("test"));
    if (!user.ok())
        qFatal("cannot create user %s: %s", qPrintable(name), qPrintable(user.errorString()));
    return user.value();
}

/** A connection as `user` would have it: their own login role on PostgreSQL. */
inline std::unique_ptr<Database> workstation(TestDatabase &t, const User &user)
{
    if (t.db().isPostgres()) {
        QString error;
        auto db = t.connectAs(user.name, kPassword, &error);
        if (!db)
            qFatal("cannot log in as %s: %s", qPrintable(user.name), qPrintable(error));
        return db;
    }
    return t.connectAgain();
}

/** An update written by `agent`, approved and published by `lead`: its id (the test fails hard otherwise). */
inline Id publishUpdate(Database &agentDb, const User &agent, Database &leadDb, const User &lead, Id incident,
                        const QString &english, UpdateKind kind = UpdateKind::Progress)
{
    auto u = UpdateRepository(agentDb, agent).createDraft(incident, kind, {{Language::En, english}});
    u = UpdateRepository(agentDb, agent).submit(u->update.id, u->update.version);
    u = UpdateRepository(leadDb, lead).approve(u->update.id, u->update.version);
    u = UpdateRepository(leadDb, lead).publish(u->update.id, u->update.version);
    if (!u.ok())
        qFatal("cannot publish an update: %s", qPrintable(u.errorString()));
    return u->update.id;
}

/** A database worker connected as `user` would be (their own login on PostgreSQL); null when it cannot connect. */
inline std::unique_ptr<DbWorker> workerFor(TestDatabase &t, const User &user)
{
    DatabaseUrl url = t.url();
    if (url.engine == Engine::Postgres) {
        url.user = user.name;
        url.password = kPassword;
    }
    auto worker = std::make_unique<DbWorker>();
    QSignalSpy opened(worker.get(), &DbWorker::opened);
    worker->open(url);
    if (!opened.wait(10000) || !opened.first().first().toBool())
        return nullptr;
    return worker;
}

/**
 * PostgreSQL: the server refuses new connections to the test database and drops those of
 * `login`, as when the network or the server goes away. Connections come back when the returned
 * object goes. Empty (the test has failed) when the administrator's commands were refused.
 */
class ServerCutOff
{
public:
    ServerCutOff(TestDatabase &t, const QString &login)
    {
        DatabaseUrl serverUrl = t.url();
        serverUrl.database = QStringLiteral("postgres"); // a database cannot refuse connections to itself
        auto server = Database::open(serverUrl);
        if (!server.ok())
            return;
        m_server = std::move(server).value();
        m_database = t.url().database;
        m_ok = m_server->exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(m_database)).ok()
               && m_server->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                "WHERE usename = ? AND datname = ?"),
                                 {login, m_database})
                      .ok();
    }
    ~ServerCutOff()
    {
        if (m_server)
            (void)m_server->exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(m_database));
    }
    ServerCutOff(const ServerCutOff &) = delete;
    ServerCutOff &operator=(const ServerCutOff &) = delete;
    bool ok() const { return m_ok; }

private:
    std::unique_ptr<Database> m_server;
    QString m_database;
    bool m_ok = false;
};

} // namespace desk::test
