// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/protocol/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace selftrack::server {

namespace {

QString qs(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

Problem Problem::invalid(std::vector<FieldError> errors) {
    constexpr std::size_t kMaxFieldName = 128; // an unknown key may be megabytes long
    if (errors.size() > kMaxFieldErrors)
        errors.resize(kMaxFieldErrors);
    for (FieldError& error : errors) {
        if (error.field.size() > kMaxFieldName)
            error.field = error.field.substr(0, kMaxFieldName) + "...";
    }
    std::string detail = "The request is not valid.";
    if (!errors.empty())
        detail = "Field '" + errors.front().field + "' " + errors.front().message + ".";
    Problem problem = make(400, "invalid-request", std::move(detail));
    problem.errors = std::move(errors);
    return problem;
}

std::string Problem::title() const {
    switch (status) {
    case 400:
        return "Bad request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not found";
    case 405:
        return "Method not allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload too large";
    case 415:
        return "Unsupported media type";
    case 431:
        return "Request header fields too large";
    case 429:
        return "Too many requests";
    case 503:
        return "Service unavailable";
    default:
        return status >= 500 ? "Internal server error" : "Request failed";
    }
}

std::string Problem::toJson() const {
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("urn:selftrack:problem:") + qs(code)},
                       {QStringLiteral("title"), qs(title())},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("detail"), qs(detail)},
                       {QStringLiteral("code"), qs(code)}};
    if (!errors.empty()) {
        QJsonArray list;
        for (const FieldError& error : errors)
            list.append(QJsonObject{{QStringLiteral("field"), qs(error.field)},
                                    {QStringLiteral("message"), qs(error.message)}});
        object.insert(QStringLiteral("errors"), list);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace selftrack::server
