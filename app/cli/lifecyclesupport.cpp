// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclesupport.h"

#include "clisupport.h"
#include "store/incidentrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace desk::cli {

namespace {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue id(Id value)
{
    return value ? QJsonValue(value) : QJsonValue();
}

// A text longer than this is not an update anybody reads; refuse it rather than publish it.
constexpr qsizetype kMaxBody = 100000;
} // namespace

QJsonObject toJson(const Report &r)
{
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("external_ref"), r.externalRef },
        { QStringLiteral("received_at"), time(r.receivedAt) },
        { QStringLiteral("channel"), toKey(r.channel) }, { QStringLiteral("customer_ref"), r.customerRef },
        { QStringLiteral("customer_name"), r.customerName },
        { QStringLiteral("customer_email"), r.customerEmail },
        { QStringLiteral("language"), toKey(r.language) }, { QStringLiteral("service"), r.serviceKey },
        { QStringLiteral("subject"), r.subject }, { QStringLiteral("body"), r.body },
        { QStringLiteral("status"), toKey(r.status) }, { QStringLiteral("incident_id"), id(r.incidentId) },
        { QStringLiteral("duplicate_of"), id(r.duplicateOf) }, { QStringLiteral("claimed_by"), r.claimedBy },
        { QStringLiteral("confirmation"), toKey(r.confirmation) }, { QStringLiteral("version"), r.version } };
}

QJsonObject toJson(const ReportSummary &r)
{
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("received_at"), time(r.receivedAt) },
        { QStringLiteral("channel"), toKey(r.channel) }, { QStringLiteral("customer_ref"), r.customerRef },
        { QStringLiteral("customer_name"), r.customerName },
        { QStringLiteral("language"), toKey(r.language) }, { QStringLiteral("service"), r.serviceKey },
        { QStringLiteral("subject"), r.subject }, { QStringLiteral("status"), toKey(r.status) },
        { QStringLiteral("incident"),
            r.incidentReference.isEmpty() ? QJsonValue() : QJsonValue(r.incidentReference) },
        { QStringLiteral("claimed_by"), r.claimedBy }, { QStringLiteral("version"), r.version } };
}

QJsonObject toJson(const Incident &i)
{
    QJsonArray actions;
    for (const PreventiveAction &a : i.actions)
        actions.append(QJsonObject { { QStringLiteral("description"), a.description },
            { QStringLiteral("owner"), a.owner },
            { QStringLiteral("due"),
                a.dueDate.isValid() ? QJsonValue(a.dueDate.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("done"), a.done } });
    return { { QStringLiteral("id"), i.id }, { QStringLiteral("reference"), i.reference },
        { QStringLiteral("title"), i.title }, { QStringLiteral("description"), i.description },
        { QStringLiteral("impact_summary"), i.impactSummary },
        { QStringLiteral("user_journeys"), i.userJourneys }, { QStringLiteral("workaround"), i.workaround },
        { QStringLiteral("services"), QJsonArray::fromStringList(i.serviceKeys) },
        { QStringLiteral("impact"), toKey(i.impact) }, { QStringLiteral("state"), toKey(i.state) },
        { QStringLiteral("owner"), i.owner }, { QStringLiteral("cadence_minutes"), i.cadenceMinutes },
        { QStringLiteral("created_at"), time(i.createdAt) },
        { QStringLiteral("acknowledged_at"), time(i.acknowledgedAt) },
        { QStringLiteral("resolved_at"), time(i.resolvedAt) },
        { QStringLiteral("reviewed_at"), time(i.reviewedAt) },
        { QStringLiteral("closed_at"), time(i.closedAt) },
        { QStringLiteral("last_delivered_at"), time(i.lastDeliveredAt) },
        { QStringLiteral("updates_on_their_way"), i.undeliveredUpdates },
        { QStringLiteral("root_cause"), i.rootCause }, { QStringLiteral("preventive_actions"), actions },
        { QStringLiteral("version"), i.version } };
}

QJsonObject toJson(const Update &u, const UpdateBodies &bodies)
{
    QJsonObject o { { QStringLiteral("id"), u.id }, { QStringLiteral("incident_id"), u.incidentId },
        { QStringLiteral("kind"), toKey(u.kind) }, { QStringLiteral("status"), toKey(u.status) },
        { QStringLiteral("author"), u.author },
        { QStringLiteral("approver"), u.approver.isEmpty() ? QJsonValue() : QJsonValue(u.approver) },
        { QStringLiteral("review_comment"), u.reviewComment },
        { QStringLiteral("created_at"), time(u.createdAt) },
        { QStringLiteral("submitted_at"), time(u.submittedAt) },
        { QStringLiteral("decided_at"), time(u.decidedAt) },
        { QStringLiteral("published_at"), time(u.publishedAt) }, { QStringLiteral("version"), u.version } };
    if (!bodies.isEmpty()) {
        QJsonObject texts;
        for (auto it = bodies.cbegin(); it != bodies.cend(); ++it)
            texts.insert(toKey(it.key()), it.value());
        o.insert(QStringLiteral("bodies"), texts);
    }
    return o;
}

QJsonObject toJson(const PublicationJob &j)
{
    return { { QStringLiteral("id"), j.id }, { QStringLiteral("update_id"), j.updateId },
        { QStringLiteral("target"), j.targetName }, { QStringLiteral("target_kind"), toKey(j.targetKind) },
        { QStringLiteral("state"), toKey(j.state) }, { QStringLiteral("attempts"), j.attempts },
        { QStringLiteral("next_attempt_at"), time(j.nextAttemptAt) },
        { QStringLiteral("last_error"), j.lastError }, { QStringLiteral("remote_url"), j.remoteUrl },
        { QStringLiteral("created_at"), time(j.createdAt) }, { QStringLiteral("version"), j.version } };
}

QString terminalSafe(const QString &text, bool keepNewlines)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (keepNewlines && c == u'\n')
            safe += c;
        else if (c == u'\t' || c == u'\n' || c == u'\r')
            safe += u' ';
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            safe += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

Result<Id> parseId(const QString &value, const QString &what)
{
    bool ok = false;
    const Id n = value.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return Error::invalid(Cli::tr("'%1' is not a %2 number.").arg(terminalSafe(value.left(40)), what));
    return n;
}

Result<QList<Id>> parseIds(const QStringList &values)
{
    QList<Id> ids;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &value : values) {
        for (const QString &part : value.split(separators, Qt::SkipEmptyParts)) {
            auto n = parseId(part, Cli::tr("report"));
            if (!n.ok())
                return n.error();
            if (!ids.contains(n.value()))
                ids.append(n.value());
        }
    }
    return ids;
}

