// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-cli update …: the four-eyes workflow of public updates, from a script.
#include "clisupport.h"
#include "lifecyclesupport.h"

#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/updaterepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace desk::cli {

namespace {

struct UpdateOptions
{
    QCommandLineOption kind { QStringLiteral("kind"),
        Cli::tr("acknowledgement, impact, progress (default), resolution or postmortem (draft)."),
        QStringLiteral("kind"), QStringLiteral("progress") };
    QCommandLineOption body { QStringLiteral("body"),
        Cli::tr("A text as LANGUAGE=FILE (it, en, fr, de, es; FILE - is standard input; may repeat). "
                "On edit, LANGUAGE= removes that language."),
        QStringLiteral("lang=file") };
    QCommandLineOption comment { QStringLiteral("comment"), Cli::tr("What to change (request-changes)."),
        QStringLiteral("text") };
    QCommandLineOption incident { QStringLiteral("incident"), Cli::tr("Only this incident's updates (list)."),
        QStringLiteral("ref") };
    QCommandLineOption status { QStringLiteral("status"),
        Cli::tr("Only these statuses (draft, submitted, approved, changes_requested, published; "
                "comma-separated; list)."),
        QStringLiteral("statuses") };
    QCommandLineOption expect { QStringLiteral("expect-version"),
        Cli::tr("Refuse (exit 6) when the update changed since this version."), QStringLiteral("n") };
    QCommandLineOption json { QStringLiteral("json"), Cli::tr("Print JSON.") };
};

int printUpdate(Database &db, const User &user, const UpdateWithBodies &u, bool json)
{
    auto jobs = PublicationRepository(db, user).jobsForUpdate(u.update.id);
    if (!jobs.ok())
        return fail(jobs.error());
    if (json) {
        QJsonObject o = toJson(u.update, u.bodies);
        QJsonArray list;
        for (const PublicationJob &j : jobs.value())
            list.append(toJson(j));
        o.insert(QStringLiteral("publications"), list);
        printJson(o);
        return Ok;
    }
    out() << Cli::tr("update") << QStringLiteral(": ") << u.update.id << u'\t' << toKey(u.update.kind)
          << u'\t' << toKey(u.update.status) << u'\t' << Cli::tr("version %1").arg(u.update.version)
          << Qt::endl;
    out() << Cli::tr("author") << QStringLiteral(": ") << u.update.author << Qt::endl;
    if (!u.update.approver.isEmpty())
        out() << Cli::tr("reviewed by") << QStringLiteral(": ") << u.update.approver << Qt::endl;
    if (!u.update.reviewComment.isEmpty())
        out() << Cli::tr("review comment") << QStringLiteral(": ") << terminalSafe(u.update.reviewComment)
              << Qt::endl;
    for (const PublicationJob &j : jobs.value())
        out() << Cli::tr("publication") << QStringLiteral(": ") << j.id << u'\t' << terminalSafe(j.targetName)
              << u'\t' << toKey(j.state) << Qt::endl;
    for (auto it = u.bodies.cbegin(); it != u.bodies.cend(); ++it)
        out() << Qt::endl
              << QStringLiteral("[%1]").arg(toKey(it.key())) << Qt::endl
              << terminalSafe(it.value(), true) << Qt::endl;
    return Ok;
}

int list(Database &db, const User &user, const QCommandLineParser &parser, const UpdateOptions &o)
{
    QList<UpdateStatus> statuses;
    for (const QString &part : parser.value(o.status).split(u',', Qt::SkipEmptyParts)) {
        const auto s = fromKey<UpdateStatus>(part.trimmed());
        if (!s)
            return fail(Cli::tr("Unknown status '%1'.").arg(terminalSafe(part.left(40))), Usage);
        statuses.append(*s);
    }
    UpdateRepository updates(db, user);
    Result<QList<Update>> found = QList<Update>();
    if (parser.isSet(o.incident)) {
        auto incident = findIncident(IncidentRepository(db, user), parser.value(o.incident));
        if (!incident.ok())
            return fail(incident.error());
        found = updates.forIncident(incident->id);
    } else {
        found = updates.withStatus(statuses.isEmpty() ? allValues<UpdateStatus>() : statuses);
    }
    if (!found.ok())
        return fail(found.error());
    QJsonArray json;
    for (const Update &u : found.value()) {
        if (!statuses.isEmpty() && !statuses.contains(u.status))
            continue;
        if (parser.isSet(o.json))
            json.append(toJson(u));
        else
            out() << u.id << u'\t' << u.incidentId << u'\t' << toKey(u.kind) << u'\t' << toKey(u.status)
                  << u'\t' << u.author << u'\t' << u.approver << Qt::endl;
    }
    if (parser.isSet(o.json))
        printJson(json);
    return Ok;
}

int draft(Database &db, const User &user, const QCommandLineParser &parser, const UpdateOptions &o,
    const QString &ref)
{
    const auto kind = fromKey<UpdateKind>(parser.value(o.kind));
    if (!kind)
        return fail(
            Cli::tr("The kind is acknowledgement, impact, progress, resolution or postmortem."), Usage);
    auto texts = readBodies(parser.values(o.body));
    if (!texts.ok())
        return fail(texts.error());
    UpdateBodies bodies;
    for (auto it = texts->cbegin(); it != texts->cend(); ++it)
        if (it.value())
            bodies.insert(it.key(), *it.value());
    if (bodies.isEmpty())
        return fail(
            Cli::tr("Give the update's text: --body en=FILE (and more languages the same way)."), Usage);
    auto incident = findIncident(IncidentRepository(db, user), ref);
    if (!incident.ok())
        return fail(incident.error());
    auto created = UpdateRepository(db, user).createDraft(incident->id, *kind, bodies);
    if (!created.ok())
        return fail(created.error());
    if (parser.isSet(o.json))
        return printUpdate(db, user, created.value(), true);
    out() << created->update.id << Qt::endl;
    return Ok;
}

/** edit, submit, withdraw, approve, request-changes, publish: one step on the version read or expected. */
int step(Database &db, const User &user, const QCommandLineParser &parser, const UpdateOptions &o,
    const QString &action, Id id)
{
    UpdateRepository updates(db, user);
    auto current = updates.get(id);
    if (!current.ok())
        return fail(current.error());
    auto version = expectedVersion(parser.value(o.expect), current->update.version);
    if (!version.ok())
        return fail(version.errorString(), Usage);
    Result<UpdateWithBodies> done = current.value();
    if (action == QLatin1String("edit")) {
        auto texts = readBodies(parser.values(o.body));
        if (!texts.ok())
            return fail(texts.error());
        if (texts->isEmpty())
            return fail(Cli::tr("Say what changes: --body en=FILE, or en= to remove a language."), Usage);
        UpdateBodies bodies = current->bodies;
        for (auto it = texts->cbegin(); it != texts->cend(); ++it) {
            if (it.value())
                bodies.insert(it.key(), *it.value());
            else
                bodies.remove(it.key());
        }
        done = updates.edit(id, bodies, version.value());
    } else if (action == QLatin1String("submit")) {
        done = updates.submit(id, version.value());
    } else if (action == QLatin1String("withdraw")) {
        done = updates.withdraw(id, version.value());
    } else if (action == QLatin1String("approve")) {
        done = updates.approve(id, version.value());
    } else if (action == QLatin1String("request-changes")) {
        if (parser.value(o.comment).trimmed().isEmpty())
            return fail(Cli::tr("Say what should change: --comment TEXT."), Usage);
        done = updates.requestChanges(id, parser.value(o.comment), version.value());
    } else {
        done = updates.publish(id, version.value());
    }
    if (!done.ok())
        return fail(done.error());
    if (parser.isSet(o.json))
        return printUpdate(db, user, done.value(), true);
    out() << Cli::tr("update %1 is %2").arg(id).arg(toKey(done->update.status)) << Qt::endl;
    return Ok;
}
} // namespace

