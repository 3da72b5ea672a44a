// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawConnection.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>

namespace selftrack::server::test {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

std::string RawResponse::header(const std::string& lowerCaseName) const {
    const auto it = headers.find(lowerCaseName);
    return it == headers.end() ? std::string() : it->second;
}

RawConnection::~RawConnection() {
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_context)
        SSL_CTX_free(m_context);
    ::close(m_fd);
}

std::unique_ptr<RawConnection> RawConnection::connect(int port, const std::string& source) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return nullptr;
    std::unique_ptr<RawConnection> connection(new RawConnection(fd));
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    const timeval sendTimeout{30, 0}; // a server that stops reading must not hang the test
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, sizeof sendTimeout);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0)
        return nullptr;
    return connection;
}

bool RawConnection::handshake(const QString& caFile) {
    m_context = SSL_CTX_new(TLS_client_method());
    if (!m_context || SSL_CTX_load_verify_locations(m_context, QFile::encodeName(caFile).constData(), nullptr) != 1)
        return false;
    SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER, nullptr);
    m_ssl = SSL_new(m_context);
    SSL_set_fd(m_ssl, m_fd);
    SSL_set1_host(m_ssl, "127.0.0.1");
    return SSL_connect(m_ssl) == 1;
}

bool RawConnection::send(std::string_view bytes) {
    while (!bytes.empty()) {
        const int chunk = static_cast<int>(std::min<std::size_t>(bytes.size(), 1 << 20));
        const long sent =
            m_ssl ? SSL_write(m_ssl, bytes.data(), chunk) : ::send(m_fd, bytes.data(), chunk, MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

std::size_t RawConnection::sendWhileUnanswered(const std::function<std::string()>& next) {
    std::size_t total = 0;
    for (std::string piece = next(); !piece.empty(); piece = next()) {
        if (readable(0) || !send(piece))
            break;
        total += piece.size();
    }
    return total;
}

bool RawConnection::readable(int timeoutMs) {
    if (!m_in.empty() || (m_ssl && SSL_pending(m_ssl) > 0))
        return true;
    pollfd poll{m_fd, POLLIN, 0};
    if (::poll(&poll, 1, timeoutMs) <= 0)
        return false;
    if (!m_ssl)
        return true;
    // TLS 1.3 session tickets make the socket readable without any application data.
    const int flags = ::fcntl(m_fd, F_GETFL);
    ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    char buffer[16384];
    const int got = SSL_read(m_ssl, buffer, sizeof buffer);
    const int error = got > 0 ? SSL_ERROR_NONE : SSL_get_error(m_ssl, got);
    ::fcntl(m_fd, F_SETFL, flags);
    if (got > 0)
        m_in.append(buffer, static_cast<std::size_t>(got));
    return error != SSL_ERROR_WANT_READ;
}

bool RawConnection::receive(int timeoutMs) {
    if (!(m_ssl && SSL_pending(m_ssl) > 0)) {
        pollfd poll{m_fd, POLLIN, 0};
        if (::poll(&poll, 1, timeoutMs) <= 0)
            return false;
    }
    char buffer[16384];
    const long got = m_ssl ? SSL_read(m_ssl, buffer, sizeof buffer) : ::recv(m_fd, buffer, sizeof buffer, 0);
    if (got <= 0)
        return false;
    m_in.append(buffer, static_cast<std::size_t>(got));
    return true;
}

bool RawConnection::fill(std::size_t bytes, int timeoutMs) {
    while (m_in.size() < bytes) {
        if (!receive(timeoutMs))
            return false;
    }
    return true;
}

std::optional<std::string> RawConnection::line(int timeoutMs) {
    for (;;) {
        const auto end = m_in.find("\r\n");
        if (end != std::string::npos) {
            std::string text = m_in.substr(0, end);
            m_in.erase(0, end + 2);
            return text;
        }
        if (!receive(timeoutMs))
            return std::nullopt;
    }
}

std::optional<RawResponse> RawConnection::readResponse(int timeoutMs) {
    const auto statusLine = line(timeoutMs);
    if (!statusLine || statusLine->size() < 12 || !statusLine->starts_with("HTTP/1.1 "))
        return std::nullopt;
    RawResponse response;
    response.status = std::atoi(statusLine->c_str() + 9);
    for (;;) {
        const auto header = line(timeoutMs);
        if (!header)
            return std::nullopt;
        if (header->empty())
            break;
        const auto colon = header->find(':');
        std::string value = header->substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        response.headers[lower(header->substr(0, colon))] = value;
    }
    if (response.status == 100)
        return readResponse(timeoutMs);
    if (lower(response.header("transfer-encoding")) == "chunked") {
        for (;;) {
            const auto size = line(timeoutMs);
            if (!size)
                return std::nullopt;
            const std::size_t bytes = std::stoul(*size, nullptr, 16);
            if (!fill(bytes + 2, timeoutMs))
                return std::nullopt;
            response.body += m_in.substr(0, bytes);
            m_in.erase(0, bytes + 2);
            if (bytes == 0)
                return response;
        }
    }
    const std::size_t length = std::stoul("0" + response.header("content-length"));
    if (!fill(length, timeoutMs))
        return std::nullopt;
    response.body = m_in.substr(0, length);
    m_in.erase(0, length);
    return response;
}

bool RawConnection::waitForClose(int timeoutMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd poll{m_fd, POLLIN, 0};
        if (::poll(&poll, 1, 100) <= 0)
            continue;
        char buffer[4096];
        const long got = m_ssl ? SSL_read(m_ssl, buffer, sizeof buffer) : ::recv(m_fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            if (m_ssl && SSL_get_error(m_ssl, static_cast<int>(got)) == SSL_ERROR_WANT_READ)
                continue;
            return true;
        }
    }
    return false;
}

long residentKiB(long pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 16, '\n');
    }
    return 0;
}

} // namespace selftrack::server::test
