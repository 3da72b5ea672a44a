// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// POST /v1/sync/push and GET /v1/sync/changes.
class SyncHandlers {
public:
    explicit SyncHandlers(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void push(RequestContext& ctx);
    void changes(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace selftrack::server
