// SPDX-License-Identifier: GPL-3.0-or-later
#include "history.h"

#include "store/auditlog.h"
#include "store/bulkreportwriter.h"
#include "store/database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>

namespace desk {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr std::array<const char *, 5> kLanguages{"it", "en", "fr", "de", "es"};
constexpr std::array<const char *, 4> kImpacts{"minor", "major", "critical", "none"};
constexpr std::array<std::array<const char *, 2>, 6> kServices{{{"payments", "Payments"},
                                                                 {"login", "Login and accounts"},
                                                                 {"search", "Search"},
                                                                 {"orders", "Orders"},
                                                                 {"shipping", "Shipping tracking"},
                                                                 {"notifications", "E-mail notifications"}}};
constexpr std::array<const char *, 8> kTitles{"Card payments declined", "Sign-in fails with an error",
                                              "Search returns no results", "Checkout page does not load",
                                              "Order status not updated", "E-mail notifications delayed",
                                              "Slow pages for some customers", "Saved addresses missing"};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

/** Whether report `received` of an incident was confirmed: three in four were. */
bool confirmedReport(qint64 received)
{
    return received % 4 != 3;
}

qint64 confirmationTime(qint64 received, qint64 resolutionDelivered)
{
    return resolutionDelivered + 10 * kMinute + (received % 50) * kMinute;
}
} // namespace

HistoryGenerator::HistoryGenerator(Database &db, HistoryOptions options) : m_db(db), m_options(std::move(options)) {}

Result<bool> HistoryGenerator::canWrite(Database &db)
{
    if (!db.isPostgres())
        return true;
    auto super = db.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
    if (!super.ok())
        return super.error();
    return super.value().toBool();
}

