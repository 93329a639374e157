// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace desk {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("No database given: pass a SQLite file path or a postgresql:// URL."));

    DatabaseUrl url;
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://"))) {
        url.engine = Engine::Sqlite;
        QString path = trimmed;
        if (path.startsWith(QLatin1String("sqlite://")))
            path = path.mid(9);
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return Error::invalid(tr("The database URL is not valid: %1").arg(parsed.errorString()));
    url.engine = Engine::Postgres;
    url.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.database.isEmpty())
        url.database = url.user.isEmpty() ? QStringLiteral("incident_desk") : url.user;
    const QUrlQuery query(parsed);
    url.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    static const QStringList kSslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"),
                                       QStringLiteral("verify-full")};
    if (!url.sslMode.isEmpty() && !kSslModes.contains(url.sslMode))
        return Error::invalid(tr("Unknown sslmode '%1': use one of %2.").arg(url.sslMode, kSslModes.join(u", ")));
    if (query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        bool ok = false;
        url.connectTimeoutSeconds = query.queryItemValue(QStringLiteral("connect_timeout")).toInt(&ok);
        if (!ok || url.connectTimeoutSeconds < 1)
            return Error::invalid(tr("connect_timeout must be a whole number of seconds."));
    }
    return url;
}

DatabaseUrl DatabaseUrl::embedded()
{
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/incident-desk.db");
    return url;
}

Result<DatabaseUrl> DatabaseUrl::fromEnvironment(const QString &explicitValue)
{
    if (!explicitValue.isEmpty())
        return parse(explicitValue);
    const QString env = qEnvironmentVariable("INCIDENT_DESK_DATABASE");
    if (!env.isEmpty())
        return parse(env);
    return embedded();
}

QString DatabaseUrl::display() const
{
    return toString(false);
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (engine == Engine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace desk
