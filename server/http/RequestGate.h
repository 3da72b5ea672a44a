// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Limits.h"
#include "server/http/Request.h"
#include "server/http/RequestHandler.h"
#include "server/http/Response.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <optional>
#include <string>
#include <system_error>

namespace selftrack::server::http {

// The engine's decisions about a request that need no I/O: what to refuse once the headers are
// in (431, 413, 415, 400), what to answer a read error with, and the handler's view of the request.
class RequestGate {
public:
    using Header = boost::beast::http::request_header<>;
    using Message = boost::beast::http::request<boost::beast::http::string_body>;

    struct Verdict {
        std::string method; // a known method name or "OTHER": never the client's text
        RequestHandler::Route route;
        std::optional<Response> refusal; // answer now and close the connection
        bool expectContinue = false;
    };

    RequestGate(const Limits& limits, const RequestHandler& handler) : m_limits(limits), m_handler(handler) {}

    // `contentLength`: the declared length, nullopt for chunked or no body.
    Verdict inspect(const Header& header, std::optional<std::uint64_t> contentLength) const;
    // The answer to a read that failed with a parser error (413, 431 or 400), nullopt when the
    // error is the peer going away or a deadline (nothing to answer).
    static std::optional<Response> answerReadError(const boost::system::error_code& error);
    static Request toRequest(Message message, std::string method, std::string remoteAddr);
    static std::string methodName(boost::beast::http::verb verb);
    static Response problem(int status, const std::string& code, const std::string& detail);

private:
    const Limits& m_limits;
    const RequestHandler& m_handler;
};

} // namespace selftrack::server::http
