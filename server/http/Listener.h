// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/AccessLog.h"
#include "server/ServerError.h"
#include "server/http/ConnectionLimiter.h"
#include "server/http/ConnectionRegistry.h"
#include "server/http/ConnectionServices.h"
#include "server/http/Limits.h"
#include "server/http/RequestGate.h"
#include "server/http/RequestHandler.h"
#include "server/http/WorkerPool.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace selftrack::server::http {

// The HTTP(S) engine: Boost.Beast on Asio. A few I/O threads accept, run TLS handshakes and read
// and write every connection asynchronously; `workers` threads run the handler. Connections past
// the caps are closed right after accept. bind() then run() on one thread; stop() from any thread
// (also before run()) makes run() return once in-flight requests are answered.
class Listener {
public:
    struct Tls {
        std::string certFile; // PEM chain
        std::string keyFile;  // PEM private key
    };

    // Fails when the certificate or key cannot be used.
    static Result<std::unique_ptr<Listener>> create(const Limits& limits, RequestHandler& handler, AccessLog& log,
                                                    int workers, const std::optional<Tls>& tls);
    ~Listener();
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    // Binds host:port (port 0 = any free port); returns the bound port.
    Result<int> bind(const std::string& host, int port);
    void run();
    void stop();

private:
    Listener(const Limits& limits, RequestHandler& handler, AccessLog& log, int workers);
    void accept();
    void onAccept(const boost::system::error_code& error, boost::asio::ip::tcp::socket socket);
    void noteRefused();

    Limits m_limits;
    RequestHandler& m_handler;
    AccessLog& m_log;
    RequestGate m_gate;
    ConnectionRegistry m_registry;
    ConnectionLimiter m_limiter;
    std::atomic<bool> m_stopping{false};
    WorkerPool m_workers;
    ConnectionServices m_services;
    std::optional<boost::asio::ssl::context> m_tls;
    boost::asio::io_context m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_retry;
    std::size_t m_refused = 0; // since the last "refused" log line (accept handler only)
    std::chrono::steady_clock::time_point m_refusedLogged;
};

} // namespace selftrack::server::http
