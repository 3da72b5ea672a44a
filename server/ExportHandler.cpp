// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ExportHandler.h"

#include "server/ExportWriter.h"
#include "server/HttpSupport.h"
#include "server/protocol/RequestParser.h"

#include <cstdio>

namespace selftrack::server {

void ExportHandler::install(Router& router) {
    router.add("GET", "/v1/account/export", Auth::Bearer, [this](RequestContext& ctx) { exportAccount(ctx); });
}

void ExportHandler::exportAccount(RequestContext& ctx) {
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    m_context.flushRequestCounts();
    ctx.deferLog = true;
    const AccountId account = ctx.account();
    ServerContext& context = m_context;
    ctx.res.contentType = "application/json";
    // The stream runs on the worker thread once this handler returned; it gets copies of what it needs.
    ctx.res.stream = [&context, method = ctx.req.method, route = ctx.route, started = ctx.started,
                      account](const http::Response::ChunkWriter& write) {
        ExportWriter writer([&write](const std::string& text) { return write(text); }, ServerContext::nowMs());
        auto exported = context.storage().exportAccount(account, writer);
        bool success = true;
        if (!exported) {
            std::fprintf(stderr, "error: export failed: %s\n", exported.error().message.c_str());
            success = false; // the client sees a truncated body, never a complete-looking one
        }
        success = success && writer.finish();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        context.log().write(
            AccessLogEntry{method, route, success ? 200 : 500, writer.bytesWritten(), ms, context.accountTag(account)});
        return success;
    };
}

} // namespace selftrack::server
