// SPDX-License-Identifier: GPL-3.0-or-later
// `db`, `user` and `audit` commands.
#include "clisupport.h"
#include "core/credentials.h"
#include "publish/publicationrunner.h"

#include "store/auditlog.h"
#include "store/incidentrepository.h"
#include "store/migrator.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QFile>

namespace desk::cli {

int runDb(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("init | migrate | status"));
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr("Creates, upgrades or describes the database.\n"
                    "  init     create the schema (on PostgreSQL also the group roles desk_agent, desk_lead, "
                    "desk_admin;\n           run it as a role that may create roles)\n"
                    "  migrate  apply the migrations this program carries\n"
                    "  status   show the schema version and what the database holds"),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action != QLatin1String("init") && action != QLatin1String("migrate")
        && action != QLatin1String("status"))
        return fail(Cli::tr("Say what to do: db init, db migrate or db status."), Usage);

    auto url = DatabaseUrl::fromEnvironment(database);
    if (!url.ok())
        return fail(url.errorString());
    auto db = Database::open(url.value());
    if (!db.ok())
        return fail(db.errorString());
    Migrator migrator(*db.value());

    if (action == QLatin1String("status")) {
        auto status = migrator.status();
        if (!status.ok())
            return fail(status.errorString());
        out() << Cli::tr("database: %1 (%2)")
                     .arg(url->display(),
                         db.value()->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
              << Qt::endl;
        out() << Cli::tr("schema: %1 of %2").arg(status->current).arg(status->latest) << Qt::endl;
        if (status->current > status->latest) {
            out() << Cli::tr(
                "This database was upgraded by a newer Incident Desk; install the newer version.")
                  << Qt::endl;
            return Failed;
        }
        if (!status->pending.isEmpty())
            out() << Cli::tr("pending migrations: %1 (run 'incident-desk-cli db migrate')")
                         .arg(status->pending.size())
                  << Qt::endl;
        if (status->current > 0) {
            const User admin { 0, {}, {}, Role::Admin, true };
            auto show = [](const QString &label, const auto &n) {
                out() << label << QStringLiteral(": ")
                      << (n.ok() ? QString::number(n.value()) : n.errorString()) << Qt::endl;
            };
            show(Cli::tr("reports"), ReportRepository(*db.value(), admin).count());
            show(Cli::tr("incidents"), IncidentRepository(*db.value(), admin).count());
            show(Cli::tr("updates"), UpdateRepository(*db.value(), admin).count());
            show(Cli::tr("users"), UserRepository(*db.value()).count());
        }
        return Ok;
    }

    auto applied = migrator.migrate();
    if (!applied.ok())
        return fail(applied.errorString());
    auto status = migrator.status();
    out() << Cli::tr("schema is at version %1 (%2 migrations applied)")
                 .arg(status.ok() ? status->current : 0)
                 .arg(applied.value())
          << Qt::endl;
    if (action == QLatin1String("init")) {
        auto users = UserRepository(*db.value()).count();
        if (users.ok() && users.value() == 0)
            out() << Cli::tr(
                "Next: create the first administrator with 'incident-desk-cli user add NAME --role admin'.")
                  << Qt::endl;
    }
    return Ok;
}

