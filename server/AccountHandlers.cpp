// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AccountHandlers.h"

#include "server/HttpSupport.h"
#include "server/JsonViews.h"
#include "server/protocol/RequestParser.h"

namespace selftrack::server {

namespace {

constexpr std::int64_t kUsageDays = 30;

} // namespace

void AccountHandlers::install(Router& router) {
    router.add("GET", "/v1/account", Auth::Bearer, [this](RequestContext& ctx) { show(ctx); });
    router.add("PATCH", "/v1/account", Auth::Bearer, [this](RequestContext& ctx) { update(ctx); });
    router.add("DELETE", "/v1/account", Auth::Bearer, [this](RequestContext& ctx) { remove(ctx); });
    router.add("GET", "/v1/account/usage", Auth::Bearer, [this](RequestContext& ctx) { usage(ctx); });
}

void AccountHandlers::show(RequestContext& ctx) {
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    auto account = m_context.storage().findAccount(ctx.account());
    if (!account)
        return sendProblem(ctx.res, problemFromError(account.error()));
    if (!*account)
        return sendProblem(ctx.res, Problem::make(401, "unauthorized", "The account no longer exists."));
    sendJson(ctx.res, 200, accountJson(**account));
}

std::optional<Account> AccountHandlers::reauthenticate(RequestContext& ctx, const core::SecureBuffer& password) {
    auto account = m_context.storage().findAccount(ctx.account());
    if (!account) {
        sendProblem(ctx.res, problemFromError(account.error()));
        return std::nullopt;
    }
    if (!*account) {
        sendProblem(ctx.res, Problem::make(401, "unauthorized", "The account no longer exists."));
        return std::nullopt;
    }
    if (auto problem = limitProblem(m_context.reauthLimiter().acquire(ctx.session->id))) {
        sendProblem(ctx.res, *problem);
        return std::nullopt;
    }
    if (!m_context.hasher().verify(password, (*account)->passwordVerifier)) {
        sendProblem(ctx.res, Problem::make(401, "invalid-credentials", "The current password is wrong."));
        return std::nullopt;
    }
    return std::move(**account);
}

void AccountHandlers::update(RequestContext& ctx) {
    if (auto problem = requireJsonBody(ctx.req))
        return sendProblem(ctx.res, *problem);
    auto request = parsePatchAccount(ctx.req.body);
    if (!request)
        return sendProblem(ctx.res, request.error());
    auto account = reauthenticate(ctx, request->currentPassword);
    if (!account)
        return;
    CredentialsUpdate update;
    update.email = request->email;
    update.kdf = request->kdf;
    update.wrappedKey = request->wrappedKey;
    if (request->serverPassword) {
        auto verifier = m_context.hasher().hash(*request->serverPassword);
        if (!verifier)
            return sendProblem(ctx.res, problemFromError(verifier.error()));
        update.passwordVerifier = std::move(*verifier);
        update.revokeSessionsExcept = ctx.session->id;
    }
    auto updated = m_context.storage().updateCredentials(ctx.account(), update);
    if (!updated)
        return sendProblem(ctx.res, problemFromError(updated.error()));
    auto fresh = m_context.storage().findAccount(ctx.account());
    if (!fresh || !*fresh)
        return sendProblem(ctx.res, fresh ? Problem::make(401, "unauthorized", "The account no longer exists.")
                                          : problemFromError(fresh.error()));
    sendJson(ctx.res, 200, accountJson(**fresh));
}

void AccountHandlers::remove(RequestContext& ctx) {
    if (auto problem = requireJsonBody(ctx.req))
        return sendProblem(ctx.res, *problem);
    auto request = parseReauth(ctx.req.body);
    if (!request)
        return sendProblem(ctx.res, request.error());
    if (!reauthenticate(ctx, request->currentPassword))
        return;
    auto removed = m_context.storage().deleteAccount(ctx.account());
    if (!removed)
        return sendProblem(ctx.res, problemFromError(removed.error()));
    sendNoContent(ctx.res);
}

void AccountHandlers::usage(RequestContext& ctx) {
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    m_context.flushRequestCounts();
    auto usage = m_context.storage().usage(ctx.account(), ServerContext::today() - (kUsageDays - 1));
    if (!usage)
        return sendProblem(ctx.res, problemFromError(usage.error()));
    sendJson(ctx.res, 200,
             QJsonObject{{QStringLiteral("items"), static_cast<qint64>(usage->items)},
                         {QStringLiteral("revisions"), static_cast<qint64>(usage->revisions)},
                         {QStringLiteral("bytes"), static_cast<qint64>(usage->bytes)},
                         {QStringLiteral("purged_items"), static_cast<qint64>(usage->tombstones)},
                         {QStringLiteral("sessions"), static_cast<qint64>(usage->sessions)},
                         {QStringLiteral("requests_30d"), static_cast<qint64>(usage->requests)}});
}

} // namespace selftrack::server
