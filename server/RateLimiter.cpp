// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace selftrack::server {

namespace {

constexpr std::size_t kPruneThreshold = 100000;

} // namespace

int RateLimiter::acquire(const std::string& key, Clock::time_point now) {
    if (m_perMinute <= 0)
        return 0;
    const double capacity = m_perMinute;
    const double perSecond = capacity / 60.0;
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > kPruneThreshold)
        pruneLocked(now);
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{capacity, now});
    Bucket& bucket = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
        bucket.tokens = std::min(capacity, bucket.tokens + elapsed * perSecond);
        bucket.updated = now;
    }
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / perSecond)));
}

void RateLimiter::pruneLocked(Clock::time_point now) {
    // A bucket idle for a minute is full again: forgetting it changes nothing.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (now - it->second.updated > std::chrono::minutes(1))
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace selftrack::server
