// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ItemHandlers.h"

#include "server/HttpSupport.h"
#include "server/JsonViews.h"
#include "server/protocol/RequestParser.h"

#include <QJsonArray>

namespace selftrack::server {

namespace {

Problem notFound() {
    return Problem::make(404, "not-found", "No such item or revision.");
}

} // namespace

void ItemHandlers::install(Router& router) {
    router.add("GET", "/v1/items/{item_id}/revisions", Auth::Bearer,
               [this](RequestContext& ctx) { listRevisions(ctx); });
    router.add("GET", "/v1/items/{item_id}/revisions/{rev}", Auth::Bearer,
               [this](RequestContext& ctx) { showRevision(ctx); });
    router.add("DELETE", "/v1/items/{item_id}", Auth::Bearer, [this](RequestContext& ctx) { purge(ctx); });
}

void ItemHandlers::listRevisions(RequestContext& ctx) {
    const auto itemId = parseItemId(ctx.path(1));
    if (!itemId)
        return sendProblem(ctx.res, itemId.error());
    const auto query = parseRevisionsQuery(ctx.req.params);
    if (!query)
        return sendProblem(ctx.res, query.error());
    auto list = m_context.storage().listRevisions(ctx.account(), *itemId, query->afterRev, query->limit);
    if (!list)
        return sendProblem(ctx.res, problemFromError(list.error()));
    if (!*list)
        return sendProblem(ctx.res, notFound());
    QJsonArray revisions;
    for (const StoredRevision& revision : (*list)->revisions) {
        QJsonObject entry = revisionJson(revision, false);
        entry.remove(QStringLiteral("item_id"));
        revisions.append(entry);
    }
    sendJson(ctx.res, 200,
             QJsonObject{{QStringLiteral("item_id"), qstr(*itemId)},
                         {QStringLiteral("head_rev"), static_cast<qint64>((*list)->headRev)},
                         {QStringLiteral("has_more"), (*list)->hasMore},
                         {QStringLiteral("revisions"), revisions}});
}

void ItemHandlers::showRevision(RequestContext& ctx) {
    const auto itemId = parseItemId(ctx.path(1));
    if (!itemId)
        return sendProblem(ctx.res, itemId.error());
    const auto rev = parseRevNumber(ctx.path(2));
    if (!rev)
        return sendProblem(ctx.res, rev.error());
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    auto revision = m_context.storage().revision(ctx.account(), *itemId, *rev);
    if (!revision)
        return sendProblem(ctx.res, problemFromError(revision.error()));
    if (!*revision)
        return sendProblem(ctx.res, notFound());
    sendJson(ctx.res, 200, revisionJson(**revision, true));
}

void ItemHandlers::purge(RequestContext& ctx) {
    const auto itemId = parseItemId(ctx.path(1));
    if (!itemId)
        return sendProblem(ctx.res, itemId.error());
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    auto tombstone = m_context.storage().purgeItem(ctx.account(), *itemId, ServerContext::nowMs());
    if (!tombstone)
        return sendProblem(ctx.res, problemFromError(tombstone.error()));
    if (!*tombstone)
        return sendProblem(ctx.res, notFound());
    sendJson(ctx.res, 200, tombstoneJson(**tombstone));
}

} // namespace selftrack::server
