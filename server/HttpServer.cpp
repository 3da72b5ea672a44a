// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpServer.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace selftrack::server {

namespace {

constexpr time_t kReadTimeoutSeconds = 30;
constexpr time_t kWriteTimeoutSeconds = 30;
// An idle keep-alive connection holds a worker until this expires, and SIGTERM waits for it.
constexpr time_t kKeepAliveSeconds = 5;
// Requests per connection before the server closes it (httplib's default of 5 forces a new TLS
// handshake every few requests). A kept-alive connection holds its worker until then, so with more
// clients than workers the waiting connections get one only when another connection ends: at 1000
// they waited past a client's 10 s connect timeout; 100 hands workers around within seconds.
constexpr std::size_t kKeepAliveMaxRequests = 100;

} // namespace

HttpServer::HttpServer(ServerContext& context, std::unique_ptr<httplib::Server> server)
    : m_context(context), m_server(std::move(server)), m_router(*m_server, context), m_health(context), m_auth(context),
      m_sessions(context), m_account(context), m_export(context), m_sync(context), m_items(context) {}

Result<std::unique_ptr<HttpServer>> HttpServer::create(ServerContext& context, const std::optional<TlsFiles>& tls) {
    std::unique_ptr<httplib::Server> server;
    if (tls) {
        const QByteArray cert = QFile::encodeName(tls->certFile);
        const QByteArray key = QFile::encodeName(tls->keyFile);
        server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    } else {
        server = std::make_unique<httplib::Server>();
    }
    if (!server->is_valid())
        return fail(ErrorCode::Io, "Cannot use the certificate/key pair for TLS.");
    std::unique_ptr<HttpServer> http(new HttpServer(context, std::move(server)));
    http->configure();
    return http;
}

void HttpServer::configure() {
    const ServerConfig& config = m_context.config();
    const auto threads = static_cast<std::size_t>(config.threads);
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // Plain SO_REUSEADDR: httplib's default SO_REUSEPORT would let a second server share the port.
    m_server->set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    m_server->set_payload_max_length(static_cast<std::size_t>(config.maxBodyBytes));
    m_server->set_read_timeout(kReadTimeoutSeconds, 0);
    m_server->set_write_timeout(kWriteTimeoutSeconds, 0);
    m_server->set_keep_alive_timeout(kKeepAliveSeconds);
    m_server->set_keep_alive_max_count(kKeepAliveMaxRequests);
    // Without TCP_NODELAY small responses wait for the peer's delayed ACK (~40 ms per request).
    m_server->set_tcp_nodelay(true);
    m_health.install(m_router);
    m_auth.install(m_router);
    m_sessions.install(m_router);
    m_account.install(m_router);
    m_export.install(m_router);
    m_sync.install(m_router);
    m_items.install(m_router);
    m_router.finish();
}

Result<int> HttpServer::bind(const std::string& host, int port) {
    errno = 0;
    if (port == 0) {
        const int bound = m_server->bind_to_any_port(host);
        if (bound > 0)
            return bound;
    } else if (m_server->bind_to_port(host, port)) {
        return port;
    }
    const std::string reason = errno ? std::strerror(errno) : "cannot bind";
    return fail(ErrorCode::Io, "Cannot listen on " + host + ":" + std::to_string(port) + ": " + reason + ".");
}

void HttpServer::run() {
    m_server->listen_after_bind();
}

void HttpServer::stop() {
    m_server->stop();
}

} // namespace selftrack::server
