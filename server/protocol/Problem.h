// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

namespace selftrack::server {

// An error document lists at most this many field errors; parsers stop collecting there, so a body
// of a million unknown keys costs no more than one with a few.
constexpr std::size_t kMaxFieldErrors = 8;

struct FieldError {
    std::string field;   // JSON path, e.g. "revisions[3].base_rev"
    std::string message; // e.g. "must be a non-negative integer"
};

// An RFC 9457 problem: what a request handler answers instead of a result. `code` is the short
// name used in the type URI (urn:selftrack:problem:<code>). Never carries secrets or content.
struct Problem {
    int status = 500;
    std::string code = "internal";
    std::string detail;
    std::vector<FieldError> errors;
    std::optional<int> retryAfterSeconds;

    static Problem make(int status, std::string code, std::string detail) {
        return Problem{status, std::move(code), std::move(detail), {}, std::nullopt};
    }
    static Problem invalid(std::vector<FieldError> errors);
    std::string title() const;
    // The application/problem+json body.
    std::string toJson() const;
};

template <typename T> using Parsed = std::expected<T, Problem>;

} // namespace selftrack::server
