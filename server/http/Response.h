// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace selftrack::server::http {

// What a handler answers. The engine adds Content-Length (or chunked framing for a stream),
// Cache-Control: no-store and the connection headers.
struct Response {
    // Hands one piece of a streamed body to the client; false once the client is gone.
    using ChunkWriter = std::function<bool(std::string_view)>;
    // Produces a streamed body on the worker thread after the handler returned; false when it
    // failed (the client then sees a truncated body and a closed connection).
    using Stream = std::function<bool(const ChunkWriter&)>;

    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string contentType;
    std::string body;
    Stream stream;

    void setHeader(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
    void setContent(std::string text, std::string type) {
        body = std::move(text);
        contentType = std::move(type);
    }
};

} // namespace selftrack::server::http
