// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Router.h"

#include "server/Authenticator.h"
#include "server/HttpSupport.h"

#include <cstdio>
#include <exception>
#include <set>

namespace selftrack::server {

namespace {

std::vector<std::string> splitPath(std::string_view path) {
    std::vector<std::string> segments;
    if (path.empty() || path.front() != '/')
        return segments;
    path.remove_prefix(1);
    for (;;) {
        const auto slash = path.find('/');
        segments.emplace_back(path.substr(0, slash));
        if (slash == std::string_view::npos)
            return segments;
        path.remove_prefix(slash + 1);
    }
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

void Router::add(const std::string& method, const std::string& routeTemplate, Auth auth, RouteHandler handler,
                 BodySize body) {
    m_entries.push_back(Entry{method, routeTemplate, splitPath(routeTemplate), auth, body, std::move(handler)});
}

bool Router::matches(const Entry& entry, std::string_view path, std::vector<std::string>* captures) {
    const std::vector<std::string> segments = splitPath(path);
    if (segments.size() != entry.segments.size())
        return false;
    std::vector<std::string> found{std::string(path)};
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (entry.segments[i].starts_with('{')) {
            if (segments[i].empty())
                return false;
            found.push_back(segments[i]);
        } else if (segments[i] != entry.segments[i]) {
            return false;
        }
    }
    if (captures)
        *captures = std::move(found);
    return true;
}

http::RequestHandler::Route Router::route(std::string_view method, std::string_view path) const {
    std::optional<Route> known;
    for (const Entry& entry : m_entries) {
        if (!matches(entry, path, nullptr))
            continue;
        if (entry.method == method)
            return Route{entry.routeTemplate, entry.body == BodySize::Large ? m_maxBody : m_smallBody};
        known = Route{entry.routeTemplate, m_smallBody};
    }
    return known ? *known : Route{"(unmatched)", m_smallBody};
}

void Router::handle(http::Request& request, http::Response& response) {
    RequestContext ctx{request, response, "(unmatched)", std::nullopt, std::chrono::steady_clock::now(), false};
    for (const Entry& entry : m_entries) {
        if (entry.method == request.method && matches(entry, request.path, &request.matches)) {
            ctx.route = entry.routeTemplate;
            return dispatch(ctx, entry);
        }
    }
    answerUnrouted(ctx);
}

void Router::answerUnrouted(RequestContext& ctx) {
    std::set<std::string> methods;
    for (const Entry& entry : m_entries) {
        if (matches(entry, ctx.req.path, nullptr)) {
            ctx.route = entry.routeTemplate;
            methods.insert(entry.method);
        }
    }
    std::string allow;
    for (const std::string& method : methods)
        allow += (allow.empty() ? "" : ", ") + method;
    if (allow.empty()) {
        sendProblem(ctx.res, Problem::make(404, "not-found", "No such endpoint."));
    } else {
        ctx.res.setHeader("Allow", allow);
        sendProblem(ctx.res, Problem::make(405, "method-not-allowed", "Allowed methods: " + allow + "."));
    }
    logRequest(m_context, ctx, ctx.res.status, ctx.res.body.size());
}

void Router::dispatch(RequestContext& ctx, const Entry& entry) {
    try {
        bool allowed = true;
        if (entry.auth == Auth::Bearer) {
            auto session = Authenticator::authenticate(m_context, ctx.req);
            if (session) {
                ctx.session = std::move(*session);
            } else {
                sendProblem(ctx.res, session.error());
                allowed = false;
            }
        }
        if (allowed)
            entry.handler(ctx);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: unexpected exception in %s %s: %s\n", ctx.req.method.c_str(), ctx.route.c_str(),
                     e.what());
        ctx.deferLog = false;
        ctx.res = http::Response();
        sendProblem(ctx.res, Problem::make(500, "internal", "An internal error occurred."));
    }
    if (!ctx.deferLog)
        logRequest(m_context, ctx, ctx.res.status, ctx.res.body.size());
}

} // namespace selftrack::server
