// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QString>

#include <expected>

namespace selftrack::app {

// The documented exit codes of selftrack-cli (docs/cli.md); scripts depend on them.
enum class ExitCode {
    Ok = 0,
    Usage = 1,
    Passphrase = 2, // wrong passphrase, or no way to obtain one
    NotFound = 3,   // missing vault, unknown or ambiguous item
    Invalid = 4,    // invalid input value
    Storage = 5,    // storage error or corruption
};

// A failure of a command: the exit code and one human sentence for stderr.
struct CliError {
    ExitCode code = ExitCode::Usage;
    QString message;

    // Maps a core error to the CLI exit code classes.
    static CliError fromCore(const core::Error& error);
};

template <typename T> using CliResult = std::expected<T, CliError>;
using CliStatus = std::expected<void, CliError>;

inline std::unexpected<CliError> cliFail(ExitCode code, QString message) {
    return std::unexpected<CliError>(CliError{code, std::move(message)});
}

inline std::unexpected<CliError> cliFail(const core::Error& error) {
    return std::unexpected<CliError>(CliError::fromCore(error));
}

} // namespace selftrack::app
