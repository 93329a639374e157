// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace desk::test {

/** Which engine a storage test runs on: $DESK_TEST_ENGINE, "sqlite" (default) or "postgres". */
Engine engineUnderTest();
QString engineName();

/** The throwaway server's superuser URL from tests/pg-start.sh, or empty when none runs. */
QString postgresAdminUrl();
/** True under CI=true, where a missing PostgreSQL must fail, not skip. */
bool postgresRequired();
/** A value (DESK_TEST_DAV_URL, DESK_TEST_DAV_DIR) from tests/nginx-start.sh's file; empty when no nginx runs. */
QString davTestValue(const QString &key);
/** The KEY=VALUE lines a test server's start script wrote (the tests/…-start.sh scripts); empty when there is no such file. */
QHash<QString, QString> readEnvFile(const QString &path);

/**
 * A fresh, migrated database for one test: a file in a temporary folder on SQLite, a new
 * database on the throwaway server on PostgreSQL (dropped afterwards).
 */
class TestDatabase final
{
public:
    TestDatabase() = default;
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    /** Creates the database; on failure `error` says why. */
    bool create(Engine engine, QString *error, bool migrate = true);
    Database &db() { return *m_db; }
    const DatabaseUrl &url() const { return m_url; }
    /** A second, independent connection (another workstation). */
    std::unique_ptr<Database> connectAgain() const;
    /** PostgreSQL: a connection to the same database as `role` with `password`. */
    std::unique_ptr<Database> connectAs(const QString &role, const QString &password, QString *error = nullptr) const;
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
    std::unique_ptr<Database> m_db;
};

} // namespace desk::test

/** Opens a fresh database for the engine under test, or skips / fails as the environment demands. */
#define DESK_OPEN_TEST_DATABASE(holder)                                                                             \
    do {                                                                                                            \
        QString why_;                                                                                               \
        if (desk::test::engineUnderTest() == desk::Engine::Postgres && desk::test::postgresAdminUrl().isEmpty()) { \
            if (desk::test::postgresRequired())                                                                     \
                QFAIL("CI=true but no PostgreSQL test server is running (tests/pg-start.sh failed)");             \
            QSKIP("no PostgreSQL test server (tests/pg-start.sh); install postgresql to run these");               \
        }                                                                                                           \
        if (!(holder).create(desk::test::engineUnderTest(), &why_))                                                 \
            QFAIL(qPrintable(why_));                                                                                \
    } while (false)
