// SPDX-License-Identifier: GPL-3.0-or-later
#include "intaketokenrepository.h"

#include "auditlog.h"

#include "core/clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace desk {

namespace {
IntakeToken tokenFrom(const QSqlQuery &q)
{
    IntakeToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.allowedOrigins = q.value(2).toString().split(u' ', Qt::SkipEmptyParts);
    t.createdBy = q.value(3).toString();
    t.createdAt = fromMs(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        t.revokedAt = fromMs(q.value(5).toLongLong());
    if (!q.value(6).isNull())
        t.lastUsedAt = fromMs(q.value(6).toLongLong());
    return t;
}

const QString kColumns = QStringLiteral("id, name, allowed_origins, created_by, created_at, revoked_at, last_used_at");
} // namespace

IntakeTokenRepository::IntakeTokenRepository(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

QString IntakeTokenRepository::sha256(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<IntakeTokenRepository::Issued> IntakeTokenRepository::add(const QString &name, const QStringList &allowedOrigins)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.size() > 100)
        return Error::invalid(tr("A token needs a name of 1 to 100 characters, e.g. \"website contact form\"."));
    for (const QString &origin : allowedOrigins) {
        const QUrl url(origin);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty() || !url.path().isEmpty())
            return Error::invalid(tr("“%1” is not an origin: write it as https://www.example.org").arg(origin));
    }
    if (!m_db.isPostgres() && m_actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator adds intake tokens."));
    QByteArray random(32, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    Issued issued;
    issued.secret = QStringLiteral("idk_") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString origins = allowedOrigins.join(u' ');
    const Status stored = m_db.transaction([&]() -> Status {
        auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM intake_tokens WHERE name = ?"), {clean});
        if (!taken.ok())
            return taken.error();
        if (taken.value().toInt() > 0)
            return Error::conflict(tr("There is a token named “%1” already.").arg(clean));
        auto q = m_db.isPostgres()
                     ? m_db.exec(QStringLiteral("INSERT INTO intake_tokens (name, token_sha256, allowed_origins) VALUES (?, ?, ?) "
                                                "RETURNING ") + kColumns,
                                 {clean, sha256(issued.secret), origins})
                     : m_db.exec(QStringLiteral("INSERT INTO intake_tokens (name, token_sha256, allowed_origins, created_by, "
                                                "created_at) VALUES (?, ?, ?, ?, ?) RETURNING ") + kColumns,
                                 {clean, sha256(issued.secret), origins, m_actor.name, Clock::nowMs()});
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return Error::database(tr("The token was not stored."));
        issued.token = tokenFrom(q.value());
        // On PostgreSQL the database writes this entry itself (017_intake_token_audit.sql).
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("intake.token_add"), QStringLiteral("intake_token"),
                                     issued.token.id, {},
                                     {{QStringLiteral("name"), clean}, {QStringLiteral("allowed_origins"), origins}});
    });
    if (!stored.ok())
        return stored.error();
    return issued;
}

Result<QList<IntakeToken>> IntakeTokenRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM intake_tokens ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<IntakeToken> out;
    while (q.value().next())
        out.append(tokenFrom(q.value()));
    return out;
}

Status IntakeTokenRepository::revoke(const QString &name)
{
    if (!m_db.isPostgres() && m_actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator revokes intake tokens."));
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE intake_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL "
                                          "RETURNING id"),
                           {Clock::nowMs(), name.trimmed()});
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return Error::notFound(tr("No token named “%1” is in use.").arg(name));
        return AuditLog(m_db).append(m_actor.name, QStringLiteral("intake.token_revoke"), QStringLiteral("intake_token"),
                                     q.value().value(0).toLongLong(), {}, {{QStringLiteral("name"), name.trimmed()}});
    });
}

Result<IntakeToken> IntakeTokenRepository::check(const QString &secret)
{
    if (!secret.startsWith(QLatin1String("idk_")) || secret.size() > 100)
        return Error::notFound(tr("Not an intake token."));
    auto q = m_db.isPostgres()
                 ? m_db.exec(QStringLiteral("SELECT id, name, allowed_origins FROM desk_intake_token(?)"), {sha256(secret)})
                 : m_db.exec(QStringLiteral("UPDATE intake_tokens SET last_used_at = ? WHERE token_sha256 = ? "
                                            "AND revoked_at IS NULL RETURNING id, name, allowed_origins"),
                             {Clock::nowMs(), sha256(secret)});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("The token is unknown or revoked."));
    IntakeToken t;
    t.id = q.value().value(0).toLongLong();
    t.name = q.value().value(1).toString();
    t.allowedOrigins = q.value().value(2).toString().split(u' ', Qt::SkipEmptyParts);
    return t;
}

} // namespace desk
