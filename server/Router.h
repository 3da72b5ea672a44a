// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerContext.h"
#include "server/StorageTypes.h"
#include "server/protocol/Problem.h"

#include <httplib.h>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace selftrack::server {

// What a handler sees: the request, the response, and the authenticated session (when the route
// requires one). `path(i)` is the i-th {placeholder} of the route template.
struct RequestContext {
    const httplib::Request& req;
    httplib::Response& res;
    std::string route;
    std::optional<Session> session;
    std::chrono::steady_clock::time_point started;
    bool deferLog = false; // streaming handlers write their own access-log line when done

    AccountId account() const { return session->accountId; }
    std::string path(std::size_t index) const { return req.matches[index].str(); }
};

using RouteHandler = std::function<void(RequestContext&)>;

enum class Auth { None, Bearer };

// Registers routes on the httplib server by template ("/v1/items/{item_id}/revisions"), wrapping
// each handler with: bearer authentication and per-token rate limit, `Cache-Control: no-store`,
// exception safety (500 problem), and one access-log line. finish() adds 405 answers for other
// methods on known paths and problem bodies for errors httplib produces itself (404, 413, 400).
class Router {
public:
    Router(httplib::Server& server, ServerContext& context) : m_server(server), m_context(context) {}

    void add(const std::string& method, const std::string& routeTemplate, Auth auth, RouteHandler handler);
    void finish();

    // Writes the access-log line for a finished request.
    static void logRequest(ServerContext& context, const RequestContext& ctx, int status, std::size_t bytes);

private:
    void dispatch(const httplib::Request& req, httplib::Response& res, const std::string& route, Auth auth,
                  const RouteHandler& handler);
    void registerMethod(const std::string& method, const std::string& pattern, httplib::Server::Handler handler);

    httplib::Server& m_server;
    ServerContext& m_context;
    std::map<std::string, std::set<std::string>> m_methodsByPattern;
};

} // namespace selftrack::server