int runUser(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("add | list | email"));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("login name (add, email)"));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("agent, lead or admin."),
        QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption display(
        QStringLiteral("display-name"), Cli::tr("Full name shown in the app."), QStringLiteral("text"));
    const QCommandLineOption stdinPassword(QStringLiteral("password-stdin"),
        Cli::tr("Read the password from the first line of standard input."));
    const QCommandLineOption email(QStringLiteral("email"),
        Cli::tr("Where the service's warnings reach this person (add; email NAME --email ADDRESS, "
                "empty for none)."),
        QStringLiteral("address"));
    parser.addOptions({ role, display, stdinPassword, email });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Adds or lists the people who work in the desk, or sets where the service writes to them. On "
                "PostgreSQL 'add' also creates the login role\nand makes it a member of desk_agent, "
                "desk_lead "
                "or desk_admin."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    auto db = openDatabase(database, true);
    if (!db.ok())
        return fail(db.errorString());
    UserRepository users(*db.value());

    if (action == QLatin1String("list")) {
        auto list = users.list();
        if (!list.ok())
            return fail(list.errorString());
        for (const User &u : list.value())
            out() << u.name << u'\t' << toKey(u.role) << u'\t' << u.displayName << u'\t' << u.email
                  << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("email")) {
        if (positional.size() < 3 || !parser.isSet(email))
            return fail(Cli::tr("Usage: incident-desk-cli user email NAME --email ADDRESS"), Usage);
        auto changed = users.setEmail(positional.at(2), parser.value(email), actorName(*db.value()));
        if (!changed.ok())
            return fail(changed.errorString());
        out() << (changed->email.isEmpty()
                ? Cli::tr("%1 gets no e-mail from the service").arg(changed->name)
                : Cli::tr("%1 gets the service's warnings at %2").arg(changed->name, changed->email))
              << Qt::endl;
        return Ok;
    }
    if (action != QLatin1String("add") || positional.size() < 3)
        return fail(Cli::tr("Usage: incident-desk-cli user add NAME --role agent|lead|admin"), Usage);
    const auto roleValue = fromKey<Role>(parser.value(role));
    if (!roleValue)
        return fail(Cli::tr("Unknown role '%1': use agent, lead or admin.").arg(parser.value(role)), Usage);
    auto password
        = readPassword(parser.isSet(stdinPassword), Cli::tr("Password for %1: ").arg(positional.at(2)));
    if (!password.ok())
        return fail(password.errorString(), Usage);
    auto added = users.add(
        positional.at(2), parser.value(display), *roleValue, password.value(), actorName(*db.value()));
    if (!added.ok())
        return fail(added.errorString());
    if (parser.isSet(email)) {
        if (auto changed = users.setEmail(added->name, parser.value(email), actorName(*db.value()));
            !changed.ok())
            return fail(changed.errorString());
    }
    out() << Cli::tr("added %1 as %2").arg(added->name, toKey(added->role)) << Qt::endl;
    return Ok;
}

int runAudit(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("verify | tail"));
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr("Checks the audit log's hash chain (verify) or prints its latest entries (tail)."),
            &code))
        return code;
    auto db = openDatabase(database, false);
    if (!db.ok())
        return fail(db.errorString());
    AuditLog log(*db.value());
    if (parser.positionalArguments().value(1) == QLatin1String("tail")) {
        auto entries = log.list({}, 0, 20);
        if (!entries.ok())
            return fail(entries.errorString());
        for (const AuditEntry &e : entries.value())
            out() << e.seq << u'\t' << e.at.toString(Qt::ISODate) << u'\t' << e.actor << u'\t' << e.action
                  << u'\t' << e.entity << u'#' << e.entityId << Qt::endl;
        return Ok;
    }
    auto result = log.verify();
    if (!result.ok())
        return fail(result.errorString());
    if (!result->intact)
        return fail(Cli::tr("the audit log was tampered with: the chain breaks at entry %1")
                        .arg(result->firstBrokenSeq));
    out() << Cli::tr("audit log intact: %n entries checked", nullptr, int(result->checked)) << Qt::endl;
    return Ok;
}

