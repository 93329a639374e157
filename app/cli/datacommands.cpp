// SPDX-License-Identifier: GPL-3.0-or-later
// `import` and `demo` commands.
#include "clisupport.h"

#include "export/confirmationexporter.h"
#include "intake/reportimporter.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "tools/demodata.h"
#include "tools/simulation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace desk::cli {

int runImport(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("A .jsonl or .csv file of reports."));
    const QCommandLineOption strict(QStringLiteral("strict"), Cli::tr("Import nothing if any row is bad."));
    const QCommandLineOption format(QStringLiteral("format"),
        Cli::tr("jsonl or csv (default: from the file name)."), QStringLiteral("format"));
    const QCommandLineOption progress(QStringLiteral("progress"),
        Cli::tr("Show how far it got on standard error (the default on a terminal)."));
    parser.addOptions({ strict, format, progress });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Imports customer reports. Columns (CSV header or JSON keys): external_ref, received_at "
                "(ISO 8601),\nchannel, customer_ref, customer_name, customer_email, language, subject, body, "
                "service.\nGood rows go in one transaction; each bad row is listed with its line number.\n"
                "Reports already imported (same external_ref) are skipped. Ctrl+C stops it and keeps "
                "nothing.\n"
                "Exit status: 0 all imported, 1 nothing imported, 3 imported with rejected rows."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(Cli::tr("Name the file to import."), Usage);
    ReportImporter::Format fmt = ReportImporter::Format::Auto;
    if (parser.value(format) == QLatin1String("csv"))
        fmt = ReportImporter::Format::Csv;
    else if (parser.value(format) == QLatin1String("jsonl"))
        fmt = ReportImporter::Format::JsonLines;
    else if (parser.isSet(format))
        return fail(Cli::tr("Unknown format '%1': use jsonl or csv.").arg(parser.value(format)), Usage);

    auto db = openDatabase(database, true);
    if (!db.ok())
        return fail(db.errorString());
    ReportImporter importer(*db.value(), actorName(*db.value()));
    importer.setStrict(parser.isSet(strict));
    // Ctrl+C stops it at its next thousand rows and keeps nothing.
    const InterruptGuard guard;
    importer.setCancel([] { return InterruptGuard::interrupted(); });
    auto summary = [&] {
        ProgressLine line(parser.isSet(progress));
        if (line.enabled())
            importer.setProgress([&line](qint64 rows, qint64 bytes, qint64 total) {
                line.show(Cli::tr("%1 rows read, %2 %").arg(rows).arg(total > 0 ? 100 * bytes / total : 100));
            });
        return importer.importFile(positional.at(1), fmt);
    }();
    if (!summary.ok())
        return fail(summary.errorString());
    for (const ImportIssue &issue : summary->issues)
        err() << Cli::tr("line %1: %2").arg(issue.line).arg(issue.reason) << Qt::endl;
    if (summary->rejected > summary->issues.size())
        err() << Cli::tr("… and %1 more bad rows").arg(summary->rejected - summary->issues.size())
              << Qt::endl;
    if (!summary->committed) {
        err() << Cli::tr(
            "Nothing imported: %1 of %2 rows are bad (--strict). Fix them and run the import again.")
                     .arg(summary->rejected)
                     .arg(summary->read)
              << Qt::endl;
        return Failed;
    }
    out() << Cli::tr("imported %1 reports, %2 already present, %3 rejected (of %4 read)")
                 .arg(summary->inserted)
                 .arg(summary->alreadyPresent)
                 .arg(summary->rejected)
                 .arg(summary->read)
          << Qt::endl;
    return summary->rejected > 0 ? Partial : Ok;
}

