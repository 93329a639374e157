// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicemetrics.h"

#include <QMutexLocker>

namespace desk {

void ServiceMetrics::requestServed(const QByteArray &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[{route, status}];
    size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets.at(bucket))
        ++bucket;
    ++m_histogram[bucket];
    m_sum += seconds;
    ++m_count;
}

void ServiceMetrics::rejected(const QByteArray &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_rejected[reason];
}

qint64 ServiceMetrics::rejectedTotal() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const quint64 n : m_rejected)
        total += qint64(n);
    return total;
}

QByteArray ServiceMetrics::prometheusText(const IntakePipeline::Stats &intake, const MailboxReader *mailbox) const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP desk_http_requests_total Requests answered, by route and status.\n"
           "# TYPE desk_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "desk_http_requests_total{route=\"" + it.key().first + "\",status=\"" + QByteArray::number(it.key().second)
               + "\"} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP desk_http_request_seconds Time from a complete request to its answer.\n"
           "# TYPE desk_http_request_seconds histogram\n";
    quint64 cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
        cumulative += m_histogram.at(b);
        out += "desk_http_request_seconds_bucket{le=\"" + QByteArray::number(kBuckets.at(b)) + "\"} "
               + QByteArray::number(cumulative) + '\n';
    }
    out += "desk_http_request_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_count) + '\n';
    out += "desk_http_request_seconds_sum " + QByteArray::number(m_sum, 'f', 6) + '\n';
    out += "desk_http_request_seconds_count " + QByteArray::number(m_count) + '\n';
    out += "# HELP desk_intake_received_total Reports taken (form and mailbox): created, repeated (answered as the first time), "
           "queued (spooled).\n"
           "# TYPE desk_intake_received_total counter\n";
    for (const auto &[outcome, count] : {std::pair{"created", intake.created}, std::pair{"repeated", intake.repeated},
                                         std::pair{"queued", intake.queued}})
        out += QByteArray("desk_intake_received_total{outcome=\"") + outcome + "\"} " + QByteArray::number(count) + '\n';
    out += "# HELP desk_intake_rejected_total Reports refused, by reason.\n"
           "# TYPE desk_intake_rejected_total counter\n";
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it)
        out += "desk_intake_rejected_total{reason=\"" + it.key() + "\"} " + QByteArray::number(it.value()) + '\n';
    auto line = [&out](const char *name, const char *type, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
               + QByteArray::number(value) + '\n';
    };
    line("desk_intake_spool_depth", "gauge", "Reports kept in the local spool, waiting for the team database.", intake.spoolDepth);
    line("desk_intake_spool_bytes", "gauge", "Bytes the spooled reports take.", intake.spoolBytes);
    line("desk_intake_replayed_total", "counter", "Spooled reports written to the team database.", intake.replayed);
    line("desk_intake_held_total", "counter", "Spooled reports the database refused, set aside in the spool.", intake.held);
    line("desk_intake_commits_total", "counter", "Transactions that stored reports (group commits).", intake.commits);
    line("desk_intake_committed_reports_total", "counter", "Reports those transactions stored or found.", intake.committedItems);
    if (mailbox) {
        const MailboxReader::Stats m = mailbox->stats();
        line("desk_mailbox_up", "gauge", "Whether the last pass over the support mailbox worked.", m.connected ? 1 : 0);
        line("desk_mailbox_idle", "gauge", "Whether the server tells of new mail at once (IMAP IDLE).", m.idle ? 1 : 0);
        line("desk_mailbox_reports_total", "counter", "Mails that became reports.", m.reports);
        line("desk_mailbox_repeated_total", "counter", "Mails found already stored (seen again), only moved.", m.repeated);
        line("desk_mailbox_not_reports_total", "counter", "Auto-replies, bulk mail, mail without a sender or too large.", m.notReports);
        line("desk_mailbox_errors_total", "counter", "Passes that failed (connection, login, certificate).", m.errors);
        line("desk_mailbox_last_pass_timestamp_seconds", "gauge", "When the mailbox was last read (Unix time).",
             m.lastPass.isValid() ? m.lastPass.toSecsSinceEpoch() : 0);
    }
    out += "# HELP desk_database_up Whether the team database answered the last check.\n"
           "# TYPE desk_database_up gauge\n"
           "desk_database_up " + QByteArray(m_databaseUp ? "1" : "0") + '\n';
    return out;
}

} // namespace desk
