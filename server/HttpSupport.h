// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerError.h"
#include "server/protocol/Problem.h"

#include <QJsonObject>

#include "server/http/Request.h"
#include "server/http/Response.h"

#include <optional>

// Response helpers shared by the handlers.
namespace selftrack::server {

void sendJson(http::Response& res, int status, const QJsonObject& body);
void sendProblem(http::Response& res, const Problem& problem);
void sendNoContent(http::Response& res);
// Maps a storage error to a problem (503 for Unavailable, 404, 409, else 500) and reports
// internal errors on stderr (the message never contains secrets or content).
Problem problemFromError(const Error& error);
// 415 unless the request declares a JSON body.
std::optional<Problem> requireJsonBody(const http::Request& req);
// 429 with Retry-After when `retryAfter` > 0.
Problem rateLimited(int retryAfter);
// For the result of a rate limiter: nothing when a token was taken, 429 when not, or the storage
// error (a limit that cannot be checked is not waived).
std::optional<Problem> limitProblem(const Result<int>& wait);

} // namespace selftrack::server
