// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/reply.h"
#include "store/reportrepository.h"
#include "triage/suggester.h"

#include <QMap>

class QObject;

namespace desk {

class DbWorker;

/** What the triage queue shows around the list: counts per status, services, probable spikes. */
struct TriageOverview
{
    Result<QMap<ReportStatus, qint64>> counts = Error::invalid(QString());
    Result<QList<Service>> services = Error::invalid(QString());
    Result<QList<Spike>> spikes = Error::invalid(QString());
};

/** One report read in full, with the customer's other reports and the incidents it may be about. */
struct TriageDetail
{
    Result<Report> report = Error::invalid(QString());
    QList<Report> sameCustomer;
    QList<Suggestion> suggestions;
};

/** The triage queue's reads on the database worker; answers come back to `context`. */
class TriageQueue final
{
public:
    TriageQueue(DbWorker *worker, User user);

    void overview(QObject *context, std::function<void(TriageOverview)> reply) const;
    void detail(QObject *context, Id reportId, std::function<void(TriageDetail)> reply) const;
    /** A file sent with a report, bytes and all. */
    void file(QObject *context, Id reportId, int position, std::function<void(Result<ReportFile>)> reply) const;

private:
    DbWorker *m_worker;
    User m_user;
};

} // namespace desk
