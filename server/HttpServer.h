// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/AccountHandlers.h"
#include "server/AuthHandlers.h"
#include "server/Certificate.h"
#include "server/ExportHandler.h"
#include "server/HealthHandler.h"
#include "server/ItemHandlers.h"
#include "server/Router.h"
#include "server/SessionHandlers.h"
#include "server/SyncHandlers.h"

#include <httplib.h>

#include <memory>
#include <optional>

namespace selftrack::server {

// The cpp-httplib server (HTTPS, or HTTP with --insecure-http) with every API v1 route, limits
// and timeouts applied. bind() then run() on one thread; stop() from any thread makes run()
// return after in-flight requests finish.
class HttpServer {
public:
    // `tls` = nullopt for plain HTTP. Fails when the certificate or key cannot be used.
    static Result<std::unique_ptr<HttpServer>> create(ServerContext& context, const std::optional<TlsFiles>& tls);

    // Binds host:port (port 0 = any free port); returns the bound port.
    Result<int> bind(const std::string& host, int port);
    void run();
    void stop();
    bool isRunning() const { return m_server->is_running(); }

private:
    HttpServer(ServerContext& context, std::unique_ptr<httplib::Server> server);
    void configure();

    ServerContext& m_context;
    std::unique_ptr<httplib::Server> m_server;
    Router m_router;
    HealthHandler m_health;
    AuthHandlers m_auth;
    SessionHandlers m_sessions;
    AccountHandlers m_account;
    ExportHandler m_export;
    SyncHandlers m_sync;
    ItemHandlers m_items;
};

} // namespace selftrack::server
