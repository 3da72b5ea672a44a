// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace selftrack::server::http {

// One complete, size-checked request as the handlers see it. The path and the query are already
// split and percent-decoded; `matches` holds the route's {placeholders} (index 0: the whole path).
struct Request {
    std::string method;
    std::string path;
    std::multimap<std::string, std::string> params;
    std::vector<std::pair<std::string, std::string>> headers; // names as sent
    std::string body;
    std::string remoteAddr;
    std::vector<std::string> matches;

    // The first value of a header (case-insensitive name), empty when absent.
    std::string header(std::string_view name) const;
    std::size_t headerCount(std::string_view name) const;
};

} // namespace selftrack::server::http
