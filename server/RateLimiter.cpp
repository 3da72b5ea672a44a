// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RateLimiter.h"

namespace selftrack::server {

namespace {

constexpr std::size_t kPruneThreshold = 100000;

std::int64_t toMs(RateLimiter::Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

} // namespace

int RateLimiter::acquire(const std::string& key, Clock::time_point now) {
    if (m_perMinute <= 0)
        return 0;
    const std::int64_t nowMs = toMs(now);
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > kPruneThreshold)
        pruneLocked(nowMs);
    auto it = m_buckets.try_emplace(key, TokenBucket::full(m_perMinute, nowMs)).first;
    return it->second.take(m_perMinute, nowMs);
}

void RateLimiter::pruneLocked(std::int64_t nowMs) {
    std::erase_if(m_buckets,
                  [nowMs](const auto& entry) { return nowMs - entry.second.updatedMs > TokenBucket::kIdleForgetMs; });
}

} // namespace selftrack::server
