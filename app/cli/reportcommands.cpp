// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-cli report list|show: the triage queue, read as the signed-in person.
#include "clisupport.h"
#include "lifecyclesupport.h"

#include "store/reportlisting.h"
#include "store/reportrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace desk::cli {

namespace {

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

template <typename E> Result<QList<E>> parseKeys(const QStringList &values, const QString &what)
{
    QList<E> keys;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto key = fromKey<E>(part.trimmed());
            if (!key)
                return Error::invalid(Cli::tr("Unknown %1 '%2'.").arg(what, terminalSafe(part.left(40))));
            keys.append(*key);
        }
    }
    return keys;
}

int showReport(Database &db, const User &user, const QString &idText, bool json)
{
    auto id = parseId(idText, Cli::tr("report"));
    if (!id.ok())
        return fail(id.errorString(), Usage);
    auto report = ReportRepository(db, user).get(id.value());
    if (!report.ok())
        return fail(report.error());
    const Report &r = report.value();
    if (json) {
        printJson(toJson(r));
        return Ok;
    }
    auto line = [](const QString &label, const QString &value) {
        out() << label << QStringLiteral(": ") << terminalSafe(value) << Qt::endl;
    };
    line(Cli::tr("report"), QString::number(r.id));
    line(Cli::tr("received"), isoTime(r.receivedAt));
    line(Cli::tr("status"),
        toKey(r.status) + (r.incidentId ? Cli::tr(" (incident %1)").arg(r.incidentId) : QString()));
    line(Cli::tr("channel"), toKey(r.channel));
    line(Cli::tr("language"), toKey(r.language));
    line(Cli::tr("service"), r.serviceKey);
    line(Cli::tr("customer"),
        r.customerName
            + (r.customerEmail.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(r.customerEmail)));
    line(Cli::tr("subject"), r.subject);
    out() << Qt::endl << terminalSafe(r.body, true) << Qt::endl;
    return Ok;
}
} // namespace

int runReport(const QStringList &arguments, const QString &database)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list | show ID"));
    const PersonOptions person;
    person.addTo(parser);
    const QCommandLineOption status(QStringLiteral("status"),
        Cli::tr("Only these statuses (new, claimed, linked, not_incident, duplicate, closed; "
                "comma-separated)."),
        QStringLiteral("statuses"));
    const QCommandLineOption service(QStringLiteral("service"),
        Cli::tr("Only this service (its key; may repeat)."), QStringLiteral("key"));
    const QCommandLineOption channel(QStringLiteral("channel"),
        Cli::tr("Only this channel (contact_form, email, phone, import)."), QStringLiteral("channel"));
    const QCommandLineOption search(
        QStringLiteral("search"), Cli::tr("Only reports with these words."), QStringLiteral("words"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        Cli::tr("At most this many, newest first (default 50)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({ status, service, channel, search, limit, json });
    int code = Ok;
    if (!parseCommand(parser, arguments,
            Cli::tr("Lists the reports as the triage queue shows them, or shows one whole. Tab-separated "
                    "columns: "
                    "number, received, status, channel, language, service, incident, customer, subject."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("show"))
        return fail(Cli::tr("Say what to do: report list, or report show ID."), Usage);
    auto statuses = parseKeys<ReportStatus>(parser.values(status), Cli::tr("status"));
    auto channels = parseKeys<Channel>(parser.values(channel), Cli::tr("channel"));
    bool limitOk = false;
    const int most = parser.value(limit).toInt(&limitOk);
    if (!statuses.ok() || !channels.ok() || !limitOk || most < 1)
        return fail(!statuses.ok() ? statuses.errorString()
                : !channels.ok()   ? channels.errorString()
                                   : Cli::tr("--limit takes a number of reports."),
            Usage);

    auto signedIn = signIn(database, parser, person);
    if (!signedIn.ok())
        return failSignIn(signedIn.error());
    Database &db = *signedIn->db;
    if (action == QLatin1String("show"))
        return showReport(db, signedIn->user, positional.value(2), parser.isSet(json));

    ReportQuery query;
    query.statuses = statuses.value();
    query.channels = channels.value();
    query.serviceKeys = parser.values(service);
    query.text = parser.value(search);
    auto ids = ReportListing::ids(db, query, most);
    if (!ids.ok())
        return fail(ids.error());
    auto rows = ReportListing::rows(db, ids.value());
    if (!rows.ok())
        return fail(rows.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ReportSummary &r : rows.value())
            list.append(toJson(r));
        printJson(list);
        return Ok;
    }
    for (const ReportSummary &r : rows.value())
        out() << r.id << u'\t' << isoTime(r.receivedAt) << u'\t' << toKey(r.status) << u'\t'
              << toKey(r.channel) << u'\t' << toKey(r.language) << u'\t' << terminalSafe(r.serviceKey)
              << u'\t' << (r.incidentReference.isEmpty() ? QStringLiteral("-") : r.incidentReference) << u'\t'
              << terminalSafe(r.customerName) << u'\t' << terminalSafe(r.subject) << Qt::endl;
    return Ok;
}

} // namespace desk::cli
