// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"

#include <optional>
#include <string>
#include <string_view>

// Random identifiers, bearer tokens, keyed hashes and constant-time comparison (OpenSSL).
namespace selftrack::server {

// "st_" + base64url(32 random bytes), the bearer token shown once at login.
core::SecureBuffer newBearerToken();
// Lower-case hex SHA-256 of a token: what the sessions table stores and looks up.
std::string tokenHash(std::string_view token);
// Lower-case hex of `bytes` random bytes (session ids).
std::string randomHex(std::size_t bytes);
// Raw HMAC-SHA-256 of `data` under `key` (32 bytes).
core::SecureBuffer hmacSha256(const core::SecureBuffer& key, std::string_view data);
std::string toHex(const core::SecureBuffer& bytes);
// Decodes hex digits (either case, an even count) straight into a zeroing buffer; nullopt when
// any character is not a hex digit or the count is odd.
std::optional<core::SecureBuffer> secureFromHex(std::string_view hex);
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace selftrack::server
