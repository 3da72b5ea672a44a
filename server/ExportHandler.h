// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// GET /v1/account/export: everything stored for the account, streamed with chunked encoding from
// one database snapshot, so memory stays flat however large the history is.
class ExportHandler {
public:
    explicit ExportHandler(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void exportAccount(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace selftrack::server
