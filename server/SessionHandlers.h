// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// GET /v1/sessions, DELETE /v1/sessions/{id|current|all}.
class SessionHandlers {
public:
    explicit SessionHandlers(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void list(RequestContext& ctx);
    void revoke(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace selftrack::server
