// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Authenticator.h"

#include "server/HttpSupport.h"
#include "server/Secrets.h"

namespace selftrack::server {

namespace {

constexpr std::size_t kMaxTokenLength = 128;
constexpr std::int64_t kTouchIntervalMs = 60 * 1000;

Problem unauthorized(const char* detail) {
    return Problem::make(401, "unauthorized", detail);
}

} // namespace

Parsed<Session> Authenticator::authenticate(ServerContext& context, const http::Request& req) {
    if (req.headerCount("Authorization") != 1)
        return std::unexpected(unauthorized("This endpoint needs an Authorization: Bearer token."));
    const std::string header = req.header("Authorization");
    constexpr std::string_view kScheme = "Bearer ";
    if (header.size() <= kScheme.size() || header.size() > kScheme.size() + kMaxTokenLength ||
        std::string_view(header).substr(0, kScheme.size()) != kScheme)
        return std::unexpected(unauthorized("This endpoint needs an Authorization: Bearer token."));
    const std::string hash = tokenHash(std::string_view(header).substr(kScheme.size()));
    const std::int64_t now = ServerContext::nowMs();
    auto session = context.storage().findSessionByTokenHash(hash, now);
    if (!session)
        return std::unexpected(problemFromError(session.error()));
    if (!*session || !constantTimeEquals((*session)->tokenHash, hash))
        return std::unexpected(unauthorized("The token is unknown, revoked or expired."));
    if (const int wait = context.tokenLimiter().acquire("token:" + hash); wait > 0)
        return std::unexpected(rateLimited(wait));
    context.requests().add((*session)->accountId, ServerContext::today());
    if (now - (*session)->lastUsedAt > kTouchIntervalMs)
        (void)context.storage().touchSession((*session)->accountId, (*session)->id, now);
    return std::move(**session);
}

} // namespace selftrack::server
