// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QObject>

#include <functional>

namespace desk {

class DbWorker;
class Outbox;
class ReportRepository;

/** A report as the person saw it: its id and the version they acted on (-1: whatever it is now). */
struct SeenReport
{
    Id id = 0;
    int version = -1;
};

/**
 * What a person does to a selection of reports in the triage queue, without a window: claim,
 * release, link to an incident (a new one too), mark as not an incident or as a duplicate, and
 * undo the last linking or marking. Each report is handled on its own, so one that another
 * workstation changed meanwhile does not stop the others; the message says how many were done
 * and why the rest were not. When the database cannot be reached, links and markings are kept
 * in the offline outbox and done, in order, on reconnect.
 */
class TriageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageActions)

public:
    TriageActions(DbWorker *worker, User user, QObject *parent = nullptr);
    ~TriageActions() override;

    void claim(const QList<SeenReport> &reports);
    void release(const QList<SeenReport> &reports);
    void link(const QList<SeenReport> &reports, Id incidentId);
    void markNotIncident(const QList<SeenReport> &reports);
    /** `original` is the other report's number or external reference. */
    void markDuplicate(const QList<SeenReport> &reports, const QString &original);
    void createIncident(const Incident &draft, const QList<SeenReport> &reports);
    bool canUndo() const { return !m_undo.isEmpty(); }
    /** Puts back the reports of the last link or marking as they were. */
    void undo();

signals:
    /** An action finished: what to tell the person, whether something went wrong, the reports touched. */
    void finished(const QString &message, bool problem, const QList<desk::Id> &touched);
    void undoAvailable(bool available);

private:
    struct Snapshot
    {
        Id id;
        ReportStatus status;
        Id incidentId;
        Id duplicateOf;
        int versionAfter;
    };
    using Operation = std::function<Result<Report>(ReportRepository &, const SeenReport &)>;
    /** What to keep in the offline outbox for one report when the database cannot be reached. */
    using OfflineOperation = std::function<Status(Outbox &, const SeenReport &)>;

    void run(std::function<QString(int)> done, const QList<SeenReport> &reports, Operation operation, bool undoable,
             OfflineOperation offline = {});
    /** Keeps the reports' operation in the offline outbox; what to tell the person. */
    QString keepOffline(const QList<SeenReport> &reports, const OfflineOperation &offline);

    DbWorker *m_worker;
    User m_user;
    QList<QList<Snapshot>> m_undo;
};

} // namespace desk
