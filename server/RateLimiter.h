// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace selftrack::server {

// Token buckets per key (client IP, email, token hash), in this process's memory: capacity N,
// refilled at N per minute. Thread-safe. N = 0 disables the limiter.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int perMinute) : m_perMinute(perMinute) {}

    // Takes one token; returns 0 when allowed, else the seconds until one is available.
    int acquire(const std::string& key, Clock::time_point now = Clock::now());

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point updated;
    };
    void pruneLocked(Clock::time_point now);

    int m_perMinute;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace selftrack::server
