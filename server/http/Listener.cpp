// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Listener.h"

#include "server/http/Connection.h"

#include <boost/asio/strand.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <thread>
#include <vector>

namespace selftrack::server::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using asio::ip::tcp;

namespace {

// Accepting, TLS handshakes and socket reads and writes are cheap; handlers run on the workers.
constexpr int kIoThreads = 2;
constexpr auto kAcceptRetry = std::chrono::milliseconds(100);
constexpr auto kRefusedLogInterval = std::chrono::seconds(1);

} // namespace

Listener::Listener(const Limits& limits, RequestHandler& handler, AccessLog& log, int workers)
    : m_limits(limits), m_handler(handler), m_log(log), m_gate(m_limits, m_handler),
      m_limiter(limits.maxConnections, limits.maxConnectionsPerAddress),
      m_workers(workers), m_services{m_limits, m_handler, m_gate, m_workers, m_log, m_registry, m_stopping},
      m_io(kIoThreads), m_acceptor(asio::make_strand(m_io)), m_retry(m_acceptor.get_executor()) {}

Listener::~Listener() = default;

Result<std::unique_ptr<Listener>> Listener::create(const Limits& limits, RequestHandler& handler, AccessLog& log,
                                                   int workers, const std::optional<Tls>& tls) {
    std::unique_ptr<Listener> listener(new Listener(limits, handler, log, workers));
    if (tls) {
        auto& context = listener->m_tls.emplace(asio::ssl::context::tls_server);
        context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
        boost::system::error_code error;
        context.use_certificate_chain_file(tls->certFile, error);
        if (!error)
            context.use_private_key_file(tls->keyFile, asio::ssl::context::pem, error);
        if (error)
            return fail(ErrorCode::Io, "Cannot use the certificate/key pair for TLS.");
    }
    return listener;
}

Result<int> Listener::bind(const std::string& host, int port) {
    boost::system::error_code error;
    auto failure = [&] {
        return fail(ErrorCode::Io,
                    "Cannot listen on " + host + ":" + std::to_string(port) + ": " + error.message() + ".");
    };
    tcp::resolver resolver(m_io);
    const auto endpoints = resolver.resolve(host, std::to_string(port), tcp::resolver::passive, error);
    if (error)
        return failure();
    if (endpoints.empty()) {
        error = asio::error::host_not_found;
        return failure();
    }
    const tcp::endpoint endpoint = endpoints.begin()->endpoint();
    // SO_REUSEADDR only: SO_REUSEPORT would let a second server share the port.
    if (m_acceptor.open(endpoint.protocol(), error) ||
        m_acceptor.set_option(tcp::acceptor::reuse_address(true), error) || m_acceptor.bind(endpoint, error) ||
        m_acceptor.listen(asio::socket_base::max_listen_connections, error)) {
        m_acceptor.close();
        return failure();
    }
    return static_cast<int>(m_acceptor.local_endpoint().port());
}

void Listener::run() {
    asio::post(m_acceptor.get_executor(), [this] {
        if (!m_stopping)
            accept();
    });
    std::vector<std::thread> threads;
    for (int i = 1; i < kIoThreads; ++i)
        threads.emplace_back([this] { m_io.run(); });
    m_io.run();
    for (std::thread& thread : threads)
        thread.join();
}

void Listener::stop() {
    m_stopping = true;
    asio::post(m_acceptor.get_executor(), [this] {
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        m_retry.cancel();
        if (m_refused > 0)
            m_log.writeConnection(ConnectionLogEntry{"refused", m_refused, 0});
        m_refused = 0;
    });
    m_registry.closeIdle();
}

void Listener::accept() {
    m_acceptor.async_accept(
        asio::make_strand(m_io),
        [this](const boost::system::error_code& error, tcp::socket socket) { onAccept(error, std::move(socket)); });
}

void Listener::noteRefused() {
    ++m_refused;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_refusedLogged < kRefusedLogInterval)
        return;
    m_log.writeConnection(ConnectionLogEntry{"refused", m_refused, 0});
    m_refused = 0;
    m_refusedLogged = now;
}

void Listener::onAccept(const boost::system::error_code& error, tcp::socket socket) {
    if (m_stopping || error == asio::error::operation_aborted)
        return;
    if (error) { // e.g. out of file descriptors: try again shortly instead of spinning
        m_retry.expires_after(kAcceptRetry);
        m_retry.async_wait([this](const boost::system::error_code& waited) {
            if (!waited && !m_stopping)
                accept();
        });
        return;
    }
    boost::system::error_code ignored;
    const tcp::endpoint remote = socket.remote_endpoint(ignored);
    const std::string address = remote.address().to_string();
    auto slot = ignored ? std::nullopt : m_limiter.tryAcquire(address);
    if (!slot) {
        noteRefused();
        socket.close(ignored);
    } else if (m_tls) {
        socket.set_option(tcp::no_delay(true), ignored);
        using TlsStream = beast::ssl_stream<beast::tcp_stream>;
        std::make_shared<Connection<TlsStream>>(TlsStream(std::move(socket), *m_tls), m_services, std::move(*slot),
                                                address)
            ->start();
    } else {
        socket.set_option(tcp::no_delay(true), ignored);
        std::make_shared<Connection<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), m_services,
                                                        std::move(*slot), address)
            ->start();
    }
    accept();
}

} // namespace selftrack::server::http
