// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliError.h"

namespace selftrack::app {

CliError CliError::fromCore(const core::Error& error) {
    using core::ErrorCode;
    ExitCode code = ExitCode::Storage;
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Locked:
        code = ExitCode::Passphrase;
        break;
    case ErrorCode::VaultMissing:
    case ErrorCode::NotFound:
    case ErrorCode::Ambiguous:
        code = ExitCode::NotFound;
        break;
    case ErrorCode::VaultExists:
    case ErrorCode::InvalidInput:
        code = ExitCode::Invalid;
        break;
    case ErrorCode::HeaderDamaged:
    case ErrorCode::HeaderUnknownVersion:
    case ErrorCode::NotOurDatabase:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::Storage:
    case ErrorCode::Corrupt:
    case ErrorCode::Io:
    case ErrorCode::Crypto:
        code = ExitCode::Storage;
        break;
    }
    return CliError{code, error.message};
}

} // namespace selftrack::app
