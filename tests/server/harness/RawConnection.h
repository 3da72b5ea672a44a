// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace selftrack::server::test {

// One response as it came off the wire.
struct RawResponse {
    int status = 0;
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;
    std::string header(const std::string& lowerCaseName) const;
};

// A hand-driven client connection for hostile-traffic tests: TCP from a chosen loopback source
// address to the server, optionally TLS (verified against the test CA), and bytes sent exactly as
// given. Blocking with poll-based timeouts; not thread-safe.
class RawConnection {
public:
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // TCP connect from `source` (any 127.x.y.z) to 127.0.0.1:port; nullptr when it fails.
    static std::unique_ptr<RawConnection> connect(int port, const std::string& source = "127.0.0.1");
    // TLS handshake verifying the server against caFile; false on failure.
    bool handshake(const QString& caFile);

    bool send(std::string_view bytes);
    // Sends the pieces `next` produces until it returns an empty string, stopping early when the
    // server answers (or closes): what a careful client does with a large upload. Returns the bytes sent.
    std::size_t sendWhileUnanswered(const std::function<std::string()>& next);
    // Whether data (or EOF) is ready within timeoutMs.
    bool readable(int timeoutMs);
    // One HTTP/1.1 response (Content-Length or chunked body); nullopt on EOF, error or timeout.
    std::optional<RawResponse> readResponse(int timeoutMs);
    // Waits for the server to close the connection; false when it is still open after timeoutMs.
    bool waitForClose(int timeoutMs);

private:
    explicit RawConnection(int fd) : m_fd(fd) {}
    // Appends what arrives within timeoutMs to m_in; false on EOF, error or timeout.
    bool receive(int timeoutMs);
    bool fill(std::size_t bytes, int timeoutMs);
    std::optional<std::string> line(int timeoutMs);

    int m_fd;
    SSL_CTX* m_context = nullptr;
    SSL* m_ssl = nullptr;
    std::string m_in;
};

// VmRSS of a process in KiB (from /proc/PID/status); 0 when unreadable.
long residentKiB(long pid);

} // namespace selftrack::server::test
