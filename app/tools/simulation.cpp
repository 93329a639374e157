// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation.h"

#include "core/clock.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <atomic>

namespace desk {

namespace {
constexpr int kIncidents = 5;

struct Shared
{
    QMutex mutex;
    QHash<Id, QStringList> written;  // incident → tokens agents were told are saved
    std::atomic<qint64> operations{0};
    std::atomic<qint64> conflicts{0};
    std::atomic<qint64> errors{0};
};

class Agent final : public QThread
{
public:
    Agent(int number, DatabaseUrl url, QList<Id> incidents, Shared &shared, qint64 deadlineMs, quint32 seed)
        : m_number(number), m_url(std::move(url)), m_incidents(std::move(incidents)), m_shared(shared),
          m_deadlineMs(deadlineMs), m_rng(seed)
    {
    }

protected:
    void run() override
    {
        auto db = Database::open(m_url, QStringLiteral("sim-agent-%1").arg(m_number));
        if (!db.ok()) {
            ++m_shared.errors;
            return;
        }
        m_db = std::move(db).value();
        const User me{0, QStringLiteral("sim-agent-%1").arg(m_number), {}, Role::Agent, true};
        m_user = me;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < m_deadlineMs) {
            if (m_rng.bounded(3) == 0)
                editIncident();
            else
                triageOne();
        }
        m_db.reset();
    }

private:
    void triageOne()
    {
        ReportRepository reports(*m_db, m_user);
        // A few candidates from the top of the queue, as agents see it: many agents collide.
        auto candidates = reports.newestIds(ReportStatus::New, 8);
        if (!candidates.ok()) {
            ++m_shared.errors;
            return;
        }
        const QList<Id> &ids = candidates.value();
        if (ids.isEmpty()) {
            QThread::msleep(20);
            return;
        }
        const Id id = ids.at(qsizetype(m_rng.bounded(quint32(ids.size()))));
        auto claimed = reports.claim(id, 1);
        if (!claimed.ok()) {
            (claimed.error().code == Error::Code::Conflict ? m_shared.conflicts : m_shared.errors)++;
            return;
        }
        ++m_shared.operations;
        const Result<Report> done = m_rng.bounded(5) == 0
                                        ? reports.markNotIncident(id, claimed->version)
                                        : reports.linkToIncident(id, m_incidents.at(qsizetype(m_rng.bounded(quint32(m_incidents.size())))),
                                                                 claimed->version);
        if (done.ok())
            ++m_shared.operations;
        else
            (done.error().code == Error::Code::Conflict ? m_shared.conflicts : m_shared.errors)++;
    }

    void editIncident()
    {
        IncidentRepository incidents(*m_db, m_user);
        const Id id = m_incidents.at(qsizetype(m_rng.bounded(quint32(m_incidents.size()))));
        const QString token = QStringLiteral("[a%1-%2]").arg(m_number).arg(++m_edits);
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto current = incidents.get(id);
            if (!current.ok()) {
                ++m_shared.errors;
                return;
            }
            Incident next = current.value();
            next.description += token;
            auto saved = incidents.save(next);
            if (saved.ok()) {
                ++m_shared.operations;
                QMutexLocker lock(&m_shared.mutex);
                m_shared.written[id] << token;
                return;
            }
            if (saved.error().code != Error::Code::Conflict) {
                ++m_shared.errors;
                return;
            }
            ++m_shared.conflicts; // someone saved first: read again and merge by re-applying
        }
    }

    int m_number;
    DatabaseUrl m_url;
    QList<Id> m_incidents;
    Shared &m_shared;
    qint64 m_deadlineMs;
    QRandomGenerator m_rng;
    std::unique_ptr<Database> m_db;
    User m_user;
    int m_edits = 0;
};
} // namespace

Simulation::Simulation(DatabaseUrl url, SimulationOptions options) : m_url(std::move(url)), m_options(options) {}

