// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadencewatch.h"

#include "core/clock.h"
#include "domain/cadence.h"
#include "export/emlwriter.h"
#include "mailsender.h"
#include "smtpsender.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace desk {

namespace {
QString when(qint64 ms)
{
    return QLocale(QLocale::English).toString(fromMs(ms).toUTC(), QStringLiteral("ddd d MMM yyyy HH:mm 'UTC'"));
}
} // namespace

CadenceWatch::CadenceWatch(Database &db, User actor, const MailSettings &mail, WatchSettings settings)
    : m_db(db), m_actor(std::move(actor)), m_mail(mail), m_settings(settings)
{
}

Result<QList<CadenceWatch::Notice>> CadenceWatch::due(qint64 nowMs) const
{
    QList<Notice> out;
    const QDateTime now = fromMs(nowMs);
    auto q = m_db.exec(QStringLiteral(
        "SELECT i.id, i.reference, i.title, i.state, i.cadence_minutes, i.created_at, i.acknowledged_at, "
        "i.last_delivered_at, (SELECT min(r.received_at) FROM reports r WHERE r.incident_id = i.id) "
        "FROM incidents i WHERE i.state NOT IN ('resolved', 'reviewed', 'closed')"));
    if (!q.ok())
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Notice n;
        n.incidentId = r.value(0).toLongLong();
        n.reference = r.value(1).toString();
        n.title = r.value(2).toString();
        const IncidentState state = fromKey<IncidentState>(r.value(3).toString()).value_or(IncidentState::Reported);
        if (state == IncidentState::Reported) {
            // Counted from the first report (customers have been waiting since), else from its creation.
            const qint64 since = r.value(8).isNull() ? r.value(5).toLongLong() : r.value(8).toLongLong();
            if (nowMs - since >= qint64(m_settings.unacknowledgedMinutes) * 60000) {
                n.kind = QStringLiteral("unacknowledged");
                n.occasion = r.value(5).toLongLong();
                n.detail = when(since);
                out.append(n);
            }
            continue;
        }
        const QDateTime next = Cadence::nextDue(state, r.value(7).isNull() ? QDateTime() : fromMs(r.value(7).toLongLong()),
                                                r.value(6).isNull() ? QDateTime() : fromMs(r.value(6).toLongLong()),
                                                r.value(4).toInt());
        const Cadence::Standing standing = Cadence::standing(state, next, now, m_settings.dueSoonMinutes);
        if (standing == Cadence::Standing::DueSoon || standing == Cadence::Standing::Overdue) {
            n.kind = standing == Cadence::Standing::Overdue ? QStringLiteral("overdue") : QStringLiteral("due_soon");
            n.occasion = toMs(next);
            n.detail = when(toMs(next));
            out.append(n);
        }
    }
    auto jobs = m_db.exec(QStringLiteral(
                              "SELECT i.id, i.reference, i.title, j.id, j.state, j.created_at, j.last_error, t.name "
                              "FROM publication_jobs j JOIN updates u ON u.id = j.update_id "
                              "JOIN incidents i ON i.id = u.incident_id JOIN publication_targets t ON t.id = j.target_id "
                              "WHERE j.state = 'failed' OR (j.state IN ('pending', 'sending') AND j.created_at < ?)"),
                          {nowMs - qint64(m_settings.undeliveredMinutes) * 60000});
    if (!jobs.ok())
        return jobs.error();
    while (jobs.value().next()) {
        const QSqlQuery &r = jobs.value();
        Notice n;
        n.incidentId = r.value(0).toLongLong();
        n.reference = r.value(1).toString();
        n.title = r.value(2).toString();
        n.occasion = r.value(3).toLongLong();
        const bool failed = r.value(4).toString() == QLatin1String("failed");
        n.kind = failed ? QStringLiteral("publication_failed") : QStringLiteral("publication_late");
        n.detail = failed ? tr("%1: %2").arg(r.value(7).toString(), r.value(6).toString())
                          : tr("%1, waiting since %2").arg(r.value(7).toString(), when(r.value(5).toLongLong()));
        out.append(n);
    }
    return out;
}

Result<QStringList> CadenceWatch::recipients(Id incidentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT u.email FROM users u WHERE u.active = ? AND u.email <> '' AND "
                                      "(u.role IN ('lead', 'admin') OR u.name = (SELECT owner FROM incidents WHERE id = ?)) "
                                      "ORDER BY u.email"),
                       {true, incidentId});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