Result<HistoryPlan> HistoryGenerator::run()
{
    const qint64 end = m_options.endMs;
    const qint64 start = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).addMonths(-m_options.months).toMSecsSinceEpoch();
    const int n = qMax(1, m_options.incidents);
    QRandomGenerator random(m_options.seed);
    const auto between = [&](qint64 low, qint64 high) { return low + qint64(random.bounded(quint64(high - low + 1))); };

    HistoryPlan plan;
    const qint64 perIncident = qMax<qint64>(1, m_options.reports / n);
    qint64 reportsLeft = m_options.reports;
    for (int k = 0; k < n; ++k) {
        PlannedIncident in;
        in.impact = QString::fromLatin1(kImpacts[size_t(k) % kImpacts.size()]);
        in.language = QString::fromLatin1(kLanguages[size_t(k) % kLanguages.size()]);
        in.services = {QString::fromLatin1(kServices[size_t(k) % kServices.size()][0])};
        if (k % 4 == 0)
            in.services << QString::fromLatin1(kServices[size_t(k + 2) % kServices.size()][0]);
        in.openedAt = start + (end - start - 3 * kDay) * k / n + between(0, kHour);
        in.reportCount = k == n - 1 ? int(qMax<qint64>(1, reportsLeft))
                                    : int(qMin<qint64>(reportsLeft - (n - 1 - k), between(1, 2 * perIncident - 1)));
        in.reportCount = qMax(1, in.reportCount);
        reportsLeft -= in.reportCount;
        in.createdAt = in.openedAt + between(2, 20) * kMinute;

        const bool slowAcknowledgement = k % 10 == 3;
        const auto publish = [&](const QString &kind, qint64 at, bool lateDelivery) {
            PlannedUpdate u;
            u.kind = kind;
            u.publishedAt = at;
            u.decidedAt = at - between(1, 10) * kMinute;
            // Late approvals: one in six waits hours for a lead.
            u.submittedAt = u.decidedAt - (k % 6 == 1 ? between(3, 9) * kHour : between(5, 90) * kMinute);
            u.sentBack = (k + int(in.updates.size())) % 9 == 4;
            u.deliveredAt = at + (lateDelivery ? between(3, 8) * kHour : between(20, 180) * 1000);
            in.updates.append(u);
            return u.deliveredAt;
        };
        qint64 last = publish(QStringLiteral("acknowledgement"),
                              in.createdAt + (slowAcknowledgement ? between(3, 6) * kHour : between(10, 90) * kMinute),
                              k % 25 == 7);
        last = publish(QStringLiteral("impact"), last + between(20, 120) * kMinute, false);
        const int days = int(random.bounded(5));
        bool open = false;
        for (int d = 0; d < days; ++d) {
            const bool late = (k + d) % 6 == 2;
            const qint64 at = last + (late ? between(26, 40) * kHour : between(18, 23) * kHour);
            if (at >= end - kHour) {
                open = true;
                break;
            }
            if (late)
                ++plan.missedOnPurpose;
            // Now and then the Help Center is slow to confirm an update published in time.
            const bool slow = !late && (k + d) % 17 == 5;
            const qint64 delivered = publish(QStringLiteral("progress"), at, slow);
            if (slow && delivered - last > qint64(in.cadenceMinutes) * kMinute)
                ++plan.missedOnPurpose;
            last = delivered;
        }
        const qint64 resolutionAt = last + between(2, 20) * kHour;
        if (open || resolutionAt >= end - kHour) {
            in.state = QStringLiteral("identified");
            // One open incident in three has an update whose Help Center job failed.
            if (k % 3 == 0 && last + kHour < end) {
                PlannedUpdate failed;
                failed.kind = QStringLiteral("progress");
                failed.publishedAt = last + 30 * kMinute;
                failed.decidedAt = failed.publishedAt - 5 * kMinute;
                failed.submittedAt = failed.decidedAt - 20 * kMinute;
                in.updates.append(failed);
            }
        } else {
            publish(QStringLiteral("resolution"), resolutionAt, false);
            in.resolvedAt = resolutionAt;
            in.state = QStringLiteral("resolved");
            const qint64 reviewAt = resolutionAt + between(1, 9) * kDay;
            if (reviewAt < end - kHour) {
                in.reviewedAt = reviewAt;
                publish(QStringLiteral("postmortem"), reviewAt - kHour, false);
                in.state = k % 3 == 0 ? QStringLiteral("closed") : QStringLiteral("reviewed");
                for (int a = 0; a < k % 4; ++a) {
                    // Most actions of long ago are done; recent ones are still open.
                    const qint64 dueAt = reviewAt + between(7, 60) * kDay;
                    const bool done = dueAt < end - 30 * kDay ? (k + a) % 5 != 0 : (k + a) % 2 == 0;
                    in.actions.append({iso(dueAt), done});
                }
            }
        }
        plan.updates += int(in.updates.size());
        plan.incidents.append(in);
    }

    // History is written as it happened, not as anybody may write it today: the rules that
    // guard today's changes (and on PostgreSQL its triggers, for the bulk) stand aside.
    const bool postgres = m_db.isPostgres();
    if (auto allowed = canWrite(m_db); !allowed.ok())
        return allowed.error();
    else if (!allowed.value())
        return Error::invalid(QStringLiteral("Writing history on PostgreSQL needs a superuser connection."));
    Status written = m_db.transaction([&]() -> Status {
        for (const auto &service : kServices) {
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO services (key, name) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                                   {QString::fromLatin1(service[0]), QString::fromLatin1(service[1])});
                !q.ok())
                return q.error();
        }
        for (const QString &name : {m_options.author, m_options.lead}) {
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO users (name, display_name, role, created_at) VALUES (?, ?, ?, ?) "
                                                  "ON CONFLICT (name) DO NOTHING"),
                                   {name, name, name == m_options.lead ? QStringLiteral("lead") : QStringLiteral("agent"), start});
                !q.ok())
                return q.error();
        }
        auto target = m_db.scalar(QStringLiteral("SELECT id FROM publication_targets WHERE kind = 'helpcenter' ORDER BY id LIMIT 1"));
        if (!target.ok())
            return target.error();
        qint64 targetId = target.value().toLongLong();
        if (!target.value().isValid()) {
            auto made = m_db.scalar(QStringLiteral("INSERT INTO publication_targets (kind, name, config, enabled, created_at) "
                                                   "VALUES ('helpcenter', 'Help Center (history)', '{}', ?, ?) RETURNING id"),
                                    {postgres ? QVariant(false) : QVariant(0), start});
            if (!made.ok())
                return made.error();
            targetId = made.value().toLongLong();
        }
        for (qsizetype k = 0; k < plan.incidents.size(); ++k) {
            if (Status s = writeIncident(&plan.incidents[k], targetId, m_options.author, m_options.lead); !s.ok())
                return s;
            if (m_progress)
                m_progress(k + 1, plan.incidents.size() + m_options.reports / 1000);
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    if (Status s = writeReports(&plan); !s.ok())
        return s.error();
    return plan;
}

