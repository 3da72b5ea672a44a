// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ExportHandler.h"

#include "server/ExportWriter.h"
#include "server/HttpSupport.h"
#include "server/protocol/RequestParser.h"

#include <cstdio>
#include <memory>

namespace selftrack::server {

void ExportHandler::install(Router& router) {
    router.add("GET", "/v1/account/export", Auth::Bearer, [this](RequestContext& ctx) { exportAccount(ctx); });
}

void ExportHandler::exportAccount(RequestContext& ctx) {
    if (auto query = parseNoQuery(ctx.req.params); !query)
        return sendProblem(ctx.res, query.error());
    m_context.flushRequestCounts();
    ctx.deferLog = true;
    // The provider runs after this handler returned; it gets copies of what it needs.
    auto bytes = std::make_shared<std::size_t>(0);
    const AccountId account = ctx.account();
    ServerContext& context = m_context;
    ctx.res.set_chunked_content_provider(
        "application/json",
        [&context, account, bytes](std::size_t, httplib::DataSink& sink) {
            ExportWriter writer([&sink](const std::string& text) { return sink.write(text.data(), text.size()); },
                                ServerContext::nowMs());
            auto exported = context.storage().exportAccount(account, writer);
            *bytes = writer.bytesWritten();
            if (!exported) {
                std::fprintf(stderr, "error: export failed: %s\n", exported.error().message.c_str());
                return false; // the client sees a truncated body, never a complete-looking one
            }
            if (!writer.finish())
                return false;
            *bytes = writer.bytesWritten();
            sink.done();
            return true;
        },
        [&context, method = ctx.req.method, route = ctx.route, started = ctx.started, account, bytes](bool success) {
            // Runs when the response is destroyed: only copies are safe to use here.
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            context.log().write(
                AccessLogEntry{method, route, success ? 200 : 500, *bytes, ms, context.accountTag(account)});
        });
}

} // namespace selftrack::server
