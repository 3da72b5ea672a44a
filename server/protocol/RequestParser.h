// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/protocol/Problem.h"
#include "server/protocol/Requests.h"

#include <map>
#include <string>
#include <string_view>

// The request parsing and validation layer: pure functions from bytes to validated requests or
// a Problem (400/403/413). No network, no database, no global state: the fuzz target links only this.
namespace selftrack::server {

using QueryParams = std::multimap<std::string, std::string>;

Parsed<RegisterRequest> parseRegister(std::string_view body);
Parsed<LoginRequest> parseLogin(std::string_view body);
Parsed<PatchAccountRequest> parsePatchAccount(std::string_view body);
Parsed<ReauthRequest> parseReauth(std::string_view body);
Parsed<PushRequest> parsePush(std::string_view body);

// GET /v1/auth/params?email=
Parsed<std::string> parseAuthParamsQuery(const QueryParams& params);
Parsed<ChangesQuery> parseChangesQuery(const QueryParams& params);
Parsed<RevisionsQuery> parseRevisionsQuery(const QueryParams& params);
// Rejects any query parameter (endpoints that take none).
Parsed<bool> parseNoQuery(const QueryParams& params);

// Path segments.
bool isCanonicalUuid(std::string_view text);
bool isSessionId(std::string_view text);
Parsed<std::string> parseItemId(std::string_view text);
Parsed<std::int64_t> parseRevNumber(std::string_view text);

} // namespace selftrack::server