Result<SimulationReport> Simulation::run(const std::function<void(const QString &)> &progress)
{
    if (m_options.agents < 1 || m_options.agents > 500)
        return Error::invalid(tr("--agents takes 1 to 500."));
    auto db = Database::open(m_url, QStringLiteral("sim-setup"));
    if (!db.ok())
        return db.error();
    const User setup{0, QStringLiteral("sim-setup"), {}, Role::Admin, true};

    // Work for everybody: new reports and a few open incidents to link them to.
    const qint64 wanted = qint64(m_options.agents) * m_options.seconds * 10;
    auto counts = ReportRepository(*db.value(), User{}).countByStatus();
    if (!counts.ok())
        return counts.error();
    const qint64 fresh = counts->value(ReportStatus::New);
    QList<Id> incidents;
    Status prepared = db.value()->transaction([&]() -> Status {
        ReportRepository reports(*db.value(), setup);
        const qint64 stamp = Clock::nowMs();
        for (qint64 n = fresh; n < wanted; ++n) {
            Report r;
            r.externalRef = QStringLiteral("SIM-%1-%2").arg(stamp).arg(n);
            r.receivedAt = Clock::now().addMSecs(-n);
            r.subject = QStringLiteral("Simulated report %1").arg(n);
            r.body = QStringLiteral("Generated by incident-desk-cli simulate.");
            auto id = reports.insert(r);
            if (!id.ok())
                return id.error();
        }
        IncidentRepository repo(*db.value(), setup);
        for (int i = 0; i < kIncidents; ++i) {
            Incident draft;
            draft.title = QStringLiteral("Simulated incident %1").arg(i + 1);
            auto created = repo.create(draft);
            if (!created.ok())
                return created.error();
            incidents << created->id;
        }
        return {};
    });
    if (!prepared.ok())
        return prepared.error();
    if (progress)
        progress(tr("%1 agents for %2 s on %3 new reports").arg(m_options.agents).arg(m_options.seconds).arg(qMax(wanted, fresh)));

    auto newest = AuditLog(*db.value()).newestSeq();
    if (!newest.ok())
        return newest.error();
    const qint64 firstSeq = newest.value();
    Shared shared;
    QList<Agent *> agents;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < m_options.agents; ++i) {
        agents << new Agent(i + 1, m_url, incidents, shared, qint64(m_options.seconds) * 1000, m_options.seed + quint32(i));
        agents.last()->start();
    }
    for (Agent *a : std::as_const(agents)) {
        a->wait();
        delete a;
    }

    SimulationReport report;
    report.seconds = double(timer.elapsed()) / 1000.0;
    report.operations = shared.operations;
    report.conflicts = shared.conflicts;
    report.errors = shared.errors;
    // Every save an agent was told succeeded must be in the final text.
    IncidentRepository repo(*db.value(), setup);
    for (auto it = shared.written.cbegin(); it != shared.written.cend(); ++it) {
        auto incident = repo.get(it.key());
        if (!incident.ok())
            return incident.error();
        for (const QString &token : it.value()) {
            if (!incident->description.contains(token))
                ++report.lostUpdates;
        }
    }
    // No report held by two agents at once: replay the audit log's claims and releases in commit
    // order; a claim by one agent while another still holds the report is a double claim.
    auto events = AuditLog(*db.value()).since(firstSeq, QStringLiteral("report"),
                                              {QStringLiteral("report.claim"), QStringLiteral("report.release"),
                                               QStringLiteral("report.link"), QStringLiteral("report.not_incident"),
                                               QStringLiteral("report.duplicate"), QStringLiteral("report.undo")});
    if (!events.ok())
        return events.error();
    QHash<Id, QString> holders;
    for (const AuditEntry &e : events.value()) {
        const Id id = e.entityId;
        if (e.action != QLatin1String("report.claim")) {
            holders.remove(id);
            continue;
        }
        const QString by = QJsonDocument::fromJson(e.after.toUtf8())
                               .object()
                               .value(QStringLiteral("claimed_by"))
                               .toString();
        const auto holder = holders.constFind(id);
        if (holder != holders.constEnd() && holder.value() != by)
            ++report.doubleClaims;
        holders.insert(id, by);
    }
    return report;
}

} // namespace desk
