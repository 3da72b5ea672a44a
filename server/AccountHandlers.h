// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// GET/PATCH/DELETE /v1/account and GET /v1/account/usage. Changing credentials and deleting the
// account need the current server password again (rate limited like a login).
class AccountHandlers {
public:
    explicit AccountHandlers(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void show(RequestContext& ctx);
    void update(RequestContext& ctx);
    void remove(RequestContext& ctx);
    void usage(RequestContext& ctx);
    // Loads the caller's account and checks `password` against it; nullopt after answering.
    std::optional<Account> reauthenticate(RequestContext& ctx, const core::SecureBuffer& password);

    ServerContext& m_context;
};

} // namespace selftrack::server
