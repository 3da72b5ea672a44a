// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the server's request parsing and validation layer (server/protocol): every
// body parser, the query parsers, path segments, cursors and email normalization; and the HTTP
// engine's request head: Beast's parser with the server's limits, then the request target split. Besides "no crash,
// no sanitizer report" it checks the contracts the HTTP layer relies on: a rejection is a 4xx problem
// whose JSON body parses, and an accepted request holds only values inside the documented limits.
#include "server/http/RequestTarget.h"
#include "server/protocol/Cursor.h"
#include "server/protocol/Email.h"
#include "server/protocol/RequestParser.h"

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace selftrack::server;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

template <typename T> void checkOutcome(const Parsed<T>& parsed) {
    if (parsed)
        return;
    const Problem& problem = parsed.error();
    require(problem.status >= 400 && problem.status < 500);
    require(!problem.code.empty());
    const std::string json = problem.toJson();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    require(error.error == QJsonParseError::NoError && document.isObject());
}

void checkPush(const Parsed<PushRequest>& parsed) {
    checkOutcome(parsed);
    if (!parsed)
        return;
    require(!parsed->revisions.empty() && parsed->revisions.size() <= static_cast<std::size_t>(kMaxRevisionsPerPush));
    for (const PushedRevision& revision : parsed->revisions) {
        require(isCanonicalUuid(revision.itemId) && isCanonicalUuid(revision.revId));
        require(revision.baseRev >= 0);
        require(static_cast<std::int64_t>(revision.envelope.size()) <= kMaxEnvelopeBytes);
        require(revision.deleted || !revision.envelope.empty());
    }
}

// "k=v&k2=v2" → QueryParams, the way the HTTP layer hands them over (already percent-decoded).
QueryParams toQuery(std::string_view text) {
    QueryParams params;
    while (!text.empty()) {
        const auto amp = text.find('&');
        const std::string_view pair = text.substr(0, amp);
        const auto eq = pair.find('=');
        params.emplace(std::string(pair.substr(0, eq)),
                       eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
        if (amp == std::string_view::npos)
            break;
        text.remove_prefix(amp + 1);
    }
    return params;
}

// Feeds raw bytes to the request parser as the engine configures it (server/http/Limits.h); what
// it accepts stays inside the limits, and a target it accepts splits into a path that starts with '/'.
void checkRequestHead(std::string_view input) {
    namespace bhttp = boost::beast::http;
    constexpr std::size_t kHeaderBytes = 8 * 1024;
    constexpr std::size_t kBodyBytes = 64 * 1024;
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(kHeaderBytes);
    parser.body_limit(kBodyBytes);
    parser.eager(true);
    boost::system::error_code error;
    while (!input.empty() && !parser.is_done()) {
        const std::size_t used = parser.put(boost::asio::buffer(input.data(), input.size()), error);
        if (error || used == 0)
            break;
        input.remove_prefix(used);
    }
    if (parser.is_header_done()) {
        require(parser.get().target().size() <= kHeaderBytes);
        if (const auto target = selftrack::server::http::RequestTarget::parse(parser.get().target()))
            require(!target->path.empty() && target->path.front() == '/');
    }
    if (parser.is_done())
        require(parser.get().body().size() <= kBodyBytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (selector % 13) {
    case 0:
        checkOutcome(parseRegister(input));
        break;
    case 1:
        checkOutcome(parseLogin(input));
        break;
    case 2:
        checkOutcome(parsePatchAccount(input));
        break;
    case 3:
        checkOutcome(parseReauth(input));
        break;
    case 4:
        checkPush(parsePush(input));
        break;
    case 5:
        checkOutcome(parseAuthParamsQuery(toQuery(input)));
        break;
    case 6: {
        const auto query = parseChangesQuery(toQuery(input));
        checkOutcome(query);
        if (query)
            require(query->afterSeq >= 0 && query->limit >= 1 && query->limit <= kMaxPageSize);
        break;
    }
    case 7: {
        const auto query = parseRevisionsQuery(toQuery(input));
        checkOutcome(query);
        if (query)
            require(query->afterRev >= 0 && query->limit >= 1 && query->limit <= kMaxPageSize);
        break;
    }
    case 8:
        checkOutcome(parseNoQuery(toQuery(input)));
        break;
    case 9: {
        const auto item = parseItemId(input);
        checkOutcome(item);
        if (item)
            require(isCanonicalUuid(*item));
        checkOutcome(parseRevNumber(input));
        (void)isSessionId(input);
        break;
    }
    case 10: {
        // A decoded cursor round-trips; an encoded seq always decodes to itself.
        if (const auto seq = decodeCursor(input)) {
            require(*seq >= 0);
            require(decodeCursor(encodeCursor(*seq)) == seq);
        }
        std::int64_t seq = 0;
        for (std::size_t i = 0; i < input.size() && i < 8; ++i)
            seq = (seq << 8) | static_cast<std::uint8_t>(input[i]);
        if (seq >= 0)
            require(decodeCursor(encodeCursor(seq)) == seq);
        break;
    }
    case 11:
        // Normalization is idempotent: clients derive the login salt from its result.
        if (const auto email = normalizeEmail(input))
            require(normalizeEmail(*email) == email);
        break;
    case 12:
        checkRequestHead(input);
        break;
    }
    return 0;
}
