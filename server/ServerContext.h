// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "server/AccessLog.h"
#include "server/PasswordHasher.h"
#include "server/RateLimiter.h"
#include "server/RequestCounter.h"
#include "server/ServerConfig.h"
#include "server/SharedRateLimiter.h"
#include "server/Storage.h"

#include <cstdint>
#include <string>

namespace selftrack::server {

// The services every request handler shares. Created once by ServerApp before the HTTP server
// starts; every member is thread-safe.
class ServerContext {
public:
    ServerContext(Storage& storage, const ServerConfig& config, core::SecureBuffer secret, AccessLog& log);

    Storage& storage() const { return m_storage; }
    const ServerConfig& config() const { return m_config; }
    const PasswordHasher& hasher() const { return m_hasher; }
    // Auth limits: shared with every server on the database. Per token: this process only.
    SharedRateLimiter& authIpLimiter() { return m_authIp; }
    // A login or register attempt for `email` from `address`: one token from the (email, address)
    // bucket (--rate-auth-email) and one from the email's ceiling (kEmailCeilingFactor times that),
    // so guesses from elsewhere cannot lock the owner out cheaply. 0 when allowed, else seconds.
    Result<int> acquireAuthAttempt(const std::string& email, const std::string& address);
    // Re-authentication by a holder of a valid session: its own bucket per session, which strangers'
    // failed logins never touch.
    SharedRateLimiter& reauthLimiter() { return m_reauth; }
    static constexpr int kEmailCeilingFactor = 10;
    RateLimiter& tokenLimiter() { return m_token; }
    RequestCounter& requests() { return m_requests; }
    AccessLog& log() const { return m_log; }

    // First 16 hex digits of HMAC(secret, "account:" + id): stable, not reversible without the secret.
    std::string accountTag(AccountId id) const;
    // Deterministic fake KDF seed (base64 of 32 bytes) for an email without an account.
    std::string fakeSeed(const std::string& normalizedEmail) const;
    // Writes the in-memory request counts to storage (maintenance thread, usage endpoint).
    void flushRequestCounts();
    // Forgets the stored rate-limit buckets that are full again (maintenance thread).
    void pruneRateBuckets();

    static std::int64_t nowMs();
    static std::int64_t today(); // days since the Unix epoch (UTC)

private:
    Storage& m_storage;
    const ServerConfig& m_config;
    core::SecureBuffer m_secret;
    AccessLog& m_log;
    PasswordHasher m_hasher;
    SharedRateLimiter m_authIp;
    SharedRateLimiter m_authEmailAddress;
    SharedRateLimiter m_authEmail;
    SharedRateLimiter m_reauth;
    RateLimiter m_token;
    RequestCounter m_requests;
};

} // namespace selftrack::server
