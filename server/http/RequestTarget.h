// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace selftrack::server::http {

// The origin-form request target ("/path?query") split into the percent-decoded path and query
// parameters ('+' in the query is a space), the way cpp-httplib handed them to the handlers before.
// Pure: the fuzz target links it.
struct RequestTarget {
    std::string path; // decoded path
    std::multimap<std::string, std::string> params;

    // nullopt unless the target starts with '/' (absolute-form and '*' are refused).
    static std::optional<RequestTarget> parse(std::string_view target);
    static std::string decode(std::string_view text, bool plusIsSpace);
};

} // namespace selftrack::server::http
