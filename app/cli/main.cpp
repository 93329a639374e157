// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace desk::cli;

int main(int argc, char *argv[])
{
    // Exports draw PDFs, which needs fonts: a GUI application without a screen.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting |= qstrcmp(argv[i], "export") == 0;
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(
        exporting ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("incident-desk"));
    // No organisation: the data folder is ~/.local/share/incident-desk, not …/incident-desk/incident-desk.
    QCoreApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    // In the language of the terminal (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json stays as it is.
    desk::loadTranslations(QLocale::system());

    // Global options go before or after the command; the command parses the rest itself.
    // (-v is not --version: to many tools it means "verbose".)
    QStringList args = QCoreApplication::arguments();
    QString database;
    QStringList rest { args.value(0) };
    QString command;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("--database") || a == QLatin1String("-d")) && i + 1 < args.size()) {
            database = args.at(++i);
        } else if (a.startsWith(QLatin1String("--database="))) {
            database = a.mid(11);
        } else if (a == QLatin1String("--version")) {
            out() << "incident-desk-cli " << DESK_VERSION << Qt::endl;
            return Ok;
        } else if (command.isEmpty() && !a.startsWith(u'-')) {
            command = a;
            rest << a;
        } else {
            rest << a;
        }
    }

    const QString usage = Cli::tr(
        "Usage: incident-desk-cli [--database FILE|postgresql://user@host:port/db] COMMAND [options]\n\n"
        "Commands (each takes --help):\n"
        "  db init|migrate|status   create, upgrade or describe the database\n"
        "  user add NAME --role R   add an agent, lead or admin; user list; user email NAME --email A\n"
        "  import FILE              import reports from JSON Lines or CSV\n"
        "  demo --reports N         fill the database with realistic demo data\n"
        "  audit verify|tail        check or show the audit log\n"
        "  target add|list|set      where published updates go (Help Center, Statuspage, …)\n"
        "  simulate --agents N      many agents on one database at once; checks nothing is lost\n"
        "  export confirmations     resolution confirmations (PDF, EML, CSV) for an incident's reporters\n"
        "  export acknowledgements  the same for the acknowledgement notice\n"
        "  intake token add|list|revoke  tokens for the service's report endpoint\n"
        "  metrics [--from D --to D]     whether the promises were kept (--json, --csv)\n\n"
        "Acting as a person (--user NAME with --password-stdin on SQLite; the login role on PostgreSQL):\n"
        "  report list|show ID      the triage queue (--status, --service, --search, --json)\n"
        "  incident create|list|show|link|move-to   incidents from reports, along their lifecycle\n"
        "  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show\n"
        "                           public updates with the four-eyes rule (--body en=FILE, --json)\n\n"
        "The database (--database, before or after the command) defaults to $INCIDENT_DESK_DATABASE, else "
        "the\n"
        "embedded SQLite file in your data folder. --version prints the version.\n\n"
        "Exit codes: 0 done; 1 failed (the message says why); 2 wrong usage; 3 done in part (e.g. rows "
        "refused);\n"
        "4 not found; 5 refused (the policy, your role, or on SQLite a wrong password; a PostgreSQL server "
        "that\n"
        "refuses the login is 1); 6 changed by someone else since it was read (read it again and retry).\n");

    if (command.isEmpty()) {
        const bool askedHelp = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
        (askedHelp ? out() : err()) << usage << Qt::flush;
        return askedHelp ? Ok : Usage;
    }
    if (command == QLatin1String("db"))
        return runDb(rest, database);
    if (command == QLatin1String("user"))
        return runUser(rest, database);
    if (command == QLatin1String("import"))
        return runImport(rest, database);
    if (command == QLatin1String("demo"))
        return runDemo(rest, database);
    if (command == QLatin1String("audit"))
        return runAudit(rest, database);
    if (command == QLatin1String("target"))
        return runTarget(rest, database);
    if (command == QLatin1String("simulate"))
        return runSimulate(rest, database);
    if (command == QLatin1String("intake"))
        return runIntake(rest, database);
    if (command == QLatin1String("metrics"))
        return runMetrics(rest, database);
    if (command == QLatin1String("export"))
        return runExport(rest, database);
    if (command == QLatin1String("report"))
        return runReport(rest, database);
    if (command == QLatin1String("incident"))
        return runIncident(rest, database);
    if (command == QLatin1String("update"))
        return runUpdate(rest, database);
    err() << Cli::tr("Unknown command '%1'.").arg(command) << "\n\n" << usage << Qt::flush;
    return Usage;
}
