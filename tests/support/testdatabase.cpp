// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "store/migrator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

namespace desk::test {

Engine engineUnderTest()
{
    return qEnvironmentVariable("DESK_TEST_ENGINE") == QLatin1String("postgres") ? Engine::Postgres : Engine::Sqlite;
}

QString engineName()
{
    return engineUnderTest() == Engine::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString postgresAdminUrl()
{
    if (qEnvironmentVariableIsSet("DESK_TEST_PG_URL"))
        return qEnvironmentVariable("DESK_TEST_PG_URL");
    QFile env(qEnvironmentVariable("DESK_TEST_PG_ENV"));
    if (env.fileName().isEmpty() || !env.open(QIODevice::ReadOnly))
        return {};
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        if (line.startsWith(QLatin1String("DESK_TEST_PG_URL=")))
            return line.mid(17);
    }
    return {};
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile env(path);
    if (path.isEmpty() || !env.open(QIODevice::ReadOnly))
        return values;
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        if (line.contains(u'='))
            values.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return values;
}

QString davTestValue(const QString &key)
{
    return readEnvFile(qEnvironmentVariable("DESK_TEST_DAV_ENV")).value(key);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        auto admin = DatabaseUrl::parse(postgresAdminUrl());
        if (admin.ok()) {
            auto db = Database::open(admin.value());
            if (db.ok())
                (void)db.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        }
    }
}

bool TestDatabase::create(Engine engine, QString *error, bool migrate)
{
    if (engine == Engine::Sqlite) {
        m_url.engine = Engine::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("desk.db"));
    } else {
        auto admin = DatabaseUrl::parse(postgresAdminUrl());
        if (!admin.ok()) {
            *error = admin.errorString();
            return false;
        }
        m_pgName = QStringLiteral("desk_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        {
            auto db = Database::open(admin.value());
            if (!db.ok()) {
                *error = db.errorString();
                return false;
            }
            if (auto r = db.value()->exec(QStringLiteral("CREATE DATABASE ") + m_pgName); !r.ok()) {
                *error = r.errorString();
                return false;
            }
        }
        m_url = admin.value();
        m_url.database = m_pgName;
    }
    auto db = Database::open(m_url);
    if (!db.ok()) {
        *error = db.errorString();
        return false;
    }
    m_db = std::move(db).value();
    if (migrate) {
        auto applied = Migrator(*m_db).migrate();
        if (!applied.ok()) {
            *error = applied.errorString();
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> TestDatabase::connectAgain() const
{
    auto db = Database::open(m_url);
    return db.ok() ? std::move(db).value() : nullptr;
}

std::unique_ptr<Database> TestDatabase::connectAs(const QString &role, const QString &password, QString *error) const
{
    DatabaseUrl url = m_url;
    url.user = role;
    url.password = password;
    auto db = Database::open(url);
    if (!db.ok()) {
        if (error)
            *error = db.errorString();
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace desk::test
