// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SharedRateLimiter.h"

#include "server/Secrets.h"
#include "server/ServerContext.h"

namespace selftrack::server {

SharedRateLimiter::SharedRateLimiter(Storage& storage, const core::SecureBuffer& secret, std::string name,
                                     int perMinute)
    : m_storage(storage), m_secret(secret), m_name(std::move(name)), m_perMinute(perMinute) {}

Result<int> SharedRateLimiter::acquire(const std::string& key) {
    if (m_perMinute <= 0)
        return 0;
    // 128 bits of HMAC: collisions are out of reach, the key cannot be recovered without the secret.
    const std::string bucket = m_name + ":" + toHex(hmacSha256(m_secret, "rate:" + m_name + ":" + key)).substr(0, 32);
    return m_storage.takeRateToken(bucket, m_perMinute, ServerContext::nowMs());
}

} // namespace selftrack::server
