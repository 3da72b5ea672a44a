// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace selftrack::server {

int TokenBucket::take(int perMinute, std::int64_t nowMs) {
    const double capacity = perMinute;
    const double perMs = capacity / 60000.0;
    const std::int64_t elapsed = std::max<std::int64_t>(0, nowMs - updatedMs);
    tokens = std::min(capacity, tokens + static_cast<double>(elapsed) * perMs);
    updatedMs = std::max(updatedMs, nowMs);
    if (tokens >= 1.0) {
        tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - tokens) / perMs / 1000.0)));
}

} // namespace selftrack::server
