// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/intakepipeline.h"
#include "intake/mailboxreader.h"

#include <QByteArray>
#include <QMutex>
#include <QMap>

#include <array>
#include <atomic>

namespace desk {

/**
 * What the service counts, for `GET /metrics` in Prometheus' text format: requests by path and
 * status, and how long they took (a histogram). Safe to update from the server's threads.
 */
class ServiceMetrics final
{
public:
    void requestServed(const QByteArray &route, int status, double seconds);
    /** A report refused, by reason (rate_limited, invalid, unauthorized, …). */
    void rejected(const QByteArray &reason);
    void setDatabaseUp(bool up) { m_databaseUp = up; }
    bool databaseUp() const { return m_databaseUp; }
    /** Requests refused, all reasons. */
    qint64 rejectedTotal() const;

    /** Everything, with the intake pipeline's figures (spool depth, commits). */
    QByteArray prometheusText(const IntakePipeline::Stats &intake, const MailboxReader *mailbox = nullptr) const;

    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};

private:
    mutable QMutex m_mutex;
    QMap<QPair<QByteArray, int>, quint64> m_requests;
    QMap<QByteArray, quint64> m_rejected;

    std::array<quint64, kBuckets.size() + 1> m_histogram{}; // the last one: +Inf
    double m_sum = 0;
    quint64 m_count = 0;
    std::atomic<bool> m_databaseUp{false};
};

} // namespace desk
