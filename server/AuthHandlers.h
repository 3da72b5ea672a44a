// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// Unauthenticated account endpoints: GET /v1/auth/params, POST /v1/accounts (register),
// POST /v1/sessions (login). Rate limited per client IP and per email.
class AuthHandlers {
public:
    explicit AuthHandlers(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void authParams(RequestContext& ctx);
    void registerAccount(RequestContext& ctx);
    void login(RequestContext& ctx);
    // Re-hashes the server password when the stored hash is cheaper than the current parameters.
    void upgradeVerifier(const Account& account, const core::SecureBuffer& password);
    // 429 problem when the client address is over its limit (503 when it cannot be checked).
    std::optional<Problem> limitAddress(const RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace selftrack::server