int runUpdate(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("draft REF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | "
                "publish ID | list | show ID"));
    const PersonOptions person;
    person.addTo(parser);
    const UpdateOptions o;
    parser.addOptions({ o.kind, o.body, o.comment, o.incident, o.status, o.expect, o.json });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr(
                "Writes and reviews the public updates of an incident with the same rules as the app: an "
                "agent drafts and submits,\nanother lead approves or asks for changes, a lead publishes (the "
                "Help Center and other targets then get it\nfrom the service or the app). 'draft' prints "
                "the new update's number."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    static const QStringList steps { QStringLiteral("edit"), QStringLiteral("submit"),
        QStringLiteral("withdraw"), QStringLiteral("approve"), QStringLiteral("request-changes"),
        QStringLiteral("publish") };
    if (action != QLatin1String("draft") && action != QLatin1String("list") && action != QLatin1String("show")
        && !steps.contains(action))
        return fail(Cli::tr("Say what to do: update draft REF, edit ID, submit ID, withdraw ID, approve ID, "
                            "request-changes ID, publish ID, list or show ID."),
            Usage);
    if (action != QLatin1String("list") && positional.size() < 3)
        return fail(action == QLatin1String("draft")
                ? Cli::tr("Name the incident: update draft REF --body en=FILE.")
                : Cli::tr("Give the update's number: update %1 ID.").arg(action),
            Usage);
    Id id = 0;
    if (action != QLatin1String("list") && action != QLatin1String("draft")) {
        auto parsed = parseId(positional.at(2), Cli::tr("update"));
        if (!parsed.ok())
            return fail(parsed.errorString(), Usage);
        id = parsed.value();
    }
    auto signedIn = signIn(database, parser, person);
    if (!signedIn.ok())
        return failSignIn(signedIn.error());
    Database &db = *signedIn->db;
    const User &user = signedIn->user;
    if (action == QLatin1String("list"))
        return list(db, user, parser, o);
    if (action == QLatin1String("draft"))
        return draft(db, user, parser, o, positional.at(2));
    if (action == QLatin1String("show")) {
        auto update = UpdateRepository(db, user).get(id);
        if (!update.ok())
            return fail(update.error());
        return printUpdate(db, user, update.value(), parser.isSet(o.json));
    }
    return step(db, user, parser, o, action, id);
}

} // namespace desk::cli
