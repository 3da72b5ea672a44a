// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpSupport.h"

#include <QJsonDocument>

#include <cstdio>

namespace selftrack::server {

void sendJson(http::Response& res, int status, const QJsonObject& body) {
    res.status = status;
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.setContent(std::string(text.constData(), static_cast<std::size_t>(text.size())), "application/json");
}

void sendProblem(http::Response& res, const Problem& problem) {
    res.status = problem.status;
    if (problem.retryAfterSeconds)
        res.setHeader("Retry-After", std::to_string(*problem.retryAfterSeconds));
    if (problem.status == 401)
        res.setHeader("WWW-Authenticate", "Bearer realm=\"selftrack\"");
    res.setContent(problem.toJson(), "application/problem+json");
}

void sendNoContent(http::Response& res) {
    res.status = 204;
    res.body.clear();
    res.contentType.clear();
}

Problem problemFromError(const Error& error) {
    switch (error.code) {
    case ErrorCode::Unavailable: {
        Problem problem = Problem::make(503, "unavailable", "The database is busy or unreachable; retry later.");
        problem.retryAfterSeconds = 2;
        return problem;
    }
    case ErrorCode::NotFound:
        return Problem::make(404, "not-found", "Not found.");
    case ErrorCode::EmailTaken:
        return Problem::make(409, "email-taken", "An account with this email address exists.");
    default:
        std::fprintf(stderr, "error: %s\n", error.message.c_str());
        return Problem::make(500, "internal", "An internal error occurred.");
    }
}

std::optional<Problem> requireJsonBody(const http::Request& req) {
    const std::string type = req.header("Content-Type");
    const std::string_view kJson = "application/json";
    if (type.size() >= kJson.size() && std::string_view(type).substr(0, kJson.size()) == kJson &&
        (type.size() == kJson.size() || type[kJson.size()] == ';' || type[kJson.size()] == ' '))
        return std::nullopt;
    return Problem::make(415, "unsupported-media-type", "The request body must be sent as application/json.");
}

Problem rateLimited(int retryAfter) {
    Problem problem = Problem::make(429, "rate-limited", "Too many requests; retry after the given delay.");
    problem.retryAfterSeconds = retryAfter;
    return problem;
}

std::optional<Problem> limitProblem(const Result<int>& wait) {
    if (!wait)
        return problemFromError(wait.error());
    if (*wait > 0)
        return rateLimited(*wait);
    return std::nullopt;
}

} // namespace selftrack::server