Status HistoryGenerator::writeIncident(PlannedIncident *in, qint64 targetId, const QString &author, const QString &lead)
{
    const bool postgres = m_db.isPostgres();
    auto counter = m_db.scalar(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                              "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"),
                               {QStringLiteral("incident-%1").arg(QDateTime::fromMSecsSinceEpoch(in->createdAt, Qt::UTC).date().year())});
    if (!counter.ok())
        return counter.error();
    in->reference = QStringLiteral("INC-%1-%2")
                        .arg(QDateTime::fromMSecsSinceEpoch(in->createdAt, Qt::UTC).date().year())
                        .arg(counter.value().toLongLong(), 4, 10, QLatin1Char('0'));
    const qint64 acknowledged = in->updates.first().publishedAt;
    const QVariant none(QMetaType(QMetaType::LongLong));
    const bool closed = in->state == QLatin1String("closed");
    const QString title = QString::fromLatin1(kTitles[size_t(in->reportCount + int(in->createdAt / kHour)) % kTitles.size()]);
    auto made = m_db.scalar(
        QStringLiteral("INSERT INTO incidents (reference, title, description, impact_summary, impact_level, state, owner, "
                       "cadence_minutes, created_at, acknowledged_at, resolved_at, reviewed_at, closed_at, root_cause, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {in->reference, title, QStringLiteral("Customers could not complete what they came for."),
         QStringLiteral("Some customers saw errors; retrying later worked for most."), in->impact, in->state, author,
         in->cadenceMinutes, in->createdAt, acknowledged, in->resolvedAt ? QVariant(in->resolvedAt) : none,
         in->reviewedAt ? QVariant(in->reviewedAt) : none, closed ? QVariant(in->reviewedAt + kHour) : none,
         in->reviewedAt ? QStringLiteral("A configuration change that was not rolled out everywhere.") : QString(),
         in->createdAt});
    if (!made.ok())
        return made.error();
    in->id = made.value().toLongLong();
    for (const QString &service : std::as_const(in->services)) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO incident_services (incident_id, service_id) "
                                              "SELECT ?, id FROM services WHERE key = ?"),
                               {in->id, service});
            !q.ok())
            return q.error();
    }
    for (const PlannedAction &a : std::as_const(in->actions)) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO preventive_actions (incident_id, description, owner, due_date, done) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {in->id, QStringLiteral("Alert before the same change can fail again"), lead, a.dueDate,
                                postgres ? QVariant(a.done) : QVariant(a.done ? 1 : 0)});
            !q.ok())
            return q.error();
    }
    for (const PlannedUpdate &u : std::as_const(in->updates)) {
        auto update = m_db.scalar(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, approver, created_at, "
                                                 "submitted_at, decided_at, updated_at) "
                                                 "VALUES (?, ?, 'approved', ?, ?, ?, ?, ?, ?) RETURNING id"),
                                  {in->id, u.kind, author, lead, u.submittedAt - 30 * kMinute, u.submittedAt, u.decidedAt,
                                   u.decidedAt});
        if (!update.ok())
            return update.error();
        const qint64 updateId = update.value().toLongLong();
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO update_bodies (update_id, language, body) VALUES (?, 'en', ?)"),
                               {updateId, QStringLiteral("We are working on it and will write again within a day.")});
            !q.ok())
            return q.error();
        if (u.sentBack) {
            // Sent back once before it was approved: the audit log has it, as it would.
            if (postgres) {
                for (const char *status : {"submitted", "changes_requested", "approved"}) {
                    if (auto q = m_db.exec(QStringLiteral("UPDATE updates SET status = ? WHERE id = ?"),
                                           {QString::fromLatin1(status), updateId});
                        !q.ok())
                        return q.error();
                }
            } else if (Status s = AuditLog(m_db).append(lead, QStringLiteral("update.request_changes"), QStringLiteral("update"),
                                                        updateId, {}, {});
                       !s.ok()) {
                return s;
            }
        }
        if (auto q = m_db.exec(QStringLiteral("UPDATE updates SET status = 'published', published_at = ? WHERE id = ?"),
                               {u.publishedAt, updateId});
            !q.ok())
            return q.error();
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO publication_jobs (update_id, target_id, state, attempts, "
                                              "idempotency_key, created_at, updated_at, delivered_at, last_error) "
                                              "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)"),
                               {updateId, targetId, u.deliveredAt ? QStringLiteral("done") : QStringLiteral("failed"),
                                QStringLiteral("history-%1").arg(updateId), u.publishedAt,
                                u.deliveredAt ? u.deliveredAt : u.publishedAt + kMinute,
                                u.deliveredAt ? QVariant(u.deliveredAt) : none,
                                u.deliveredAt ? QString() : QStringLiteral("The Help Center server answered 503.")});
            !q.ok())
            return q.error();
    }
    return {};
}

