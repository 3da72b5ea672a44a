// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace selftrack::server {

// Normalizes an email address the same way the client does before deriving its login salt:
// trimmed, Unicode NFC, lower case. nullopt when it is not a plausible address: exactly one '@',
// local part 1-64 bytes without spaces or control characters, domain of dot-separated labels
// (letters, digits, '-', not at a label's ends) with at least one dot, total <= 254 bytes.
std::optional<std::string> normalizeEmail(std::string_view input);

} // namespace selftrack::server
