// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "server/ServerError.h"
#include "server/Storage.h"

#include <string>

namespace selftrack::server {

// A rate limit that holds across every server process on one database (the auth limits, so a
// load balancer in front of N servers does not give an attacker N times the attempts). Buckets
// live in storage (Storage::takeRateToken) under a keyed hash of the key: no IP address or email
// is stored in clear. N per minute, 0 disables. Thread-safe (storage is).
class SharedRateLimiter {
public:
    // `name` keeps limits apart ("auth-ip", "auth-email"); `secret` is the server secret and
    // must outlive the limiter.
    SharedRateLimiter(Storage& storage, const core::SecureBuffer& secret, std::string name, int perMinute);

    // Takes one token for `key`: 0 when allowed, else the seconds until one is available.
    Result<int> acquire(const std::string& key);

private:
    Storage& m_storage;
    const core::SecureBuffer& m_secret;
    std::string m_name;
    int m_perMinute;
};

} // namespace selftrack::server
