// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerConfig.h"

namespace selftrack::server {

// Runs the server until SIGTERM/SIGINT: opens and migrates the storage, prepares TLS, binds,
// serves, runs maintenance (request-count flush, expired sessions, retention) on a background
// thread, and shuts down gracefully. Returns the process exit code (0 clean, 1 startup error).
// The caller must have blocked SIGTERM, SIGINT and SIGUSR1 in every thread (blockShutdownSignals)
// before starting any thread.
class ServerApp {
public:
    static void blockShutdownSignals();
    static int run(const ServerConfig& config);
};

} // namespace selftrack::server
