// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace selftrack::server {

// The opaque changes cursor: "c1." + base64url(decimal seq). Clients must not parse it; the
// prefix lets the format change later without breaking old cursors.
std::string encodeCursor(std::int64_t seq);
// The seq of a cursor made by encodeCursor (empty text = 0); nullopt for anything else.
std::optional<std::int64_t> decodeCursor(std::string_view cursor);

} // namespace selftrack::server
