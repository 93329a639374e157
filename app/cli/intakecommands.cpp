// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-cli intake token add|list|revoke: the tokens the service's endpoint accepts.
#include "clisupport.h"

#include "store/intaketokenrepository.h"

#include <QCoreApplication>

namespace desk::cli {

int runIntake(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("what"), Cli::tr("token add NAME | token list | token revoke NAME"));
    const QCommandLineOption origin(QStringLiteral("origin"),
        Cli::tr("A site a public browser form may be posted from, e.g. https://www.example.org "
                "(repeat for several)."),
        QStringLiteral("url"));
    parser.addOption(origin);
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Tokens for the service's report endpoint: each web form or sending system gets its own, "
                "so it can be revoked alone. Only the token's SHA-256 is stored; the token is shown once."),
            &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.value(1) != QLatin1String("token"))
        return fail(Cli::tr("Say what: intake token add|list|revoke."), Usage);
    const QString action = args.value(2);
    auto db = openDatabase(database, false);
    if (!db.ok())
        return fail(db.errorString());
    const User admin { 0, actorName(*db.value()), {}, Role::Admin, true };
    IntakeTokenRepository tokens(*db.value(), admin);
    if (action == QLatin1String("add")) {
        if (args.value(3).isEmpty())
            return fail(
                Cli::tr("Give the token a name, e.g. intake token add \"website contact form\"."), Usage);
        auto issued = tokens.add(args.value(3), parser.values(origin));
        if (!issued.ok())
            return fail(issued.errorString());
        err() << Cli::tr(
            "Token “%1” added. It is shown only now: keep it in the form's or the sender's settings.")
                     .arg(issued->token.name)
              << Qt::endl;
        out() << issued->secret << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("list") || action.isEmpty()) {
        auto list = tokens.list();
        if (!list.ok())
            return fail(list.errorString());
        for (const IntakeToken &t : list.value()) {
            out() << t.name << u'\t' << (t.revokedAt.isValid() ? Cli::tr("revoked") : Cli::tr("in use"))
                  << u'\t'
                  << (t.lastUsedAt.isValid() ? t.lastUsedAt.toUTC().toString(Qt::ISODate)
                                             : Cli::tr("never used"))
                  << u'\t' << t.allowedOrigins.join(u' ') << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("revoke")) {
        if (Status revoked = tokens.revoke(args.value(3)); !revoked.ok())
            return fail(revoked.errorString());
        out() << Cli::tr("Token “%1” revoked: the endpoint refuses it from now on.").arg(args.value(3))
              << Qt::endl;
        return Ok;
    }
    return fail(Cli::tr("Unknown action '%1': use add, list or revoke.").arg(action), Usage);
}

} // namespace desk::cli