int runTarget(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("add KIND NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID"));
    const QCommandLineOption config(QStringLiteral("config"),
        Cli::tr("The target's settings as a JSON object (no secrets: they go to the keychain)."),
        QStringLiteral("json"));
    const QCommandLineOption rename(
        QStringLiteral("name"), Cli::tr("With set: the target's new name."), QStringLiteral("name"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
        Cli::tr("With test: a file holding the target's secret (otherwise the credential "
                "target-ID in $CREDENTIALS_DIRECTORY, if any)."),
        QStringLiteral("file"));
    parser.addOptions({ config, rename, secretFile });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr("Where published updates go. KIND is helpcenter, statuspage, cachet, zendesk or webhook. "
                    "Each published update gets one job per enabled target."),
            &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    auto db = openDatabase(database, false);
    if (!db.ok())
        return fail(db.errorString());
    const User admin { 0, actorName(*db.value()), {}, Role::Admin, true };
    PublicationRepository targets(*db.value(), admin);
    if (action == QLatin1String("add")) {
        const auto kind = fromKey<PublicationKind>(args.value(2));
        if (!kind || args.value(3).isEmpty())
            return fail(
                Cli::tr("Say the kind (helpcenter, statuspage, cachet, zendesk, webhook) and a name."),
                Usage);
        auto added = targets.addTarget(*kind, args.value(3), parser.value(config));
        if (!added.ok())
            return fail(added.errorString());
        out() << Cli::tr("added target %1: %2 (%3)").arg(added->id).arg(added->name, toKey(added->kind))
              << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("list") || action.isEmpty()) {
        auto list = targets.targets();
        if (!list.ok())
            return fail(list.errorString());
        for (const PublicationTarget &t : list.value())
            out() << t.id << u'\t' << toKey(t.kind) << u'\t' << t.name << u'\t'
                  << (t.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")) << u'\t' << t.config
                  << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("test")) {
        auto list = targets.targets();
        if (!list.ok())
            return fail(list.errorString());
        for (const PublicationTarget &t : list.value()) {
            if (QString::number(t.id) != args.value(2) && t.name != args.value(2))
                continue;
            auto secret = Credentials::read(QStringLiteral("target-%1").arg(t.id), parser.value(secretFile));
            if (!secret.ok())
                return fail(secret.errorString());
            auto probed = PublicationRunner::probe(t, secret.value());
            if (!probed.ok())
                return fail(probed.errorString());
            out() << probed.value() << Qt::endl;
            return Ok;
        }
        return fail(Cli::tr("There is no target '%1'; see `target list`.").arg(args.value(2)));
    }
    if (action == QLatin1String("set")) {
        if (!parser.isSet(config) && !parser.isSet(rename))
            return fail(Cli::tr("Say what to change: --name NEW, --config JSON, or both."), Usage);
        auto list = targets.targets();
        if (!list.ok())
            return fail(list.errorString());
        for (const PublicationTarget &t : list.value()) {
            if (QString::number(t.id) != args.value(2) && t.name != args.value(2))
                continue;
            auto changed = targets.updateTarget(t.id, parser.isSet(rename) ? parser.value(rename) : t.name,
                parser.isSet(config) ? parser.value(config) : t.config, t.version);
            if (!changed.ok())
                return fail(changed.errorString());
            out() << Cli::tr("target %1: %2 (%3) %4")
                         .arg(changed->id)
                         .arg(changed->name, toKey(changed->kind), changed->config)
                  << Qt::endl;
            return Ok;
        }
        return fail(Cli::tr("There is no target '%1'; see `target list`.").arg(args.value(2)));
    }
    if (action == QLatin1String("enable") || action == QLatin1String("disable")) {
        auto list = targets.targets();
        if (!list.ok())
            return fail(list.errorString());
        for (const PublicationTarget &t : list.value()) {
            if (QString::number(t.id) != args.value(2) && t.name != args.value(2))
                continue;
            auto changed = targets.setTargetEnabled(t.id, action == QLatin1String("enable"), t.version);
            if (!changed.ok())
                return fail(changed.errorString());
            out() << Cli::tr("%1 is %2")
                         .arg(t.name,
                             action == QLatin1String("enable") ? Cli::tr("enabled") : Cli::tr("disabled"))
                  << Qt::endl;
            return Ok;
        }
        return fail(Cli::tr("There is no target '%1'; see `target list`.").arg(args.value(2)));
    }
    return fail(
        Cli::tr("Unknown action '%1': use add, list, set, test, enable or disable.").arg(action), Usage);
}

} // namespace desk::cli
