// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace selftrack::server {

// Every failure a server module can report. The HTTP layer maps codes to status codes; messages are
// one sentence for operators/clients and never contain secrets, tokens, emails or content.
enum class ErrorCode {
    NotFound,     // the row does not exist for this account (never "exists for another account")
    EmailTaken,   // unique constraint on accounts.email
    InvalidInput, // a value the storage refuses (caller should have validated)
    Unavailable,  // database unreachable / pool exhausted / busy timeout: retryable (HTTP 503)
    WrongKey,     // the server key does not open the embedded database
    Unsupported,  // operation not offered by this backend (e.g. key rotation on PostgreSQL)
    Config,       // bad command line / configuration
    Io,           // files, sockets, certificates
    Internal,     // anything else (HTTP 500)
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message) {
    return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace selftrack::server
