// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicemetrics.h"

#include <QDateTime>
#include <QMutexLocker>

namespace desk {

namespace {
/** A Prometheus label value: backslash, quote and newline escaped (target names are people's). */
QByteArray labelValue(const QString &s)
{
    QByteArray out;
    for (const char c : s.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c == '\n' ? QByteArray("\\n") : QByteArray(1, c);
    }
    return out;
}
} // namespace

void ServiceMetrics::Histogram::add(double seconds)
{
    size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets.at(bucket))
        ++bucket;
    ++counts[bucket];
    sum += seconds;
    ++count;
}

QByteArray ServiceMetrics::Histogram::text(const QByteArray &name, const QByteArray &help) const
{
    QByteArray out = "# HELP " + name + ' ' + help + "\n# TYPE " + name + " histogram\n";
    quint64 cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
        cumulative += counts.at(b);
        out += name + "_bucket{le=\"" + QByteArray::number(kBuckets.at(b)) + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += name + "_bucket{le=\"+Inf\"} " + QByteArray::number(count) + '\n';
    out += name + "_sum " + QByteArray::number(sum, 'f', 6) + '\n';
    out += name + "_count " + QByteArray::number(count) + '\n';
    return out;
}

void ServiceMetrics::requestServed(const QByteArray &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[{route, status}];
    m_requestSeconds.add(seconds);
}

void ServiceMetrics::mailRan(const MailRunReport &report, const QMap<MailState, int> &jobs)
{
    QMutexLocker lock(&m_mutex);
    m_mailing = true;
    m_mailOutcomes["sent"] += quint64(report.sent);
    m_mailOutcomes["retrying"] += quint64(report.retrying);
    m_mailOutcomes["failed"] += quint64(report.failed);
    m_mailOutcomes["in_doubt"] += quint64(report.inDoubt);
    m_mailOutcomes["skipped"] += quint64(report.skipped);
    m_mailOutcomes["warning"] += quint64(report.warnings);
    for (const qint64 ms : report.sendMs)
        m_mailSendSeconds.add(double(ms) / 1000.0);
    if (report.sent > 0)
        m_mailLastSentMs = QDateTime::currentMSecsSinceEpoch();
    if (!jobs.isEmpty())
        m_mailJobs = jobs;
}

void ServiceMetrics::setPublications(const QMap<QString, TargetJobs> &targets)
{
    QMutexLocker lock(&m_mutex);
    m_publications = targets;
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
    out += m_requestSeconds.text("desk_http_request_seconds", "Time from a complete request to its answer.");
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
    if (m_mailing) {
        out += "# HELP desk_mail_sent_total Messages to reporters by outcome of their attempt.\n"
               "# TYPE desk_mail_sent_total counter\n";
        for (auto it = m_mailOutcomes.cbegin(); it != m_mailOutcomes.cend(); ++it)
            out += "desk_mail_sent_total{outcome=\"" + it.key() + "\"} " + QByteArray::number(it.value()) + '\n';
        out += "# HELP desk_mail_jobs Messages to reporters by state.\n# TYPE desk_mail_jobs gauge\n";
        for (auto it = m_mailJobs.cbegin(); it != m_mailJobs.cend(); ++it)
            out += "desk_mail_jobs{state=\"" + toKey(it.key()).toLatin1() + "\"} " + QByteArray::number(it.value()) + '\n';
        out += m_mailSendSeconds.text("desk_mail_send_seconds", "Time one message took over SMTP, accepted ones.");
        line("desk_mail_last_sent_timestamp_seconds", "gauge", "When a message was last accepted by the mail server (Unix time).",
             m_mailLastSentMs / 1000);
    }
    if (!m_publications.isEmpty()) {
        out += "# HELP desk_publication_jobs Publication jobs by target and state.\n# TYPE desk_publication_jobs gauge\n";
        QByteArray last = "# HELP desk_publication_last_success_timestamp_seconds When each target last took an update "
                          "(Unix time, 0: never).\n# TYPE desk_publication_last_success_timestamp_seconds gauge\n";
        for (auto it = m_publications.cbegin(); it != m_publications.cend(); ++it) {
            const QByteArray target = labelValue(it.key());
            for (auto s = it->byState.cbegin(); s != it->byState.cend(); ++s)
                out += "desk_publication_jobs{target=\"" + target + "\",state=\"" + s.key().toLatin1() + "\"} "
                       + QByteArray::number(s.value()) + '\n';
            last += "desk_publication_last_success_timestamp_seconds{target=\"" + target + "\"} "
                    + QByteArray::number(it->lastSuccessMs / 1000) + '\n';
        }
        out += last;
    }
    out += "# HELP desk_database_up Whether the team database answered the last check.\n"
           "# TYPE desk_database_up gauge\n"
           "desk_database_up " + QByteArray(m_databaseUp ? "1" : "0") + '\n';
    return out;
}

} // namespace desk
