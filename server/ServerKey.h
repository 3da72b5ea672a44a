// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "server/ServerError.h"

#include <QString>

namespace selftrack::server {

// The 32-byte key that encrypts the embedded database: from SELFTRACK_SERVER_KEY (64 hex digits)
// when set, else DIR/server.key (64 hex digits + newline, mode 0600), created when missing.
class ServerKey {
public:
    static constexpr const char* kEnvironmentVariable = "SELFTRACK_SERVER_KEY";

    static bool fromEnvironment();
    static QString filePath(const QString& dataDir);
    // Loads the key; creates a random one in DIR when neither env nor file has one and `create`.
    static Result<core::SecureBuffer> load(const QString& dataDir, bool create);
    // Writes `key` as hex to `path` atomically (temp file 0600, fsync, rename).
    static Status write(const QString& path, const core::SecureBuffer& key);
    static Result<core::SecureBuffer> fromHex(std::string_view hex);
};

} // namespace selftrack::server
