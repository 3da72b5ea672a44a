// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Request.h"
#include "server/http/Response.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace selftrack::server::http {

// What the engine needs from the application: the route of a request once its headers arrived
// (to size the body limit and name the route in the access log), and the answer to a complete
// request. Implementations are shared by every worker thread.
class RequestHandler {
public:
    struct Route {
        std::string name;      // route template, or "(unmatched)"
        std::size_t bodyLimit; // largest body this route accepts
    };

    virtual ~RequestHandler() = default;
    virtual Route route(std::string_view method, std::string_view path) const = 0;
    // Runs on a worker thread; may block on the database. Writes its own access-log line.
    virtual void handle(Request& request, Response& response) = 0;
};

} // namespace selftrack::server::http
