// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerContext.h"

#include "server/Secrets.h"
#include "server/TokenBucket.h"

#include <QByteArray>

#include <chrono>
#include <cstdio>

namespace selftrack::server {

ServerContext::ServerContext(Storage& storage, const ServerConfig& config, core::SecureBuffer secret, AccessLog& log)
    : m_storage(storage), m_config(config), m_secret(std::move(secret)), m_log(log), m_hasher(config.serverArgon2),
      m_authIp(storage, m_secret, "auth-ip", config.rateAuthIp),
      m_authEmailAddress(storage, m_secret, "auth-email-ip", config.rateAuthEmail),
      m_authEmail(storage, m_secret, "auth-email", config.rateAuthEmail * kEmailCeilingFactor),
      m_reauth(storage, m_secret, "reauth", config.rateAuthEmail), m_token(config.rateToken) {}

Result<int> ServerContext::acquireAuthAttempt(const std::string& email, const std::string& address) {
    // The NUL cannot occur in a normalised email, so no two pairs share a key.
    auto wait = m_authEmailAddress.acquire(email + std::string(1, '\0') + address);
    if (!wait || *wait > 0)
        return wait;
    return m_authEmail.acquire(email);
}

std::string ServerContext::accountTag(AccountId id) const {
    const core::SecureBuffer mac = hmacSha256(m_secret, "account:" + std::to_string(id));
    return toHex(mac).substr(0, 16);
}

std::string ServerContext::fakeSeed(const std::string& normalizedEmail) const {
    const core::SecureBuffer mac = hmacSha256(m_secret, "auth-params-seed:" + normalizedEmail);
    return QByteArray(reinterpret_cast<const char*>(mac.data()), static_cast<qsizetype>(mac.size()))
        .toBase64()
        .toStdString();
}

void ServerContext::flushRequestCounts() {
    const std::vector<RequestCount> counts = m_requests.drain();
    if (counts.empty())
        return;
    if (auto st = m_storage.addRequestCounts(counts); !st) {
        m_requests.restore(counts);
        std::fprintf(stderr, "warning: cannot store request counts: %s\n", st.error().message.c_str());
    }
}

void ServerContext::pruneRateBuckets() {
    if (auto pruned = m_storage.pruneRateBuckets(nowMs() - TokenBucket::kIdleForgetMs); !pruned)
        std::fprintf(stderr, "warning: cannot prune rate-limit buckets: %s\n", pruned.error().message.c_str());
}

std::int64_t ServerContext::nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t ServerContext::today() {
    return nowMs() / (24LL * 60 * 60 * 1000);
}

} // namespace selftrack::server
