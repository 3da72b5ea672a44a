// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Request.h"

#include <boost/beast/core/string.hpp>

namespace selftrack::server::http {

std::string Request::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (boost::beast::iequals(key, name))
            return value;
    }
    return {};
}

std::size_t Request::headerCount(std::string_view name) const {
    std::size_t count = 0;
    for (const auto& header : headers)
        count += boost::beast::iequals(header.first, name) ? 1 : 0;
    return count;
}

} // namespace selftrack::server::http
