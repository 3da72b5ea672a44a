// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/RequestTarget.h"

namespace selftrack::server::http {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string RequestTarget::decode(std::string_view text, bool plusIsSpace) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c; // a stray '%' stays as it is
        }
    }
    return out;
}

std::optional<RequestTarget> RequestTarget::parse(std::string_view target) {
    if (target.empty() || target.front() != '/')
        return std::nullopt;
    RequestTarget parsed;
    const auto question = target.find('?');
    const std::string_view rawPath = target.substr(0, question);
    parsed.path = decode(rawPath, false);
    if (question == std::string_view::npos)
        return parsed;
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            parsed.params.emplace(decode(pair.substr(0, eq), true),
                                  eq == std::string_view::npos ? std::string() : decode(pair.substr(eq + 1), true));
        }
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
    return parsed;
}

} // namespace selftrack::server::http
