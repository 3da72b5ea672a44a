// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SqlCipherSupport.h"

namespace selftrack::server {

Error toError(const core::Error& error) {
    const std::string message = error.message.toStdString();
    if (error.message.contains(QStringLiteral("locked")) || error.message.contains(QStringLiteral("busy")))
        return Error{ErrorCode::Unavailable, message};
    if (error.code == core::ErrorCode::NotOurDatabase)
        return Error{ErrorCode::WrongKey, message};
    if (error.code == core::ErrorCode::Io)
        return Error{ErrorCode::Io, message};
    return Error{ErrorCode::Internal, message};
}

} // namespace selftrack::server
