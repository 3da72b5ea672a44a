// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Router.h"

namespace selftrack::server {

// GET /v1/items/{item_id}/revisions, GET /v1/items/{item_id}/revisions/{rev},
// DELETE /v1/items/{item_id} (purge). Another account's item answers exactly like a missing one.
class ItemHandlers {
public:
    explicit ItemHandlers(ServerContext& context) : m_context(context) {}
    void install(Router& router);

private:
    void listRevisions(RequestContext& ctx);
    void showRevision(RequestContext& ctx);
    void purge(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace selftrack::server
