// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerContext.h"
#include "server/StorageTypes.h"
#include "server/http/RequestHandler.h"
#include "server/protocol/Problem.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace selftrack::server {

// What a handler sees: the request, the response, and the authenticated session (when the route
// requires one). `path(i)` is the i-th {placeholder} of the route template.
struct RequestContext {
    const http::Request& req;
    http::Response& res;
    std::string route;
    std::optional<Session> session;
    std::chrono::steady_clock::time_point started;
    bool deferLog = false; // streaming handlers write their own access-log line when done

    AccountId account() const { return session->accountId; }
    std::string path(std::size_t index) const { return req.matches[index]; }
};

using RouteHandler = std::function<void(RequestContext&)>;

enum class Auth { None, Bearer };
// Bodies up to --max-body-mib (push) or the small limit every other route has.
enum class BodySize { Small, Large };

// The routes by template ("/v1/items/{item_id}/revisions"). Wraps each handler with: bearer
// authentication and per-token rate limit, exception safety (500 problem), and one access-log
// line; answers 404 for unknown paths and 405 (with Allow) for other methods on known ones.
// Register every route before the server starts; afterwards it is read-only and thread-safe.
class Router final : public http::RequestHandler {
public:
    Router(ServerContext& context, std::size_t maxBodyBytes, std::size_t smallBodyBytes)
        : m_context(context), m_maxBody(maxBodyBytes), m_smallBody(smallBodyBytes) {}

    void add(const std::string& method, const std::string& routeTemplate, Auth auth, RouteHandler handler,
             BodySize body = BodySize::Small);

    Route route(std::string_view method, std::string_view path) const override;
    void handle(http::Request& request, http::Response& response) override;

    // Writes the access-log line for a finished request.
    static void logRequest(ServerContext& context, const RequestContext& ctx, int status, std::size_t bytes);

private:
    struct Entry {
        std::string method;
        std::string routeTemplate;
        std::vector<std::string> segments; // "{...}" matches any one non-empty segment
        Auth auth;
        BodySize body;
        RouteHandler handler;
    };

    static bool matches(const Entry& entry, std::string_view path, std::vector<std::string>* captures);
    void dispatch(RequestContext& ctx, const Entry& entry);
    void answerUnrouted(RequestContext& ctx);

    ServerContext& m_context;
    std::size_t m_maxBody;
    std::size_t m_smallBody;
    std::vector<Entry> m_entries;
};

} // namespace selftrack::server
