// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// GET /healthz: 200 when the database answers, 503 otherwise. No auth, no rate limit.
class HealthHandler {
public:
    explicit HealthHandler(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    ServerContext& m_context;
};

} // namespace selftrack::server