int runDemo(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    const QCommandLineOption reports(QStringLiteral("reports"), Cli::tr("How many reports (default 2000)."),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 2026)."),
        QStringLiteral("n"), QStringLiteral("2026"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Cli::tr("Print only the summary."));
    parser.addOptions({ reports, seed, quiet });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Fills the database with realistic demo data: services, users (anna, marco, sofia: agents; "
                "giulia,\nluca: leads; admin; password 'demo-password'), incidents in every state with "
                "their updates,\nand reports in five languages over six weeks. Running it again adds "
                "nothing twice."),
            &code))
        return code;
    bool ok = false;
    DemoOptions options;
    options.reports = parser.value(reports).toLongLong(&ok);
    if (!ok || options.reports < 0 || options.reports > 50'000'000)
        return fail(Cli::tr("--reports takes a number from 0 to 50000000."), Usage);
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(Cli::tr("--seed takes a whole number."), Usage);

    auto db = openDatabase(database, true);
    if (!db.ok())
        return fail(db.errorString());
    DemoGenerator generator(*db.value(), options);
    if (!parser.isSet(quiet)) {
        generator.setProgress([](qint64 done, qint64 total) {
            err() << '\r' << Cli::tr("%1 of %2 reports").arg(done).arg(total) << Qt::flush;
        });
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = generator.run();
    if (!parser.isSet(quiet))
        err() << Qt::endl;
    if (!summary.ok())
        return fail(summary.errorString());
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << Cli::tr("demo data: %1 services, %2 new users, %3 incidents, %4 published updates, %5 reports "
                     "(%6 already present) in %7 s")
                 .arg(summary->services)
                 .arg(summary->users)
                 .arg(summary->incidents)
                 .arg(summary->updates)
                 .arg(summary->reports)
                 .arg(summary->reportsAlreadyPresent)
                 .arg(seconds, 0, 'f', 1)
          << Qt::endl;
    if (summary->historyIncidents > 0)
        out() << Cli::tr("including a year of history: %1 incidents before the last six weeks")
                     .arg(summary->historyIncidents)
              << Qt::endl;
    else if (!summary->historySkipped.isEmpty())
        out() << Cli::tr("no year of history: %1").arg(summary->historySkipped) << Qt::endl;
    return Ok;
}

int runSimulate(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    const QCommandLineOption agents(QStringLiteral("agents"),
        Cli::tr("How many agents work at once (default 10)."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        Cli::tr("For how many seconds (default 60)."), QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({ agents, duration });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Headless agents claim, link and edit on the database at once, each on its own connection, "
                "then the run is checked:\ndouble claims and lost updates must be 0. Adds simulated reports "
                "and incidents: use a test database."),
            &code))
        return code;
    bool okAgents = false;
    bool okSeconds = false;
    SimulationOptions options;
    options.agents = parser.value(agents).toInt(&okAgents);
    options.seconds = parser.value(duration).toInt(&okSeconds);
    if (!okAgents || !okSeconds || options.agents < 1 || options.seconds < 1)
        return fail(Cli::tr("--agents and --duration take positive whole numbers."), Usage);
    auto db = openDatabase(database, true);
    if (!db.ok())
        return fail(db.errorString());
    const DatabaseUrl url = db.value()->url();
    db.value().reset();
    auto result = Simulation(url, options).run([](const QString &line) { err() << line << Qt::endl; });
    if (!result.ok())
        return fail(result.errorString());
    const SimulationReport &r = result.value();
    out() << Cli::tr("operations: %1 (%2 per second)")
                 .arg(r.operations)
                 .arg(double(r.operations) / r.seconds, 0, 'f', 0)
          << Qt::endl
          << Cli::tr("conflicts met: %1").arg(r.conflicts) << Qt::endl
          << Cli::tr("double claims: %1").arg(r.doubleClaims) << Qt::endl
          << Cli::tr("lost updates: %1").arg(r.lostUpdates) << Qt::endl
          << Cli::tr("other errors: %1").arg(r.errors) << Qt::endl;
    return r.doubleClaims == 0 && r.lostUpdates == 0 && r.errors == 0 ? Ok : Failed;
}

