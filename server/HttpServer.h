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
#include "server/http/Listener.h"

#include <memory>
#include <optional>

namespace selftrack::server {

// The API v1 server: every route on the HTTP engine (http::Listener; HTTPS, or HTTP with
// --insecure-http) with the limits of the configuration. bind() then run() on one thread; stop()
// from any thread makes run() return after in-flight requests finish.
class HttpServer {
public:
    // `tls` = nullopt for plain HTTP. Fails when the certificate or key cannot be used.
    static Result<std::unique_ptr<HttpServer>> create(ServerContext& context, const std::optional<TlsFiles>& tls);

    // Binds host:port (port 0 = any free port); returns the bound port.
    Result<int> bind(const std::string& host, int port) { return m_listener->bind(host, port); }
    void run() { m_listener->run(); }
    void stop() { m_listener->stop(); }

    // The engine's limits for a configuration.
    static http::Limits limitsFor(const ServerConfig& config);

private:
    explicit HttpServer(ServerContext& context);
    void installRoutes();

    ServerContext& m_context;
    Router m_router;
    HealthHandler m_health;
    AuthHandlers m_auth;
    SessionHandlers m_sessions;
    AccountHandlers m_account;
    ExportHandler m_export;
    SyncHandlers m_sync;
    ItemHandlers m_items;
    std::unique_ptr<http::Listener> m_listener;
};

} // namespace selftrack::server
