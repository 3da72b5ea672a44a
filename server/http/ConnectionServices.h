// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/AccessLog.h"
#include "server/http/ConnectionRegistry.h"
#include "server/http/Limits.h"
#include "server/http/RequestGate.h"
#include "server/http/RequestHandler.h"
#include "server/http/WorkerPool.h"

#include <atomic>

namespace selftrack::server::http {

// What every connection shares; owned by the Listener, which outlives its connections.
struct ConnectionServices {
    const Limits& limits;
    RequestHandler& handler;
    const RequestGate& gate;
    WorkerPool& workers;
    AccessLog& log;
    ConnectionRegistry& registry;
    const std::atomic<bool>& stopping;
};

} // namespace selftrack::server::http