int runExport(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Cli::tr("confirmations | acknowledgements"));
    const QCommandLineOption incident(
        QStringLiteral("incident"), Cli::tr("The incident, e.g. INC-2026-0042."), QStringLiteral("ref"));
    const QCommandLineOption format(QStringLiteral("format"),
        Cli::tr("pdf, eml, csv, comma-separated (default all); pdf-each or pdf-combined for one "
                "kind of PDF."),
        QStringLiteral("list"), QStringLiteral("pdf,eml,csv"));
    const QCommandLineOption outDir(
        QStringLiteral("out"), Cli::tr("The folder to write to."), QStringLiteral("dir"));
    const QCommandLineOption bom(
        QStringLiteral("bom"), Cli::tr("Start the CSV with a byte order mark (for spreadsheet programs)."));
    const QCommandLineOption from(QStringLiteral("from"),
        Cli::tr("The team's address (default support@example.org)."), QStringLiteral("address"),
        QStringLiteral("support@example.org"));
    const QCommandLineOption fromName(QStringLiteral("from-name"),
        Cli::tr("The team's name (default Customer Service)."), QStringLiteral("name"),
        QStringLiteral("Customer Service"));
    const QCommandLineOption link(QStringLiteral("link-base"),
        Cli::tr("The Help Center's incident pages (default: the Help Center target's baseUrl)."),
        QStringLiteral("url"));
    const QCommandLineOption all(
        QStringLiteral("all"), Cli::tr("Every linked report, also those confirmed before."));
    const QCommandLineOption progress(QStringLiteral("progress"),
        Cli::tr("Show how far it got on standard error (the default on a terminal)."));
    parser.addOptions({ incident, format, outDir, bom, from, fromName, link, all, progress });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Writes every reporter's resolution confirmation (or acknowledgement notice) in their own "
                "language:\na PDF each, one PDF with a page per reporter, an .eml each, and a CSV for mail "
                "merge.\nExported reports are marked confirmed; a failed or cancelled export leaves no file "
                "and "
                "marks nothing;\nso does Ctrl+C."),
            &code))
        return code;
    const QString what = parser.positionalArguments().value(1);
    if (what != QLatin1String("confirmations") && what != QLatin1String("acknowledgements"))
        return fail(Cli::tr("Say what to export: confirmations or acknowledgements."), Usage);
    if (!parser.isSet(incident) || !parser.isSet(outDir))
        return fail(Cli::tr("--incident and --out are needed."), Usage);
    ExportOptions options;
    options.kind
        = what == QLatin1String("confirmations") ? NoticeKind::Resolution : NoticeKind::Acknowledgement;
    const QStringList formats = parser.value(format).toLower().split(u',', Qt::SkipEmptyParts);
    for (const QString &f : formats) {
        static const QStringList known { QStringLiteral("pdf"), QStringLiteral("pdf-each"),
            QStringLiteral("pdf-combined"), QStringLiteral("eml"), QStringLiteral("csv") };
        if (!known.contains(f))
            return fail(Cli::tr("Unknown format '%1': use pdf, eml, csv.").arg(f), Usage);
    }
    options.pdf = formats.contains(QStringLiteral("pdf")) || formats.contains(QStringLiteral("pdf-each"));
    options.combinedPdf
        = formats.contains(QStringLiteral("pdf")) || formats.contains(QStringLiteral("pdf-combined"));
    options.eml = formats.contains(QStringLiteral("eml"));
    options.csv = formats.contains(QStringLiteral("csv"));
    options.csvBom = parser.isSet(bom);
    options.outputDir = parser.value(outDir);
    options.fromAddress = parser.value(from);
    options.fromName = parser.value(fromName);
    options.helpCenterBaseUrl = parser.value(link);
    auto db = openDatabase(database, false);
    if (!db.ok())
        return fail(db.errorString());
    const User actor { 0, actorName(*db.value()), {}, Role::Agent, true };
    auto found = IncidentRepository(*db.value(), actor).byReference(parser.value(incident));
    if (!found.ok())
        return fail(found.errorString());
    ConfirmationExporter exporter(*db.value(), actor);
    if (parser.isSet(all)) {
        for (const Report &r :
            ReportRepository(*db.value(), actor).forIncident(found->id, 1000000).value_or({}))
            options.reportIds << r.id;
    }
    const InterruptGuard guard;
    auto summary = [&] {
        ProgressLine line(parser.isSet(progress));
        return exporter.run(found->id, options, [&line](int done, int total) {
            line.show(Cli::tr("%1 of %2 reporters").arg(done).arg(total));
            return !InterruptGuard::interrupted();
        });
    }();
    if (!summary.ok())
        return fail(summary.errorString());
    if (summary->cancelled)
        return fail(Cli::tr("cancelled: no file was written and no report was marked."));
    for (const QString &e : summary->earlier)
        err() << Cli::tr("exported before: %1").arg(e) << Qt::endl;
    for (const QString &w : summary->warnings)
        err() << Cli::tr("warning: %1").arg(w) << Qt::endl;
    for (const QString &s : summary->skipped)
        err() << Cli::tr("skipped: %1").arg(s) << Qt::endl;
    out() << Cli::tr("%1 report(s) exported, %2 file(s) written to %3")
                 .arg(summary->reports)
                 .arg(summary->files.size())
                 .arg(QDir::toNativeSeparators(options.outputDir))
          << Qt::endl;
    return summary->skipped.isEmpty() ? Ok : Partial;
}

} // namespace desk::cli
