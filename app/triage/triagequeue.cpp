// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagequeue.h"

#include "core/clock.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"

namespace desk {

TriageQueue::TriageQueue(DbWorker *worker, User user) : m_worker(worker), m_user(std::move(user)) {}

void TriageQueue::overview(QObject *context, std::function<void(TriageOverview)> reply) const
{
    const User user = m_user;
    m_worker->call<TriageOverview>(
        context,
        [user](Database &db) {
            TriageOverview o;
            o.counts = ReportRepository(db, user).countByStatus();
            o.services = ServiceRepository(db).list();
            o.spikes = SpikeDetector::detect(db, Clock::now());
            return o;
        },
        std::move(reply));
}

void TriageQueue::detail(QObject *context, Id reportId, std::function<void(TriageDetail)> reply) const
{
    const User user = m_user;
    m_worker->call<TriageDetail>(
        context,
        [reportId, user](Database &db) {
            TriageDetail d;
            ReportRepository reports(db, user);
            d.report = reports.get(reportId);
            if (d.report.ok()) {
                // Both are help for the reader: without them the report still shows.
                d.sameCustomer = reports.sameCustomer(d.report.value(), 10).value_or({});
                d.suggestions = IncidentSuggester(db).forReport(d.report.value()).value_or({});
            }
            return d;
        },
        std::move(reply));
}

void TriageQueue::file(QObject *context, Id reportId, int position, std::function<void(Result<ReportFile>)> reply) const
{
    const User user = m_user;
    m_worker->call<Result<ReportFile>>(
        context, [reportId, position, user](Database &db) { return ReportRepository(db, user).file(reportId, position); },
        std::move(reply));
}

} // namespace desk
