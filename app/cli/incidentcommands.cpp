// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-cli incident create|list|show|link|move-to: what monitoring and scripts drive.
#include "clisupport.h"
#include "lifecyclesupport.h"

#include "store/incidentrepository.h"
#include "store/reportrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace desk::cli {

namespace {

struct IncidentOptions
{
    QCommandLineOption title { QStringLiteral("title"), Cli::tr("The title customers read."),
        QStringLiteral("text") };
    QCommandLineOption description { QStringLiteral("description"), Cli::tr("What happened."),
        QStringLiteral("text") };
    QCommandLineOption impactSummary { QStringLiteral("impact-summary"),
        Cli::tr("What customers cannot do on the site."), QStringLiteral("text") };
    QCommandLineOption impact { QStringLiteral("impact"),
        Cli::tr("none, minor (default), major or critical."), QStringLiteral("level"),
        QStringLiteral("minor") };
    QCommandLineOption service { QStringLiteral("service"),
        Cli::tr("An affected service (its key; may repeat)."), QStringLiteral("key") };
    QCommandLineOption reports { QStringLiteral("from-reports"),
        Cli::tr("Reports that make the incident, linked to it at once (numbers, comma-separated)."),
        QStringLiteral("ids") };
    QCommandLineOption linkReports { QStringLiteral("reports"),
        Cli::tr("Reports to link (link; numbers, comma-separated)."), QStringLiteral("ids") };
    QCommandLineOption open { QStringLiteral("open"), Cli::tr("Only incidents not yet resolved (list).") };
    QCommandLineOption expect { QStringLiteral("expect-version"),
        Cli::tr("Refuse (exit 6) when the incident changed since this version (move-to)."),
        QStringLiteral("n") };
    QCommandLineOption json { QStringLiteral("json"), Cli::tr("Print JSON.") };
};

/** Links the reports in the caller's transaction; a report that belongs to another incident stops it. */
Status linkAll(Database &db, const User &user, const Incident &incident, const QList<Id> &ids)
{
    ReportRepository reports(db, user);
    for (const Id id : ids) {
        auto report = reports.get(id);
        if (!report.ok())
            return report.error();
        if (report->incidentId == incident.id)
            continue;
        if (report->incidentId)
            return Error::invalid(
                Cli::tr("Report %1 already belongs to incident %2; move it from there in the app.")
                    .arg(id)
                    .arg(report->incidentId));
        if (auto linked = reports.linkToIncident(id, incident.id, report->version); !linked.ok())
            return linked.error();
    }
    return {};
}

int printIncident(Database &db, const User &user, const Incident &incident, bool json)
{
    auto scope = IncidentRepository(db, user).scope(incident.id);
    auto updates = UpdateRepository(db, user).forIncident(incident.id);
    if (!scope.ok() || !updates.ok())
        return fail(!scope.ok() ? scope.error() : updates.error());
    if (json) {
        QJsonObject o = toJson(incident);
        o.insert(QStringLiteral("reports"), scope->reports);
        o.insert(QStringLiteral("customers"), scope->customers);
        QJsonArray list;
        for (const Update &u : updates.value())
            list.append(toJson(u));
        o.insert(QStringLiteral("updates"), list);
        printJson(o);
        return Ok;
    }
    auto line = [](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << label << QStringLiteral(": ") << terminalSafe(value) << Qt::endl;
    };
    line(Cli::tr("incident"), incident.reference);
    line(Cli::tr("title"), incident.title);
    line(Cli::tr("state"), toKey(incident.state));
    line(Cli::tr("impact"), toKey(incident.impact));
    line(Cli::tr("services"), incident.serviceKeys.join(QStringLiteral(", ")));
    line(Cli::tr("owner"), incident.owner);
    line(Cli::tr("created"), incident.createdAt.toUTC().toString(Qt::ISODate));
    line(Cli::tr("reports"), Cli::tr("%1 from %2 customers").arg(scope->reports).arg(scope->customers));
    line(Cli::tr("description"), incident.description);
    line(Cli::tr("impact on the site"), incident.impactSummary);
    line(Cli::tr("version"), QString::number(incident.version));
    for (const Update &u : updates.value())
        out() << Cli::tr("update") << QStringLiteral(": ") << u.id << u'\t' << toKey(u.kind) << u'\t'
              << toKey(u.status) << u'\t' << u.author << Qt::endl;
    return Ok;
}

int create(Database &db, const User &user, const QCommandLineParser &parser, const IncidentOptions &o)
{
    auto ids = parseIds(parser.values(o.reports));
    const auto impact = fromKey<ImpactLevel>(parser.value(o.impact));
    if (!ids.ok() || !impact)
        return fail(
            !ids.ok() ? ids.errorString() : Cli::tr("Impact is none, minor, major or critical."), Usage);
    Incident draft;
    draft.title = parser.value(o.title);
    draft.description = parser.value(o.description);
    draft.impactSummary = parser.value(o.impactSummary);
    draft.impact = *impact;
    draft.serviceKeys = parser.values(o.service);
    if (draft.title.trimmed().isEmpty() && !ids->isEmpty()) {
        // An alert's first report names the problem well enough to start with.
        auto first = ReportRepository(db, user).get(ids->first());
        if (!first.ok())
            return fail(first.error());
        draft.title = first->subject;
        if (draft.serviceKeys.isEmpty() && !first->serviceKey.isEmpty())
            draft.serviceKeys = { first->serviceKey };
    }
    Incident created;
    const Status done = db.transaction([&]() -> Status {
        auto incident = IncidentRepository(db, user).create(draft);
        if (!incident.ok())
            return incident.error();
        created = incident.value();
        return linkAll(db, user, created, ids.value());
    });
    if (!done.ok())
        return fail(done.error());
    if (parser.isSet(o.json))
        return printIncident(db, user, created, true);
    out() << created.reference << Qt::endl;
    return Ok;
}
} // namespace

