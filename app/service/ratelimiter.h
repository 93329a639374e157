// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <chrono>
#include <optional>

namespace desk {

/**
 * Token buckets by key (a client address, an intake token): `rate` requests per second on
 * average, up to `burst` at once. take() answers how many seconds to wait when the bucket is
 * empty (the `Retry-After` of a 429). A rate of 0 lets everything through.
 */
class RateLimiter final
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(double ratePerSecond, double burst) : m_rate(ratePerSecond), m_burst(std::max(1.0, burst)) {}

    /** Takes one request from `key`'s bucket; the whole seconds to wait when it is empty. */
    std::optional<int> take(const QByteArray &key, Clock::time_point now = Clock::now());

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point at;
    };

    const double m_rate;
    const double m_burst;
    QMutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace desk
