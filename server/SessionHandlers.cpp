// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SessionHandlers.h"

#include "server/HttpSupport.h"
#include "server/JsonViews.h"
#include "server/protocol/RequestParser.h"

#include <QJsonArray>

namespace selftrack::server {

void SessionHandlers::install(Router& router) {
    router.add("GET", "/v1/sessions", Auth::Bearer, [this](RequestContext& ctx) { list(ctx); });
    router.add("DELETE", "/v1/sessions/{id}", Auth::Bearer, [this](RequestContext& ctx) { revoke(ctx); });
}

void SessionHandlers::list(RequestContext& ctx) {
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    auto sessions = m_context.storage().listSessions(ctx.account(), ServerContext::nowMs());
    if (!sessions)
        return sendProblem(ctx.res, problemFromError(sessions.error()));
    QJsonArray list;
    for (const Session& session : *sessions)
        list.append(sessionJson(session, ctx.session->id));
    sendJson(ctx.res, 200, QJsonObject{{QStringLiteral("sessions"), list}});
}

void SessionHandlers::revoke(RequestContext& ctx) {
    const std::string which = ctx.path(1);
    Storage& storage = m_context.storage();
    if (which == "all") {
        auto removed = storage.deleteAllSessions(ctx.account());
        if (!removed)
            return sendProblem(ctx.res, problemFromError(removed.error()));
        return sendNoContent(ctx.res);
    }
    const std::string id = which == "current" ? ctx.session->id : which;
    if (!isSessionId(id))
        return sendProblem(ctx.res, Problem::make(404, "not-found", "No such session."));
    auto removed = storage.deleteSession(ctx.account(), id);
    if (!removed)
        return sendProblem(ctx.res, problemFromError(removed.error()));
    if (!*removed)
        return sendProblem(ctx.res, Problem::make(404, "not-found", "No such session."));
    sendNoContent(ctx.res);
}

} // namespace selftrack::server
