// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupWriter.h"

#include "core/backup/BackupChunkWriter.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupSnapshot.h"
#include "core/backup/DurableFile.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

namespace selftrack::core {

namespace {
std::unexpected<Error> ioFail(const QString& what, const QString& path, const QString& why) {
    return fail(ErrorCode::Io, QStringLiteral("Cannot %1 %2: %3.").arg(what, QDir::toNativeSeparators(path), why));
}

// Writes the plaintext stream: database key, manifest length and manifest, then the snapshot.
Status writeStream(BackupChunkWriter& writer, const BackupSnapshot& snapshot, const QString& snapshotPath,
                   std::uint32_t chunkSize, const BackupProgress& progress) {
    const QByteArray manifest = snapshot.manifest.toJson();
    char length[4];
    qToBigEndian<std::uint32_t>(static_cast<std::uint32_t>(manifest.size()), length);
    Status st = writer.write(snapshot.key.span());
    if (st)
        st = writer.write({reinterpret_cast<const std::uint8_t*>(length), sizeof length});
    if (st)
        st = writer.write(
            {reinterpret_cast<const std::uint8_t*>(manifest.constData()), static_cast<std::size_t>(manifest.size())});
    if (!st)
        return st;
    QFile database(snapshotPath);
    if (!database.open(QIODevice::ReadOnly))
        return ioFail(QStringLiteral("read"), snapshotPath, database.errorString());
    const qint64 total = database.size();
    qint64 done = 0;
    while (done < total) {
        const QByteArray block = database.read(chunkSize);
        if (block.isEmpty())
            return ioFail(QStringLiteral("read"), snapshotPath, database.errorString());
        if (auto wrote = writer.write(
                {reinterpret_cast<const std::uint8_t*>(block.constData()), static_cast<std::size_t>(block.size())});
            !wrote)
            return wrote;
        done += block.size();
        if (progress)
            progress(BackupPhase::Encrypt, done, total);
    }
    return writer.finish();
}

// Reads the new file back with the key it was written with and checks every chunk.
Status verifyWritten(const QString& partPath, const SecureBuffer& fileKey, const BackupManifest& expected,
                     const BackupProgress& progress) {
    auto reader = BackupReader::open(partPath);
    if (!reader)
        return std::unexpected(reader.error());
    if (auto st = (*reader)->unlockWithKey(fileKey.clone()); !st)
        return st;
    auto contents = (*reader)->readAll(nullptr, [&](BackupPhase, std::int64_t done, std::int64_t total) {
        if (progress)
            progress(BackupPhase::Verify, done, total);
    });
    if (!contents)
        return fail(ErrorCode::Io, QStringLiteral("The backup did not read back correctly after writing (%1); the "
                                                  "disk may be failing.")
                                       .arg(contents.error().message));
    if (!(contents->manifest.counts == expected.counts))
        return fail(ErrorCode::Io, QStringLiteral("The backup did not read back correctly after writing."));
    return {};
}
} // namespace

Result<BackupManifest> BackupWriter::create(Vault& vault, const QString& path, const SecureBuffer& passphrase,
                                            const BackupOptions& options, const BackupProgress& progress) {
    if (passphrase.empty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The backup passphrase must not be empty."));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is a folder; give the backup a file name.").arg(QDir::toNativeSeparators(path)));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(ErrorCode::Io, QStringLiteral("Cannot write the backup: the folder %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(folder)));
    QTemporaryDir staging(QDir(folder).filePath(QStringLiteral(".selftrack-backup-XXXXXX")));
    if (!staging.isValid())
        return ioFail(QStringLiteral("write to the folder"), folder, staging.errorString());

    const QString snapshotPath = staging.filePath(QStringLiteral("snapshot.db"));
    auto snapshot = BackupSnapshot::take(vault, snapshotPath, progress);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const QDateTime created = options.clock().toUTC();
    snapshot->manifest.created = created.toString(Qt::ISODate);
    snapshot->manifest.appVersion = QStringLiteral(SELFTRACK_VERSION);

    BackupHeader header = BackupHeader::create(options.kdf.value_or(vault.header().kdfParams()), created,
                                               options.chunkSize, snapshot->manifest.appVersion);
    auto fileKey = header.deriveKey(passphrase);
    if (!fileKey)
        return std::unexpected(fileKey.error());
    header.setKeyCheck(BackupHeader::keyCheckFor(*fileKey));
    const QByteArray headerBytes = header.serialize();

    const QString partPath = staging.filePath(QStringLiteral("backup.part"));
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ioFail(QStringLiteral("create"), partPath, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto st = DurableFile::write(out, headerBytes, target.absoluteFilePath()); !st)
        return std::unexpected(st.error());
    BackupChunkWriter writer(out, fileKey->clone(), headerBytes, options.chunkSize, target.absoluteFilePath());
    if (auto st = writeStream(writer, *snapshot, snapshotPath, options.chunkSize, progress); !st)
        return std::unexpected(st.error());
    if (auto st = DurableFile::sync(out); !st)
        return std::unexpected(st.error());
    out.close();
    QFile::remove(snapshotPath); // frees the space before the read-back

    if (auto st = verifyWritten(partPath, *fileKey, snapshot->manifest, progress); !st)
        return std::unexpected(st.error());
    if (auto st = DurableFile::replace(partPath, target.absoluteFilePath()); !st)
        return std::unexpected(st.error());
    return snapshot->manifest;
}

} // namespace selftrack::core
