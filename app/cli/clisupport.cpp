// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "store/migrator.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace desk::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << QCoreApplication::translate("desk::cli", "error: %1").arg(message) << Qt::endl;
    return code;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("desk::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText() + QStringLiteral("\n\n") + parser.helpText(), Usage);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = Ok;
        return false;
    }
    return true;
}

Result<std::unique_ptr<Database>> openDatabase(const QString &location, bool migrate)
{
    auto url = DatabaseUrl::fromEnvironment(location);
    if (!url.ok())
        return url.error();
    auto db = Database::open(url.value());
    if (!db.ok())
        return db.error();
    Migrator migrator(*db.value());
    auto status = migrator.status();
    if (!status.ok())
        return status.error();
    if (status->current > status->latest || (migrate && !status->pending.isEmpty())) {
        auto applied = migrator.migrate();
        if (!applied.ok())
            return applied.error();
    } else if (status->current == 0) {
        return Error::invalid(QCoreApplication::translate("desk::cli",
                                                          "%1 has no Incident Desk schema yet: run "
                                                          "'incident-desk-cli db init' first.")
                                  .arg(url->display()));
    }
    return std::move(db).value();
}

QString actorName(const Database &db)
{
    if (db.isPostgres())
        return db.currentRole();
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("cli")));
    return QStringLiteral("cli:") + user;
}

Result<QString> readPassword(bool fromStdin, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    if (!fromStdin && !terminal)
        return Error::invalid(QCoreApplication::translate(
            "desk::cli", "No terminal to ask for the password: pass it on standard input with --password-stdin."));
    termios saved{};
    if (terminal && !fromStdin) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    QString password = in.readLine();
    if (terminal && !fromStdin) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    if (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

} // namespace desk::cli
