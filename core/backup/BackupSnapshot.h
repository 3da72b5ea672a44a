// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/backup/BackupManifest.h"
#include "core/backup/BackupProgress.h"
#include "core/crypto/SecureBuffer.h"

#include <QString>

namespace selftrack::core {

class Vault;

// A consistent copy of an open vault's database. It is read on a connection of its own inside one
// read transaction (the vault's connection, and any other, may keep writing: WAL readers see the
// state at their start), through SQLite's online backup API, into a new SQLCipher file keyed with
// a fresh random key, so the copy is never plaintext on disk. The manifest counts the copy.
class BackupSnapshot {
public:
    SecureBuffer key;
    BackupManifest manifest;

    // Writes the copy to `path` (which must not exist). The manifest's created time and app
    // version are left for the caller.
    static Result<BackupSnapshot> take(Vault& vault, const QString& path, const BackupProgress& progress);
};

} // namespace selftrack::core