int runIncident(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"), Cli::tr("create | list | show REF | link REF | move-to REF STATE"));
    const PersonOptions person;
    person.addTo(parser);
    const IncidentOptions o;
    parser.addOptions({ o.title, o.description, o.impactSummary, o.impact, o.service, o.reports,
        o.linkReports, o.open, o.expect, o.json });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr("Creates incidents (from reports), lists and shows them, links reports to them and moves "
                    "them "
                    "along their lifecycle\n(reported, acknowledged, investigating, identified, monitoring, "
                    "resolved, reviewed, closed) with the same rules as the app.\nREF is the reference "
                    "(INC-2026-0042) or the number."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    static const QStringList actions { QStringLiteral("create"), QStringLiteral("list"),
        QStringLiteral("show"), QStringLiteral("link"), QStringLiteral("move-to") };
    if (!actions.contains(action))
        return fail(Cli::tr("Say what to do: incident create, list, show REF, link REF --reports IDS or "
                            "move-to REF STATE."),
            Usage);
    if ((action != QLatin1String("create") && action != QLatin1String("list") && positional.size() < 3)
        || (action == QLatin1String("move-to") && positional.size() < 4))
        return fail(
            Cli::tr("Name the incident (and for move-to the state): incident %1 REF%2.")
                .arg(action, action == QLatin1String("move-to") ? QStringLiteral(" STATE") : QString()),
            Usage);
    auto signedIn = signIn(database, parser, person);
    if (!signedIn.ok())
        return failSignIn(signedIn.error());
    Database &db = *signedIn->db;
    const User &user = signedIn->user;
    IncidentRepository incidents(db, user);

    if (action == QLatin1String("create"))
        return create(db, user, parser, o);
    if (action == QLatin1String("list")) {
        auto list = incidents.list(parser.isSet(o.open));
        if (!list.ok())
            return fail(list.error());
        QJsonArray json;
        for (const Incident &i : list.value()) {
            if (parser.isSet(o.json))
                json.append(toJson(i));
            else
                out() << i.reference << u'\t' << toKey(i.state) << u'\t' << toKey(i.impact) << u'\t'
                      << terminalSafe(i.title) << Qt::endl;
        }
        if (parser.isSet(o.json))
            printJson(json);
        return Ok;
    }
    auto incident = findIncident(incidents, positional.at(2));
    if (!incident.ok())
        return fail(incident.error());
    if (action == QLatin1String("show"))
        return printIncident(db, user, incident.value(), parser.isSet(o.json));
    if (action == QLatin1String("link")) {
        auto ids = parseIds(parser.values(o.linkReports));
        if (!ids.ok() || ids->isEmpty())
            return fail(ids.ok() ? Cli::tr("Say which reports: --reports 12,13.") : ids.errorString(), Usage);
        const Status done = db.transaction([&] { return linkAll(db, user, incident.value(), ids.value()); });
        if (!done.ok())
            return fail(done.error());
        out() << Cli::tr("%n report(s) linked to %1", nullptr, int(ids->size())).arg(incident->reference)
              << Qt::endl;
        return Ok;
    }
    const auto state = fromKey<IncidentState>(positional.at(3));
    if (!state)
        return fail(Cli::tr("Unknown state '%1'.").arg(terminalSafe(positional.at(3).left(40))), Usage);
    auto version = expectedVersion(parser.value(o.expect), incident->version);
    if (!version.ok())
        return fail(version.errorString(), Usage);
    auto moved = incidents.transition(incident->id, *state, version.value());
    if (!moved.ok())
        return fail(moved.error());
    if (parser.isSet(o.json))
        return printIncident(db, user, moved.value(), true);
    out() << Cli::tr("%1 is %2").arg(moved->reference, toKey(moved->state)) << Qt::endl;
    return Ok;
}

} // namespace desk::cli
