// SPDX-License-Identifier: GPL-3.0-or-later
// The real incident-desk-service for a test: its own database login on PostgreSQL (a member of
// desk_intake, desk_publisher and desk_mailer, the password handed over as a systemd credential), a free loopback port, config
// files in a temporary folder, the process started and waited for.
#pragma once

#include "storetestsupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace desk::test {

class ServiceFixture
{
public:
    /** Prepares the login and the environment for `t`; false (with a QTest failure) when it cannot. */
    bool setUp(TestDatabase &t);
    /** Drops the login. */
    void tearDown();

    /**
     * A configuration for the test database; `http` and `intake` lines go at the end of their
     * sections, `sections` after them. It listens on `port`, or the fixture's port when 0.
     */
    QString writeConfig(const QString &name, const QString &http = {}, const QString &intake = {}, quint16 port = 0,
                        const QString &sections = {}) const;
    /** Starts the binary (DESK_SERVICE) with `config`; the caller owns the process. */
    QProcess *start(const QString &config, QObject *parent) const { return start(config, m_env, parent); }
    QProcess *start(const QString &config, const QProcessEnvironment &env, QObject *parent) const;
    /** Waits for the "listening on" line; false (with the log in `log`) when it exits first. */
    static bool waitListening(QProcess *service, QByteArray *log);
    /** A new intake token (an administrator's), its secret. */
    QByteArray issueToken(const QString &name, const QStringList &origins = {}) const;

    QString binary() const { return m_service; }
    QProcessEnvironment environment() const { return m_env; }
    quint16 port() const { return m_port; }
    QString login() const { return m_login; }
    QString databaseText() const { return m_databaseUrl; }
    QString dir() const { return m_dir.path(); }

private:
    TestDatabase *m_t = nullptr;
    QTemporaryDir m_dir;
    QString m_service;
    QString m_databaseUrl; // as the config writes it: no password
    QString m_login;       // PostgreSQL: the service's own role, a member of desk_intake
    QProcessEnvironment m_env;
    quint16 m_port = 0;
};

} // namespace desk::test
