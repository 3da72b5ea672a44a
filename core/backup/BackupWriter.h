// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/backup/BackupHeader.h"
#include "core/backup/BackupManifest.h"
#include "core/backup/BackupProgress.h"
#include "core/crypto/Crypto.h"

#include <QString>

#include <optional>

namespace selftrack::core {

class Vault;

struct BackupOptions {
    std::optional<Argon2Params> kdf; // default: the vault's own parameters
    std::uint32_t chunkSize = BackupHeader::kDefaultChunkSize;
    Clock clock = systemClock();
};

// Makes a .selftrack-backup file (docs/backup-format.md) of an open vault while it stays in use.
// The snapshot and the new file are written in a temporary folder beside `path`; the file is
// synced, read back and authenticated in full, and only then renamed over `path`. On any failure
// the temporary folder is removed and a file already at `path` is untouched.
class BackupWriter {
public:
    // The manifest of the new backup. InvalidInput for an empty passphrase or a folder as `path`,
    // Io when the destination cannot be written (missing folder, not writable, disk full).
    static Result<BackupManifest> create(Vault& vault, const QString& path, const SecureBuffer& passphrase,
                                         const BackupOptions& options = {}, const BackupProgress& progress = {});
};

} // namespace selftrack::core