QString CadenceWatch::subject(const Notice &n)
{
    if (n.kind == QLatin1String("unacknowledged"))
        return tr("[%1] Not acknowledged yet: %2").arg(n.reference, n.title);
    if (n.kind == QLatin1String("due_soon"))
        return tr("[%1] Public update due soon: %2").arg(n.reference, n.title);
    if (n.kind == QLatin1String("overdue"))
        return tr("[%1] Public update overdue: %2").arg(n.reference, n.title);
    if (n.kind == QLatin1String("publication_failed"))
        return tr("[%1] Publication failed: %2").arg(n.reference, n.title);
    return tr("[%1] Publication not delivered yet: %2").arg(n.reference, n.title);
}

QString CadenceWatch::text(const Notice &n)
{
    QString what;
    if (n.kind == QLatin1String("unacknowledged"))
        what = tr("Customers reported this incident (the first report arrived %1) and it is not acknowledged yet. "
                  "The policy promises that it is taken in charge: acknowledge it and publish the acknowledgement.")
                   .arg(n.detail);
    else if (n.kind == QLatin1String("due_soon"))
        what = tr("The next public update is due %1. Write it and have it approved in time.").arg(n.detail);
    else if (n.kind == QLatin1String("overdue"))
        what = tr("The public update was due %1 and none has been published since. Customers are reading a stale "
                  "report: write an update and have it approved now.")
                   .arg(n.detail);
    else if (n.kind == QLatin1String("publication_failed"))
        what = tr("An approved update could not be published (%1). Look at the Publications page: fix the target and "
                  "retry the job.")
                   .arg(n.detail);
    else
        what = tr("An approved update has not reached a target yet (%1). Look at the Publications page.").arg(n.detail);
    return tr("%1 — %2\n\n%3\n\nThis message is sent once by the Incident Desk service to the incident's owner and the "
              "team leads.\n")
        .arg(n.reference, n.title, what);
}

Result<int> CadenceWatch::run(SmtpSender &smtp, qint64 nowMs)
{
    if (!m_settings.enabled)
        return 0;
    auto notices = due(nowMs);
    if (!notices.ok())
        return notices.error();
    int sent = 0;
    for (const Notice &n : notices.value()) {
        // Ours to write if we record it first; someone else's (or done) otherwise.
        auto claimed = m_db.exec(QStringLiteral("INSERT INTO watch_notices (incident_id, kind, occasion, created_at) "
                                                "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                 {n.incidentId, n.kind, n.occasion, nowMs});
        if (!claimed.ok())
            return claimed.error();
        if (claimed.value().numRowsAffected() != 1)
            continue;
        auto to = recipients(n.incidentId);
        if (!to.ok())
            return to.error();
        if (to->isEmpty()) {
            // Nobody to write to yet (no lead has an address): looked at again until someone has one.
            auto undo = m_db.exec(QStringLiteral("DELETE FROM watch_notices WHERE incident_id = ? AND kind = ? AND occasion = ?"),
                                  {n.incidentId, n.kind, n.occasion});
            if (!undo.ok())
                return undo.error();
            continue;
        }
        QStringList reached;
        QString problem;
        for (const QString &address : to.value()) {
            EmlMessage eml;
            eml.fromName = m_mail.fromName;
            eml.fromAddress = m_mail.fromAddress;
            eml.toAddress = address;
            eml.subject = subject(n);
            eml.text = text(n);
            eml.html = QStringLiteral("<p>") + eml.text.toHtmlEscaped().replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"))
                       + QStringLiteral("</p>");
            eml.date = fromMs(nowMs);
            eml.messageIdLeft = QStringLiteral("watch.%1.%2.%3.%4")
                                    .arg(n.incidentId)
                                    .arg(n.kind)
                                    .arg(n.occasion)
                                    .arg(QString::fromLatin1(
                                        QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha1).toHex().left(10)));
            eml.messageIdRight = Eml::domainOf(m_mail.fromAddress);
            eml.autoGenerated = true;
            const SmtpSender::Attempt a = smtp.send(m_mail.fromAddress, address, Eml::build(eml));
            if (a.outcome == SmtpSender::Outcome::Sent)
                reached << address;
            else
                problem = a.reply;
        }
        if (reached.isEmpty()) {
            // Nobody got it: the next look tries again.
            auto undo = m_db.exec(QStringLiteral("DELETE FROM watch_notices WHERE incident_id = ? AND kind = ? AND occasion = ?"),
                                  {n.incidentId, n.kind, n.occasion});
            if (!undo.ok())
                return undo.error();
            return Error{Error::Code::Io, tr("The warning for %1 could not be sent: %2").arg(n.reference, problem)};
        }
        auto done = m_db.exec(QStringLiteral("UPDATE watch_notices SET sent_at = ?, recipients = ? WHERE incident_id = ? "
                                             "AND kind = ? AND occasion = ?"),
                              {nowMs, reached.join(QStringLiteral(", ")).left(4000), n.incidentId, n.kind, n.occasion});
        if (!done.ok())
            return done.error();
        sent += int(reached.size());
    }
    return sent;
}

} // namespace desk
