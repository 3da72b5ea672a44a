// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Router.h"

#include "server/Authenticator.h"
#include "server/HttpSupport.h"

#include <cstdio>
#include <exception>

namespace selftrack::server {

namespace {

// "/v1/items/{item_id}/revisions" -> "/v1/items/([^/]+)/revisions"
std::string patternOf(const std::string& routeTemplate) {
    std::string pattern;
    for (std::size_t i = 0; i < routeTemplate.size(); ++i) {
        if (routeTemplate[i] == '{') {
            i = routeTemplate.find('}', i);
            pattern += "([^/]+)";
        } else {
            pattern += routeTemplate[i];
        }
    }
    return pattern;
}

double millisSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

void Router::logRequest(ServerContext& context, const RequestContext& ctx, int status, std::size_t bytes) {
    AccessLogEntry entry{ctx.req.method, ctx.route, status, bytes, millisSince(ctx.started), std::nullopt};
    if (ctx.session)
        entry.account = context.accountTag(ctx.session->accountId);
    context.log().write(entry);
}

void Router::registerMethod(const std::string& method, const std::string& pattern, httplib::Server::Handler handler) {
    if (method == "GET")
        m_server.Get(pattern, std::move(handler));
    else if (method == "POST")
        m_server.Post(pattern, std::move(handler));
    else if (method == "PATCH")
        m_server.Patch(pattern, std::move(handler));
    else if (method == "PUT")
        m_server.Put(pattern, std::move(handler));
    else if (method == "DELETE")
        m_server.Delete(pattern, std::move(handler));
    m_methodsByPattern[pattern].insert(method);
}

void Router::add(const std::string& method, const std::string& routeTemplate, Auth auth, RouteHandler handler) {
    registerMethod(
        method, patternOf(routeTemplate),
        [this, routeTemplate, auth, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
            dispatch(req, res, routeTemplate, auth, handler);
        });
}

void Router::dispatch(const httplib::Request& req, httplib::Response& res, const std::string& route, Auth auth,
                      const RouteHandler& handler) {
    RequestContext ctx{req, res, route, std::nullopt, std::chrono::steady_clock::now(), false};
    res.set_header("Cache-Control", "no-store");
    try {
        bool allowed = true;
        if (auth == Auth::Bearer) {
            auto session = Authenticator::authenticate(m_context, req);
            if (session) {
                ctx.session = std::move(*session);
            } else {
                sendProblem(res, session.error());
                allowed = false;
            }
        }
        if (allowed)
            handler(ctx);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: unexpected exception in %s %s: %s\n", req.method.c_str(), route.c_str(), e.what());
        ctx.deferLog = false;
        sendProblem(res, Problem::make(500, "internal", "An internal error occurred."));
    }
    if (!ctx.deferLog)
        logRequest(m_context, ctx, res.status, res.body.size());
}

void Router::finish() {
    static const char* const kMethods[] = {"GET", "POST", "PATCH", "PUT", "DELETE"};
    const auto known = m_methodsByPattern;
    for (const auto& [pattern, methods] : known) {
        std::string allow;
        for (const std::string& method : methods)
            allow += (allow.empty() ? "" : ", ") + method;
        for (const char* method : kMethods) {
            if (methods.contains(method))
                continue;
            registerMethod(
                method, pattern, [this, allow, pattern](const httplib::Request& req, httplib::Response& res) {
                    RequestContext ctx{req, res, pattern, std::nullopt, std::chrono::steady_clock::now(), false};
                    res.set_header("Allow", allow);
                    sendProblem(res, Problem::make(405, "method-not-allowed", "Allowed methods: " + allow + "."));
                    logRequest(m_context, ctx, res.status, res.body.size());
                });
        }
    }
    m_server.set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty() || res.has_header("Content-Length"))
                return httplib::Server::HandlerResponse::Unhandled;
            RequestContext ctx{req, res, "(unmatched)", std::nullopt, std::chrono::steady_clock::now(), false};
            // httplib may not have consumed the whole request (oversized header or body, unknown route):
            // closing the connection keeps the rest from being read as the next request.
            res.set_header("Connection", "close");
            if (res.status == 413)
                sendProblem(res, Problem::make(413, "payload-too-large", "The request body is too large."));
            else if (res.status == 404)
                sendProblem(res, Problem::make(404, "not-found", "No such endpoint."));
            else
                sendProblem(res, Problem::make(res.status, res.status >= 500 ? "internal" : "invalid-request",
                                               "The request could not be processed."));
            logRequest(m_context, ctx, res.status, res.body.size());
            return httplib::Server::HandlerResponse::Handled;
        }));
}

} // namespace selftrack::server