Result<Incident> findIncident(const IncidentRepository &incidents, const QString &referenceOrId)
{
    if (referenceOrId.isEmpty())
        return Error::invalid(Cli::tr("Name the incident: its reference (INC-2026-0042) or its number."));
    bool number = false;
    const Id n = referenceOrId.toLongLong(&number);
    if (number && n > 0)
        return incidents.get(n);
    return incidents.byReference(referenceOrId.trimmed().toUpper());
}

Result<QMap<Language, std::optional<QString>>> readBodies(const QStringList &pairs)
{
    QMap<Language, std::optional<QString>> bodies;
    bool stdinUsed = false;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto language = fromKey<Language>(pair.left(eq).trimmed().toLower());
        if (eq < 0 || !language)
            return Error::invalid(
                Cli::tr("Give each text as LANGUAGE=FILE, e.g. --body en=update.md --body it=- "
                        "(languages: it, en, fr, de, es; - is standard input), not '%1'.")
                    .arg(terminalSafe(pair.left(60))));
        const QString file = pair.mid(eq + 1);
        if (file.isEmpty()) {
            bodies.insert(*language, std::nullopt);
            continue;
        }
        QByteArray bytes;
        if (file == QLatin1String("-")) {
            if (stdinUsed)
                return Error::invalid(Cli::tr("Only one text can come from standard input."));
            stdinUsed = true;
            // Decoded by the stream that may already have read the password's line.
            const QString text = in().readAll();
            if (text.contains(QChar::ReplacementCharacter))
                return Error::invalid(
                    Cli::tr("The %1 text on standard input is not UTF-8.").arg(toKey(*language)));
            bytes = text.toUtf8();
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return Error { Error::Code::Io, Cli::tr("Cannot read %1: %2").arg(file, f.errorString()) };
            bytes = f.read(kMaxBody * 4 + 1);
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return Error::invalid(
                Cli::tr("The %1 text is not UTF-8: save it as UTF-8 and try again.").arg(toKey(*language)));
        text = text.trimmed();
        if (text.size() > kMaxBody)
            return Error::invalid(
                Cli::tr("The %1 text is longer than %2 characters; nobody reads an update that long.")
                    .arg(toKey(*language))
                    .arg(kMaxBody));
        if (text.isEmpty())
            return Error::invalid(
                Cli::tr("The %1 text is empty (to remove a language when editing, write %1= with "
                        "nothing after it).")
                    .arg(toKey(*language)));
        bodies.insert(*language, text);
    }
    return bodies;
}

Result<int> expectedVersion(const QString &option, int current)
{
    if (option.isEmpty())
        return current;
    bool ok = false;
    const int version = option.toInt(&ok);
    if (!ok || version < 1)
        return Error::invalid(Cli::tr("--expect-version takes the version number that 'show' printed."));
    return version;
}

} // namespace desk::cli
