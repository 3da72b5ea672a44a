// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/RequestGate.h"

#include "server/http/RequestTarget.h"
#include "server/protocol/Problem.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>

#include <iterator>

namespace selftrack::server::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

Response RequestGate::problem(int status, const std::string& code, const std::string& detail) {
    Response response;
    response.status = status;
    response.setContent(Problem::make(status, code, detail).toJson(), "application/problem+json");
    return response;
}

std::string RequestGate::methodName(bhttp::verb verb) {
    switch (verb) {
    case bhttp::verb::get:
    case bhttp::verb::head:
    case bhttp::verb::post:
    case bhttp::verb::put:
    case bhttp::verb::patch:
    case bhttp::verb::delete_:
    case bhttp::verb::options:
        return std::string(bhttp::to_string(verb));
    default:
        return "OTHER";
    }
}

RequestGate::Verdict RequestGate::inspect(const Header& header, std::optional<std::uint64_t> contentLength) const {
    Verdict verdict{methodName(header.method()), {"(unmatched)", m_limits.smallBodyBytes}, std::nullopt, false};
    if (static_cast<std::size_t>(std::distance(header.begin(), header.end())) > m_limits.maxHeaderFields) {
        verdict.refusal = problem(431, "header-too-large", "The request has too many header fields.");
        return verdict;
    }
    const auto target = RequestTarget::parse(header.target());
    if (!target) {
        verdict.refusal = problem(400, "invalid-request", "The request target must be an absolute path.");
        return verdict;
    }
    verdict.route = m_handler.route(verdict.method, target->path);
    const auto encoding = header.find(bhttp::field::content_encoding);
    const auto transfer = header.find(bhttp::field::transfer_encoding);
    if ((encoding != header.end() && !beast::iequals(encoding->value(), "identity")) ||
        (transfer != header.end() && !beast::iequals(transfer->value(), "chunked"))) {
        verdict.refusal =
            problem(415, "unsupported-media-type", "Compressed or transfer-encoded request bodies are not accepted.");
        return verdict;
    }
    if (contentLength && *contentLength > verdict.route.bodyLimit) {
        verdict.refusal = problem(413, "payload-too-large", "The request body is too large.");
        return verdict;
    }
    const auto expect = header.find(bhttp::field::expect);
    verdict.expectContinue = expect != header.end() && beast::iequals(expect->value(), "100-continue");
    return verdict;
}

std::optional<Response> RequestGate::answerReadError(const boost::system::error_code& error) {
    if (error == bhttp::error::body_limit)
        return problem(413, "payload-too-large", "The request body is too large.");
    if (error == bhttp::error::header_limit)
        return problem(431, "header-too-large", "The request line or headers are too large.");
    if (error.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
        error != bhttp::error::end_of_stream && error != bhttp::error::partial_message)
        return problem(400, "invalid-request", "The request could not be parsed.");
    return std::nullopt;
}

Request RequestGate::toRequest(Message message, std::string method, std::string remoteAddr) {
    Request request;
    auto target = RequestTarget::parse(message.target());
    if (target) {
        request.path = std::move(target->path);
        request.params = std::move(target->params);
    }
    request.method = std::move(method);
    for (const auto& field : message)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(message.body());
    request.remoteAddr = std::move(remoteAddr);
    return request;
}

} // namespace selftrack::server::http
