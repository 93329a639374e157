// SPDX-License-Identifier: GPL-3.0-or-later
#include "triageactions.h"

#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "store/outbox.h"

namespace desk {

namespace {
struct Outcome
{
    int done = 0;
    QStringList problems;
    QList<Id> touched;
    QList<SeenReport> unreachable; // the connection dropped on the way: kept offline where possible
};
} // namespace

TriageActions::TriageActions(DbWorker *worker, User user, QObject *parent)
    : QObject(parent), m_worker(worker), m_user(std::move(user))
{
}

TriageActions::~TriageActions() = default;

void TriageActions::run(std::function<QString(int)> done, const QList<SeenReport> &reports, Operation operation,
                        bool undoable, OfflineOperation offline)
{
    if (reports.isEmpty()) {
        emit finished(tr("Select one or more reports first."), true, {});
        return;
    }
    const User user = m_user;
    using Ran = QPair<Outcome, QList<Snapshot>>;
    m_worker->call<Ran>(
        this,
        [user, reports, operation](Database &db) {
            Outcome outcome;
            QList<Snapshot> snapshots;
            ReportRepository repository(db, user);
            for (const SeenReport &seen : reports) {
                auto before = repository.get(seen.id);
                if (!before.ok()) {
                    if (before.error().code == Error::Code::Unavailable)
                        outcome.unreachable << seen;
                    else
                        outcome.problems << before.errorString();
                    continue;
                }
                auto after = operation(repository, SeenReport{seen.id, seen.version < 0 ? before->version : seen.version});
                outcome.touched << seen.id;
                if (!after.ok()) {
                    if (after.error().code == Error::Code::Unavailable)
                        outcome.unreachable << seen;
                    else
                        outcome.problems << after.errorString();
                    continue;
                }
                ++outcome.done;
                snapshots.append({seen.id, before->status, before->incidentId, before->duplicateOf, after->version});
            }
            return Ran{outcome, snapshots};
        },
        [this, done, undoable, offline](Ran ran) {
            const Outcome &outcome = ran.first;
            if (undoable && !ran.second.isEmpty()) {
                m_undo.append(ran.second);
                emit undoAvailable(true);
            }
            QStringList message;
            if (outcome.done > 0 || outcome.unreachable.isEmpty())
                message << done(outcome.done);
            if (!outcome.problems.isEmpty())
                message << tr("Not done for %n report(s): %1", nullptr, int(outcome.problems.size())).arg(outcome.problems.first());
            if (!outcome.unreachable.isEmpty())
                message << keepOffline(outcome.unreachable, offline);
            emit finished(message.join(u' '), !outcome.problems.isEmpty() || !outcome.unreachable.isEmpty(), outcome.touched);
        },
        [this, reports, offline] { emit finished(keepOffline(reports, offline), true, {}); });
}

QString TriageActions::keepOffline(const QList<SeenReport> &reports, const OfflineOperation &offline)
{
    // No database: keep what can be kept on this computer, in order, for the reconnect.
    if (!offline)
        return tr("The database cannot be reached, so this was not done. Try again when it is back.");
    auto outbox = Outbox::open();
    if (!outbox.ok())
        return outbox.errorString();
    int kept = 0;
    QString problem;
    for (const SeenReport &seen : reports) {
        const Status s = offline(*outbox.value(), seen);
        if (s.ok())
            ++kept;
        else if (problem.isEmpty())
            problem = s.errorString();
    }
    QString message = tr("The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.",
                         nullptr, kept);
    if (!problem.isEmpty())
        message += QStringLiteral(" ") + tr("Not kept: %1").arg(problem);
    return message;
}

void TriageActions::claim(const QList<SeenReport> &reports)
{
    run([](int n) { return tr("Claimed %n report(s).", nullptr, n); }, reports,
        [](ReportRepository &r, const SeenReport &s) { return r.claim(s.id); }, false);
}

void TriageActions::release(const QList<SeenReport> &reports)
{
    run([](int n) { return tr("Released %n report(s).", nullptr, n); }, reports,
        [](ReportRepository &r, const SeenReport &s) -> Result<Report> {
            if (Status released = r.release(s.id); !released.ok())
                return released.error();
            return r.get(s.id);
        },
        false);
}

void TriageActions::link(const QList<SeenReport> &reports, Id incidentId)
{
    run([](int n) { return tr("Linked %n report(s).", nullptr, n); }, reports,
        [incidentId](ReportRepository &r, const SeenReport &s) { return r.linkToIncident(s.id, incidentId, s.version); },
        true,
        [incidentId](Outbox &o, const SeenReport &s) -> Status {
            auto op = o.linkReport(s.id, incidentId, s.version);
            return op.ok() ? Status() : Status(op.error());
        });
}

void TriageActions::markNotIncident(const QList<SeenReport> &reports)
{
    run([](int n) { return tr("Marked %n report(s) as not an incident.", nullptr, n); }, reports,
        [](ReportRepository &r, const SeenReport &s) { return r.markNotIncident(s.id, s.version); }, true,
        [](Outbox &o, const SeenReport &s) -> Status {
            auto op = o.markNotIncident(s.id, s.version);
            return op.ok() ? Status() : Status(op.error());
        });
}

void TriageActions::markDuplicate(const QList<SeenReport> &reports, const QString &original)
{
    const QString reference = original.trimmed();
    run([](int n) { return tr("Marked %n report(s) as duplicates.", nullptr, n); }, reports,
        [reference](ReportRepository &r, const SeenReport &s) -> Result<Report> {
            bool numeric = false;
            Id id = reference.toLongLong(&numeric);
            if (!numeric) {
                auto found = r.byExternalRef(reference);
                if (!found.ok())
                    return found.error();
                id = found->id;
            }
            return r.markDuplicate(s.id, id, s.version);
        },
        true);
}

void TriageActions::createIncident(const Incident &draft, const QList<SeenReport> &reports)
{
    const User user = m_user;
    m_worker->call<Result<Incident>>(
        this, [draft, user](Database &db) { return IncidentRepository(db, user).create(draft); },
        [this, reports](Result<Incident> incident) {
            if (!incident.ok()) {
                emit finished(incident.errorString(), true, {});
                return;
            }
            const Id id = incident->id;
            const QString reference = incident->reference;
            run([reference](int n) { return tr("Created %1 and linked %n report(s).", nullptr, n).arg(reference); }, reports,
                [id](ReportRepository &r, const SeenReport &s) { return r.linkToIncident(s.id, id, s.version); }, true);
        },
        [this] { emit finished(tr("The database cannot be reached: the incident was not created. Try again when it is back."), true, {}); });
}

void TriageActions::undo()
{
    if (m_undo.isEmpty())
        return;
    const QList<Snapshot> last = m_undo.takeLast();
    emit undoAvailable(!m_undo.isEmpty());
    QList<SeenReport> reports;
    QHash<Id, Snapshot> byId;
    for (const Snapshot &s : last) {
        reports.append({s.id, s.versionAfter});
        byId.insert(s.id, s);
    }
    run([](int n) { return tr("Undone for %n report(s).", nullptr, n); }, reports,
        [byId](ReportRepository &r, const SeenReport &s) {
            const Snapshot &snap = byId.value(s.id);
            return r.restore(s.id, snap.status, snap.incidentId, snap.duplicateOf, s.version);
        },
        false);
}

} // namespace desk
