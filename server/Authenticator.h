// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerContext.h"
#include "server/protocol/Problem.h"

#include "server/http/Request.h"

namespace selftrack::server {

// Resolves "Authorization: Bearer <token>" to a live session: hashes the token, looks the hash
// up, compares in constant time, applies the per-token rate limit, counts the request for usage
// and refreshes last_used_at at most once a minute.
class Authenticator {
public:
    static Parsed<Session> authenticate(ServerContext& context, const http::Request& req);
};

} // namespace selftrack::server
