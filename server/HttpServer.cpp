// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpServer.h"

#include <QFile>

namespace selftrack::server {

http::Limits HttpServer::limitsFor(const ServerConfig& config) {
    http::Limits limits;
    limits.maxBodyBytes = static_cast<std::size_t>(config.maxBodyBytes);
    limits.headerTimeout = std::chrono::seconds(config.requestTimeoutSeconds);
    limits.bodyGrace = std::chrono::seconds(config.requestTimeoutSeconds);
    limits.maxConnections = static_cast<std::size_t>(config.maxConnections);
    limits.maxConnectionsPerAddress = static_cast<std::size_t>(config.maxConnectionsPerIp);
    return limits;
}

HttpServer::HttpServer(ServerContext& context)
    : m_context(context), m_router(context, static_cast<std::size_t>(context.config().maxBodyBytes),
                                   limitsFor(context.config()).smallBodyBytes),
      m_health(context), m_auth(context), m_sessions(context), m_account(context), m_export(context), m_sync(context),
      m_items(context) {}

Result<std::unique_ptr<HttpServer>> HttpServer::create(ServerContext& context, const std::optional<TlsFiles>& tls) {
    std::unique_ptr<HttpServer> server(new HttpServer(context));
    server->installRoutes();
    std::optional<http::Listener::Tls> files;
    if (tls)
        files = http::Listener::Tls{QFile::encodeName(tls->certFile).toStdString(),
                                    QFile::encodeName(tls->keyFile).toStdString()};
    auto listener = http::Listener::create(limitsFor(context.config()), server->m_router, context.log(),
                                           context.config().threads, files);
    if (!listener)
        return std::unexpected(listener.error());
    server->m_listener = std::move(*listener);
    return server;
}

void HttpServer::installRoutes() {
    m_health.install(m_router);
    m_auth.install(m_router);
    m_sessions.install(m_router);
    m_account.install(m_router);
    m_export.install(m_router);
    m_sync.install(m_router);
    m_items.install(m_router);
}

} // namespace selftrack::server
