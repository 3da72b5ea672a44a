// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HealthHandler.h"

#include "server/HttpSupport.h"

namespace selftrack::server {

void HealthHandler::install(Router& router) {
    router.add("GET", "/healthz", Auth::None, [this](RequestContext& ctx) {
        auto probe = m_context.storage().findAccount(0);
        if (!probe)
            return sendProblem(ctx.res, Problem::make(503, "unavailable", "The database does not answer."));
        sendJson(ctx.res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

} // namespace selftrack::server
