// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace desk {

namespace {
constexpr qsizetype kPruneAbove = 100000; // buckets kept before the full ones are forgotten
}

std::optional<int> RateLimiter::take(const QByteArray &key, Clock::time_point now)
{
    if (m_rate <= 0)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    if (m_buckets.size() > kPruneAbove) {
        // A bucket that would be full again is the same as no bucket.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double seconds = std::chrono::duration<double>(now - it->at).count();
            it = it->tokens + seconds * m_rate >= m_burst ? m_buckets.erase(it) : std::next(it);
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, now});
    const double seconds = std::chrono::duration<double>(now - it->at).count();
    it->tokens = std::min(m_burst, it->tokens + std::max(0.0, seconds) * m_rate);
    it->at = now;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1 - it->tokens) / m_rate)));
}

} // namespace desk