Status HistoryGenerator::writeReports(HistoryPlan *plan)
{
    const bool postgres = m_db.isPostgres();
    QHash<QString, qint64> services;
    {
        auto q = m_db.exec(QStringLiteral("SELECT key, id FROM services"));
        if (!q.ok())
            return q.error();
        while (q.value().next())
            services.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    }
    // The bulk of the history: no trigger makes mail or audit entries for it on PostgreSQL.
    if (postgres) {
        if (auto q = m_db.exec(QStringLiteral("SET session_replication_role = replica")); !q.ok())
            return q.error();
    }
    const auto restore = [&] {
        if (postgres)
            (void)m_db.exec(QStringLiteral("SET session_replication_role = origin"));
    };
    BulkReportWriter writer(m_db);
    if (Status s = writer.begin(); !s.ok()) {
        restore();
        return s;
    }
    qint64 written = 0;
    for (PlannedIncident &in : plan->incidents) {
        QRandomGenerator random(quint32(in.id) * 7919u + 17u);
        QString previousRef;
        for (int j = 0; j < in.reportCount; ++j) {
            ReportRow r;
            r.externalRef = QStringLiteral("HIST-%1-%2").arg(in.id).arg(j);
            r.receivedAtMs = in.openedAt + (j == 0 ? 0 : qint64(random.bounded(6 * 3600)) * 1000 + j % 1000);
            r.channel = j % 3 == 0 ? QStringLiteral("email") : QStringLiteral("contact_form");
            if (j % 11 == 10) {
                // Nobody we can tell apart: counted as a customer of its own.
            } else if (j % 7 == 3) {
                r.customerEmail = QStringLiteral("Customer%1.%2@Example.org").arg(in.id).arg(j % 3);
            } else if (j % 5 == 1 && !previousRef.isEmpty()) {
                r.customerRef = previousRef; // the same customer wrote again
            } else {
                r.customerRef = QStringLiteral("CU-%1-%2").arg(in.id).arg(j);
            }
            previousRef = r.customerRef;
            if (!r.customerEmail.isEmpty() || !r.customerRef.isEmpty())
                r.customerName = QStringLiteral("Customer %1").arg(j);
            r.language = j % 5 == 4 ? QString::fromLatin1(kLanguages[size_t(j) % kLanguages.size()]) : in.language;
            r.subject = QStringLiteral("It does not work");
            r.body = QStringLiteral("Since this morning I cannot finish my order. Is something wrong on your side?");
            r.serviceId = services.value(in.services.first());
            r.attachments = QStringLiteral("[]");
            r.status = QStringLiteral("linked");
            r.incidentId = in.id;
            if (Status s = writer.add(r); !s.ok()) {
                writer.rollback();
                restore();
                return s;
            }
            if (m_options.keepPlan)
                in.reports.append({r.customerRef, r.customerEmail, r.language, r.receivedAtMs, 0});
            if (++written % 1000 == 0 && m_progress)
                m_progress(plan->incidents.size() + written / 1000, plan->incidents.size() + m_options.reports / 1000);
        }
    }
    auto stored = writer.commit();
    if (!stored.ok()) {
        restore();
        return stored.error();
    }
    plan->reports = written;
    // Reporters of a resolved incident were told, three in four of them.
    Status confirmed = m_db.transaction([&]() -> Status {
        for (PlannedIncident &in : plan->incidents) {
            qint64 resolution = 0;
            for (const PlannedUpdate &u : std::as_const(in.updates))
                if (u.kind == QLatin1String("resolution"))
                    resolution = u.deliveredAt;
            if (!resolution)
                continue;
            auto q = m_db.exec(QStringLiteral("UPDATE reports SET confirmation = 'sent', "
                                              "confirmed_at = CAST(? AS BIGINT) + 600000 + (received_at % 50) * 60000 "
                                              "WHERE incident_id = ? AND received_at % 4 <> 3"),
                               {resolution, in.id});
            if (!q.ok())
                return q.error();
            for (PlannedReport &r : in.reports)
                if (confirmedReport(r.receivedAt))
                    r.confirmedAt = confirmationTime(r.receivedAt, resolution);
        }
        // Mail the database would have made for year-old publications is not history.
        QStringList ids;
        for (const PlannedIncident &in : std::as_const(plan->incidents))
            ids << QString::number(in.id);
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM mail_jobs WHERE incident_id IN (%1)").arg(ids.mid(i, 500).join(u',')));
                !q.ok())
                return q.error();
        }
        // The reports' figures the triggers keep, which were off for the bulk (SQLite's ran).
        if (postgres) {
            if (auto q = m_db.exec(QStringLiteral("SELECT desk_report_stats_rebuild()")); !q.ok())
                return q.error();
        }
        return {};
    });
    restore();
    return confirmed;
}

} // namespace desk
