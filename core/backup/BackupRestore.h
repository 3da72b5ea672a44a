// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/backup/BackupManifest.h"
#include "core/backup/BackupProgress.h"
#include "core/crypto/SecureBuffer.h"

#include <QString>

namespace selftrack::core {

// Restores a .selftrack-backup file into a vault folder. The file is decrypted and authenticated
// in full, its database checked against the manifest and the new vault opened once, all in a
// temporary folder beside the destination; only then is that folder renamed into place. A failed
// restore leaves nothing behind. The restored vault has the backup's passphrase, its Argon2id
// parameters and the device id of the vault the backup was made from.
class BackupRestore {
public:
    struct Replaced {
        BackupManifest manifest;
        QString previousVault; // where the vault that was replaced now is
    };

    // Restores into `dir`, which must not exist or be an empty folder; its parent must exist.
    // WrongPassphrase, Corrupt, HeaderDamaged, HeaderUnknownVersion, DatabaseTooNew, VaultExists, Io.
    static Result<BackupManifest> intoNewVault(const QString& backupPath, const QString& dir,
                                               const SecureBuffer& passphrase, const BackupProgress& progress = {});
    // Replaces the vault at `dir` (which must be a vault) by the backup's: restores beside it
    // first, then renames the current vault to "<dir>.before-restore-<time>", moves the restored
    // one to `dir` and opens it; if any step fails the current vault is put back. The previous
    // vault is kept (the caller tells the user where).
    static Result<Replaced> replaceVault(const QString& backupPath, const QString& dir, const SecureBuffer& passphrase,
                                         const Clock& clock, const BackupProgress& progress = {});
};

} // namespace selftrack::core
