// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace selftrack::server {

// One rate-limit bucket: capacity N tokens, refilled at N per minute. The arithmetic shared by
// the in-process RateLimiter and the buckets kept in storage (Storage::takeRateToken), so a
// limit means the same wherever it is counted. Times are milliseconds on any one clock.
struct TokenBucket {
    double tokens = 0;
    std::int64_t updatedMs = 0;

    static TokenBucket full(int perMinute, std::int64_t nowMs) { return {static_cast<double>(perMinute), nowMs}; }

    // Refills for the time since updatedMs (a clock that went back refills nothing), then takes
    // one token if there is one. Returns 0 when a token was taken, else the whole seconds (>= 1)
    // until one will be available: the Retry-After value.
    int take(int perMinute, std::int64_t nowMs);

    // A bucket idle this long is full again for any rate: forgetting it changes nothing.
    static constexpr std::int64_t kIdleForgetMs = 60 * 1000;
};

} // namespace selftrack::server
