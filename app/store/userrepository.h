// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "domain/result.h"

namespace desk {

class Database;

/**
 * People who work in the desk. On PostgreSQL each is a login role in one of the group roles
 * desk_agent, desk_lead, desk_admin; on SQLite the password is an Argon2id hash in `users`.
 */
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(desk::UserRepository)

public:
    explicit UserRepository(Database &db);

    /** Creates the user (and on PostgreSQL the login role). `actor` is recorded in the audit log. */
    Result<User> add(const QString &name, const QString &displayName, Role role, const QString &password,
                     const QString &actor);
    /** Where the service writes to this person (the cadence watch); empty for nowhere. Admins only on PostgreSQL. */
    Result<User> setEmail(const QString &name, const QString &email, const QString &actor);
    Result<User> find(const QString &name) const;
    Result<QList<User>> list() const;
    Result<int> count() const;
    /** PostgreSQL: acts as `name` (SET ROLE), or as oneself again with an empty name; nothing on SQLite. */
    Status actAs(const QString &name);
    /** PostgreSQL: lets `member` act as `role` (GRANT); nothing on SQLite. */
    Status grantRole(const QString &role, const QString &member);

    /** SQLite: checks the password. The error does not say which of name or password was wrong. */
    Result<User> authenticate(const QString &name, const QString &password) const;
    /** PostgreSQL: the user behind the connection's login role, with the role its memberships give. */
    Result<User> current() const;

    static bool isValidName(const QString &name);

private:
    Database &m_db;
};

} // namespace desk
