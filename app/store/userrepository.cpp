// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "auditlog.h"
#include "core/clock.h"
#include "core/passwordhash.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace desk {

namespace {
const QString kColumns = QStringLiteral("id, name, display_name, role, active, email");
constexpr int kColumnCount = 6; // what follows kColumns in a SELECT starts here

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = fromKey<Role>(q.value(3).toString()).value_or(Role::Agent);
    u.active = q.value(4).toBool();
    u.email = q.value(5).toString();
    return u;
}

QString groupRole(Role role)
{
    return QStringLiteral("desk_") + toKey(role);
}
} // namespace

UserRepository::UserRepository(Database &db) : m_db(db) {}

bool UserRepository::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{1,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("desk_"))
        && !name.startsWith(QLatin1String("pg_"));
}

Result<User> UserRepository::add(const QString &name, const QString &displayName, Role role, const QString &password,
                                 const QString &actor)
{
    if (!isValidName(name))
        return Error::invalid(tr("'%1' is not a valid user name: use 2 to 63 lowercase letters, digits, '.', '_' or "
                                 "'-', starting with a letter.")
                                  .arg(name));
    if (password.size() < 8)
        return Error::invalid(tr("The password must have at least 8 characters."));

    QString storedHash;
    if (!m_db.isPostgres()) {
        auto hashed = PasswordHash::hash(password);
        if (!hashed.ok())
            return hashed.error();
        storedHash = hashed.value();
    }

    Id id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), {name});
        if (!existing.ok())
            return existing.error();
        if (existing.value().toInt() > 0)
            return Error::conflict(tr("A user named '%1' already exists.").arg(name));

        if (m_db.isPostgres()) {
            // The password travels and is stored as a SCRAM verifier, never as text in a statement.
            const QByteArray user = name.toUtf8();
            const QByteArray pass = password.toUtf8();
            char *verifier = PQencryptPasswordConn(m_db.pgHandle(), pass.constData(), user.constData(),
                                                   "scram-sha-256");
            if (!verifier)
                return Error::database(QString::fromUtf8(PQerrorMessage(m_db.pgHandle())));
            const QString scram = QString::fromLatin1(verifier);
            PQfreemem(verifier);
            auto roleExists = m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
            if (!roleExists.ok())
                return roleExists.error();
            const QString verb = roleExists.value().toInt() > 0 ? QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L")
                                                                 : QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L");
            auto ddl = m_db.scalar(QStringLiteral("SELECT format('") + verb + QStringLiteral("', ?::text, ?::text)"),
                                   {name, scram});
            if (!ddl.ok())
                return ddl.error();
            if (auto r = m_db.exec(ddl.value().toString()); !r.ok())
                return r.error();
            auto grant = m_db.scalar(QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)"),
                                     {groupRole(role), name});
            if (!grant.ok())
                return grant.error();
            if (auto r = m_db.exec(grant.value().toString()); !r.ok())
                return r.error();
        }
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, created_at) "
                                                   "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                    {name, displayName.isEmpty() ? name : displayName, toKey(role),
                                     storedHash.isEmpty() ? QVariant() : QVariant(storedHash), Clock::nowMs()});
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value().toLongLong();
        return AuditLog(m_db).append(actor, QStringLiteral("user.add"), QStringLiteral("user"), id, {},
                                     QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), toKey(role)}});
    });
    if (!done.ok())
        return done.error();
    return User{id, name, displayName.isEmpty() ? name : displayName, role, true};
}

Result<User> UserRepository::setEmail(const QString &name, const QString &email, const QString &actor)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    const QString trimmed = email.trimmed();
    if (!trimmed.isEmpty() && (trimmed.size() > 254 || !address.match(trimmed).hasMatch()))
        return Error::invalid(tr("\"%1\" is not an e-mail address.").arg(trimmed.left(100)));
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE users SET email = ?, version = version + 1 WHERE name = ?"), {trimmed, name});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return Error::notFound(tr("There is no user %1.").arg(name));
        return AuditLog(m_db).append(actor, QStringLiteral("user.edit"), QStringLiteral("user"), 0, {},
                                     QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("email"), trimmed}});
    });
    if (!done.ok())
        return done.error();
    return find(name);
}

Result<User> UserRepository::find(const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE name = ?"), {name});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no user named '%1'.").arg(name));
    return userFrom(q.value());
}

Result<QList<User>> UserRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<User> out;
    while (q.value().next())
        out.append(userFrom(q.value()));
    return out;
}

Result<int> UserRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE active = ?"),
                         {m_db.isPostgres() ? QVariant(true) : QVariant(1)});
    if (!n.ok())
        return n.error();
    return n.value().toInt();
}

Result<User> UserRepository::authenticate(const QString &name, const QString &password) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", password_hash FROM users WHERE name = ?"),
                       {name});
    if (!q.ok())
        return q.error();
    const QString wrong = tr("The user name or the password is not right.");
    if (!q.value().next()) {
        (void)PasswordHash::verify(QString(), password); // same work whether or not the name exists
        return Error::forbidden(wrong);
    }
    User user = userFrom(q.value());
    if (!PasswordHash::verify(q.value().value(kColumnCount).toString(), password))
        return Error::forbidden(wrong);
    if (!user.active)
        return Error::forbidden(tr("The account '%1' is disabled. Ask an administrator.").arg(name));
    return user;
}

Result<User> UserRepository::current() const
{
    auto q = m_db.exec(QStringLiteral("SELECT current_user, pg_has_role(current_user, 'desk_admin', 'MEMBER'), "
                                      "pg_has_role(current_user, 'desk_lead', 'MEMBER'), "
                                      "pg_has_role(current_user, 'desk_agent', 'MEMBER'), "
                                      "(SELECT display_name FROM users WHERE name = current_user), "
                                      "(SELECT id FROM users WHERE name = current_user)"));
    if (!q.ok())
        return q.error();
    q.value().next();
    User u;
    u.name = q.value().value(0).toString();
    const bool admin = q.value().value(1).toBool();
    const bool lead = q.value().value(2).toBool();
    const bool agent = q.value().value(3).toBool();
    if (!admin && !lead && !agent)
        return Error::forbidden(tr("The database role '%1' is not an Incident Desk user. Ask an administrator to run "
                                   "'incident-desk-cli user add %1 --role agent'.")
                                    .arg(u.name));
    u.role = admin ? Role::Admin : (lead ? Role::Lead : Role::Agent);
    u.displayName = q.value().value(4).toString().isEmpty() ? u.name : q.value().value(4).toString();
    u.id = q.value().value(5).toLongLong();
    return u;
}

Status UserRepository::actAs(const QString &name)
{
    if (!m_db.isPostgres())
        return {};
    // Role names are identifiers: the server quotes them (format %I), never this program.
    auto statement = m_db.scalar(name.isEmpty() ? QStringLiteral("SELECT 'RESET ROLE'")
                                                : QStringLiteral("SELECT format('SET ROLE %I', ?::text)"),
                                 name.isEmpty() ? QVariantList{} : QVariantList{name});
    if (!statement.ok())
        return statement.error();
    auto done = m_db.exec(statement.value().toString());
    return done.ok() ? Status() : Status(done.error());
}

Status UserRepository::grantRole(const QString &role, const QString &member)
{
    if (!m_db.isPostgres())
        return {};
    auto grant = m_db.scalar(QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)"), {role, member});
    if (!grant.ok())
        return grant.error();
    auto done = m_db.exec(grant.value().toString());
    return done.ok() ? Status() : Status(done.error());
}

} // namespace desk
