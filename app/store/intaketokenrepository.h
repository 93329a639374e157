// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>


namespace desk {

class Database;

/** A token a web form or another sender presents to the service; the secret itself is not kept. */
struct IntakeToken
{
    Id id = 0;
    QString name;
    QStringList allowedOrigins; // for a public browser form: where it may be posted from
    QString createdBy;
    QDateTime createdAt;
    QDateTime revokedAt;
    QDateTime lastUsedAt;
};

/**
 * Intake tokens (only their SHA-256 is stored).
 * Administrators add, list and revoke tokens; the service checks them. On PostgreSQL the
 * database enforces that (008_intake.sql): nobody reads the hashes.
 */
class IntakeTokenRepository final
{
    Q_DECLARE_TR_FUNCTIONS(desk::IntakeTokenRepository)

public:
    IntakeTokenRepository(Database &db, User actor);

    struct Issued
    {
        IntakeToken token;
        QString secret; // shown once, to be put in the form or the sender's configuration
    };
    Result<Issued> add(const QString &name, const QStringList &allowedOrigins);
    Result<QList<IntakeToken>> list() const;
    Status revoke(const QString &name);
    /** The valid token with this secret (its use noted), or NotFound. */
    Result<IntakeToken> check(const QString &secret);

    static QString sha256(const QString &secret);

private:
    Database &m_db;
    User m_actor;
};

} // namespace desk
