// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupRestore.h"

#include "core/backup/BackupReader.h"
#include "core/backup/DurableFile.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/Schema.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace selftrack::core {

namespace {
QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

Status moveFolder(const QString& from, const QString& to) {
    if (!QDir().rename(from, to))
        return fail(ErrorCode::Io, QStringLiteral("Cannot move %1 to %2.").arg(native(from), native(to)));
    DurableFile::syncFolder(QFileInfo(to).absolutePath());
    return {};
}

Status checkDestination(const QString& dir) {
    const QFileInfo info(dir);
    if (info.exists() &&
        (!info.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return fail(
            ErrorCode::VaultExists,
            QStringLiteral("%1 exists and is not an empty folder; restore into a new folder.").arg(native(dir)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(ErrorCode::Io, QStringLiteral("The folder %1 does not exist.").arg(native(info.absolutePath())));
    return {};
}

// Decrypts the backup into `staging` and makes it a vault there (database, then vault.json).
Result<BackupManifest> restoreInto(BackupReader& reader, const QString& staging, const SecureBuffer& passphrase,
                                   const BackupProgress& progress) {
    const QString databasePath = QDir(staging).filePath(QString::fromLatin1(Vault::kDatabaseFile));
    QFile database(databasePath);
    if (!database.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot create %1: %2.").arg(native(databasePath), database.errorString()));
    auto contents = reader.readAll(&database, progress);
    if (!contents)
        return std::unexpected(contents.error());
    if (auto st = DurableFile::sync(database); !st)
        return std::unexpected(st.error());
    database.close();
    const BackupManifest& manifest = contents->manifest;
    if (manifest.schemaVersion > Schema::kCurrentVersion)
        return fail(ErrorCode::DatabaseTooNew,
                    QStringLiteral("The backup holds a vault of a newer SelfTrack (%1, database schema %2); update "
                                   "SelfTrack to restore it.")
                        .arg(manifest.appVersion)
                        .arg(manifest.schemaVersion));
    if (progress)
        progress(BackupPhase::Check, 0, 2);
    if (auto st = BackupReader::checkDatabase(databasePath, *contents); !st)
        return std::unexpected(st.error());
    if (progress)
        progress(BackupPhase::Check, 1, 2);
    auto header = VaultHeader::create(passphrase, contents->databaseKey, reader.header().kdfParams(), manifest.deviceId,
                                      manifest.cipher);
    if (!header)
        return std::unexpected(header.error());
    if (auto st =
            AtomicFile::write(QDir(staging).filePath(QString::fromLatin1(Vault::kHeaderFile)), header->serialize());
        !st)
        return std::unexpected(st.error());
    // The restored vault must open (and migrate, for a backup of an older version) before it counts.
    auto vault = Vault::open(staging, passphrase);
    if (!vault)
        return std::unexpected(vault.error());
    (*vault)->lock();
    if (progress)
        progress(BackupPhase::Check, 2, 2);
    return manifest;
}
} // namespace

Result<BackupManifest> BackupRestore::intoNewVault(const QString& backupPath, const QString& dir,
                                                   const SecureBuffer& passphrase, const BackupProgress& progress) {
    const QString target = QFileInfo(dir).absoluteFilePath();
    if (auto st = checkDestination(target); !st)
        return std::unexpected(st.error());
    auto reader = BackupReader::open(backupPath);
    if (!reader)
        return std::unexpected(reader.error());
    if (auto st = (*reader)->unlock(passphrase); !st)
        return std::unexpected(st.error());
    const QString parent = QFileInfo(target).absolutePath();
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".selftrack-restore-XXXXXX")));
    if (!staging.isValid())
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot write to the folder %1: %2.").arg(native(parent), staging.errorString()));
    auto manifest = restoreInto(**reader, staging.path(), passphrase, progress);
    if (!manifest)
        return manifest;
    if (QFileInfo::exists(target) && !QDir().rmdir(target))
        return fail(ErrorCode::Io, QStringLiteral("Cannot replace the empty folder %1.").arg(native(target)));
    if (auto st = moveFolder(staging.path(), target); !st)
        return std::unexpected(st.error());
    staging.setAutoRemove(false);
    return manifest;
}

Result<BackupRestore::Replaced> BackupRestore::replaceVault(const QString& backupPath, const QString& dir,
                                                            const SecureBuffer& passphrase, const Clock& clock,
                                                            const BackupProgress& progress) {
    const QString current = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo::exists(QDir(current).filePath(QString::fromLatin1(Vault::kHeaderFile))))
        return fail(ErrorCode::VaultMissing,
                    QStringLiteral("There is no vault at %1 to replace.").arg(native(current)));
    const QString restored =
        current + QStringLiteral(".restoring-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto manifest = intoNewVault(backupPath, restored, passphrase, progress);
    if (!manifest)
        return std::unexpected(manifest.error());

    const QString stamp = clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString previous = current + QStringLiteral(".before-restore-") + stamp;
    for (int n = 2; QFileInfo::exists(previous); ++n)
        previous = current + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
    if (auto st = moveFolder(current, previous); !st) {
        QDir(restored).removeRecursively();
        return std::unexpected(st.error());
    }
    if (auto st = moveFolder(restored, current); !st) {
        (void)moveFolder(previous, current);
        QDir(restored).removeRecursively();
        return std::unexpected(st.error());
    }
    auto reopened = Vault::open(current, passphrase);
    if (!reopened) {
        (void)moveFolder(current, restored);
        (void)moveFolder(previous, current);
        QDir(restored).removeRecursively();
        return std::unexpected(reopened.error());
    }
    (*reopened)->lock();
    return Replaced{std::move(*manifest), previous};
}

} // namespace selftrack::core
