// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupSnapshot.h"

#include "core/crypto/Crypto.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace selftrack::core {

namespace {
constexpr int kPagesPerStep = 1024;
constexpr int kBusyRetries = 500; // 10 ms each

using BackupHandle = std::unique_ptr<sqlite3_backup, decltype(&sqlite3_backup_finish)>;

std::unexpected<Error> snapshotFailed(sqlite3* db, int rc) {
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const ErrorCode code = (rc == SQLITE_FULL || rc == SQLITE_IOERR || (rc & 0xff) == SQLITE_IOERR ||
                            rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY)
                               ? ErrorCode::Io
                               : ErrorCode::Storage;
    return fail(code, QStringLiteral("Cannot copy the vault's database for the backup: %1.").arg(detail));
}

// Copies every page of `source` into `dest` inside the caller's read transaction on `source`.
Status copyPages(Database& source, Database& dest, const BackupProgress& progress) {
    BackupHandle backup(sqlite3_backup_init(dest.handle(), "main", source.handle(), "main"), &sqlite3_backup_finish);
    if (!backup)
        return snapshotFailed(dest.handle(), sqlite3_errcode(dest.handle()));
    int rc = SQLITE_OK;
    int busy = 0;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup.get(), kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                break;
            sqlite3_sleep(10);
            continue;
        }
        const int total = sqlite3_backup_pagecount(backup.get());
        if (progress)
            progress(BackupPhase::Snapshot, total - sqlite3_backup_remaining(backup.get()), total);
    }
    const int finished = sqlite3_backup_finish(backup.release());
    if (rc != SQLITE_DONE)
        return snapshotFailed(dest.handle(), rc);
    if (finished != SQLITE_OK)
        return snapshotFailed(dest.handle(), finished);
    return {};
}
} // namespace

Result<BackupSnapshot> BackupSnapshot::take(Vault& vault, const QString& path, const BackupProgress& progress) {
    if (QFileInfo::exists(path))
        return fail(ErrorCode::Io, QStringLiteral("The snapshot file %1 exists already.").arg(path));
    auto source = vault.openConnection();
    if (!source)
        return std::unexpected(source.error());
    BackupSnapshot snapshot;
    snapshot.key = crypto::randomKey();
    const CipherSettings cipher = vault.header().cipherSettings();
    auto dest = Database::open(path, snapshot.key, cipher, true);
    if (!dest)
        return fail(ErrorCode::Io, QStringLiteral("Cannot write the copy of the vault's database for the backup: %1")
                                       .arg(dest.error().message));
    // A scratch file: no journal, no syncs (the finished backup file is synced instead).
    for (const char* setup : {"PRAGMA journal_mode = OFF;", "PRAGMA synchronous = OFF;"}) {
        auto mode = (*dest)->prepare(setup);
        if (!mode)
            return std::unexpected(mode.error());
        if (auto st = mode->step(); !st)
            return std::unexpected(st.error());
    }
    // One read transaction: every page comes from the same state of the database.
    if (auto st = (*source)->exec("BEGIN;"); !st)
        return std::unexpected(st.error());
    auto version = (*source)->queryInt("PRAGMA user_version;");
    Status copied = version ? copyPages(**source, **dest, progress) : Status(std::unexpected(version.error()));
    (void)(*source)->exec("COMMIT;");
    if (!copied)
        return std::unexpected(copied.error());

    auto counts = BackupCounts::of(**dest);
    if (!counts)
        return std::unexpected(counts.error());
    (*dest)->close();
    snapshot.manifest.deviceId = vault.deviceId();
    snapshot.manifest.schemaVersion = static_cast<int>(*version);
    snapshot.manifest.cipher = cipher;
    snapshot.manifest.counts = *counts;
    snapshot.manifest.databaseBytes = QFileInfo(path).size();
    return snapshot;
}

} // namespace selftrack::core
