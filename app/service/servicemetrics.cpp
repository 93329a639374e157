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

QByteArray ServiceMetrics::prometheusText() const
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
    out += "# HELP desk_database_up Whether the team database answered the last check.\n"
           "# TYPE desk_database_up gauge\n"
           "desk_database_up " + QByteArray(m_databaseUp ? "1" : "0") + '\n';
    return out;
}

} // namespace desk
