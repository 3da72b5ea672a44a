// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>

namespace selftrack::server::http {

// What one connection and one request may cost the server (docs/protocol.md, "HTTP limits").
// Every limit holds whatever the client sends: chunked bodies count like Content-Length ones, and
// deadlines cover a whole request, not one read.
struct Limits {
    // Largest body of the routes that take big bodies (push); every other route takes smallBodyBytes.
    std::size_t maxBodyBytes = 16 * 1024 * 1024;
    std::size_t smallBodyBytes = 64 * 1024;
    // Request line plus all header fields, and the number of header fields (431 past either).
    std::size_t headerBytes = 8 * 1024;
    std::size_t maxHeaderFields = 64;
    // From the moment the server waits for a request (new connection or keep-alive) until its
    // headers are complete; a TLS handshake has the same budget of its own.
    std::chrono::milliseconds headerTimeout{10000};
    // A body must arrive within bodyGrace plus its size at minBodyBytesPerSecond.
    std::chrono::milliseconds bodyGrace{10000};
    std::size_t minBodyBytesPerSecond = 64 * 1024;
    // A response must be taken by the client within writeGrace plus its size at the same rate.
    std::chrono::milliseconds writeGrace{30000};
    // Open connections in total and per client address; more are closed right after accept.
    std::size_t maxConnections = 1000;
    std::size_t maxConnectionsPerAddress = 64;
};

} // namespace selftrack::server::http
