// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <expected>

namespace selftrack::core {

// Every failure a core API can report. Callers switch on the code; the message is one
// human sentence suitable for showing to the user (it never contains secrets).
enum class ErrorCode {
    WrongPassphrase,
    Locked,
    VaultMissing,
    VaultExists,
    HeaderDamaged,
    HeaderUnknownVersion,
    NotOurDatabase,
    DatabaseTooNew,
    NotFound,
    Ambiguous,
    InvalidInput,
    Storage,
    Corrupt,
    Io,
    Crypto,
};

struct Error {
    ErrorCode code;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message) {
    return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace selftrack::core
