// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SyncHandlers.h"

#include "server/HttpSupport.h"
#include "server/JsonViews.h"
#include "server/protocol/Cursor.h"
#include "server/protocol/RequestParser.h"

#include <QJsonArray>

namespace selftrack::server {

void SyncHandlers::install(Router& router) {
    router.add(
        "POST", "/v1/sync/push", Auth::Bearer, [this](RequestContext& ctx) { push(ctx); }, BodySize::Large);
    router.add("GET", "/v1/sync/changes", Auth::Bearer, [this](RequestContext& ctx) { changes(ctx); });
}

void SyncHandlers::push(RequestContext& ctx) {
    if (auto problem = requireJsonBody(ctx.req))
        return sendProblem(ctx.res, *problem);
    auto request = parsePush(ctx.req.body);
    if (!request)
        return sendProblem(ctx.res, request.error());
    auto results = m_context.storage().push(ctx.account(), request->revisions, ServerContext::nowMs());
    if (!results) {
        if (results.error().code == ErrorCode::NotFound)
            return sendProblem(ctx.res, Problem::make(401, "unauthorized", "The account no longer exists."));
        return sendProblem(ctx.res, problemFromError(results.error()));
    }
    QJsonArray list;
    for (const PushItemResult& result : *results)
        list.append(pushResultJson(result));
    sendJson(ctx.res, 200, QJsonObject{{QStringLiteral("results"), list}});
}

void SyncHandlers::changes(RequestContext& ctx) {
    const auto query = parseChangesQuery(ctx.req.params);
    if (!query)
        return sendProblem(ctx.res, query.error());
    auto page = m_context.storage().changes(ctx.account(), query->afterSeq, query->limit);
    if (!page) {
        if (page.error().code == ErrorCode::NotFound)
            return sendProblem(ctx.res, Problem::make(401, "unauthorized", "The account no longer exists."));
        return sendProblem(ctx.res, problemFromError(page.error()));
    }
    if (page->resyncRequired)
        return sendProblem(ctx.res, Problem::make(410, "resync-required",
                                                  "The cursor is older than the retained history; pull again from "
                                                  "the beginning and merge by item id."));
    QJsonArray list;
    for (const Change& change : page->changes)
        list.append(changeJson(change));
    sendJson(ctx.res, 200,
             QJsonObject{{QStringLiteral("changes"), list},
                         {QStringLiteral("cursor"), QString::fromStdString(encodeCursor(page->lastSeq))},
                         {QStringLiteral("has_more"), page->hasMore}});
}

} // namespace selftrack::server
