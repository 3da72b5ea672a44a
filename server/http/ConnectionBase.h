// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace selftrack::server::http {

// What the listener may ask of a live connection whatever its transport.
class ConnectionBase {
public:
    virtual ~ConnectionBase() = default;
    // Thread-safe: closes the connection if it is waiting for a handshake or a request; a request
    // in progress finishes and the connection closes after its response.
    virtual void closeIfIdle() = 0;
};

} // namespace selftrack::server::http
