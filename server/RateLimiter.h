// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/TokenBucket.h"

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace selftrack::server {

// Token buckets per key (token hash), in this process's memory: capacity N, refilled at N per
// minute (TokenBucket). Thread-safe. N = 0 disables the limiter. The auth limits, which must hold
// across every server on one database, use SharedRateLimiter instead.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int perMinute) : m_perMinute(perMinute) {}

    // Takes one token; returns 0 when allowed, else the seconds until one is available.
    int acquire(const std::string& key, Clock::time_point now = Clock::now());

private:
    void pruneLocked(std::int64_t nowMs);

    int m_perMinute;
    std::mutex m_mutex;
    std::unordered_map<std::string, TokenBucket> m_buckets;
};

} // namespace selftrack::server
