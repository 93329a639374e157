// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/intakepipeline.h"
#include "intake/mailboxreader.h"
#include "mail/mailsender.h"

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

    /** A run of the mail sender ended; `jobs`: every mail job by state after it. */
    void mailRan(const MailRunReport &report, const QMap<MailState, int> &jobs);
    /** Publication jobs by target and state, and each target's last success (epoch ms, 0: never). */
    struct TargetJobs
    {
        QMap<QString, qint64> byState;
        qint64 lastSuccessMs = 0;
    };
    void setPublications(const QMap<QString, TargetJobs> &targets);

    /** Everything, with the intake pipeline's figures (spool depth, commits). */
    QByteArray prometheusText(const IntakePipeline::Stats &intake, const MailboxReader *mailbox = nullptr) const;

    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};

private:
    struct Histogram
    {
        std::array<quint64, kBuckets.size() + 1> counts{}; // the last one: +Inf
        double sum = 0;
        quint64 count = 0;
        void add(double seconds);
        QByteArray text(const QByteArray &name, const QByteArray &help) const;
    };

    mutable QMutex m_mutex;
    QMap<QPair<QByteArray, int>, quint64> m_requests;
    QMap<QByteArray, quint64> m_rejected;
    Histogram m_requestSeconds;
    bool m_mailing = false;
    QMap<QByteArray, quint64> m_mailOutcomes; // sent, retrying, failed, in_doubt, skipped
    QMap<MailState, int> m_mailJobs;
    Histogram m_mailSendSeconds;
    qint64 m_mailLastSentMs = 0;
    QMap<QString, TargetJobs> m_publications;
    std::atomic<bool> m_databaseUp{false};
};

} // namespace desk
