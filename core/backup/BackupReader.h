// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/backup/BackupHeader.h"
#include "core/backup/BackupManifest.h"
#include "core/backup/BackupProgress.h"
#include "core/crypto/SecureBuffer.h"

#include <QFile>
#include <QString>

#include <memory>

namespace selftrack::core {

// Reads a .selftrack-backup file (docs/backup-format.md): the header, then, once unlocked, every
// chunk in order. Nothing it returns has skipped authentication: the manifest and the database
// key come out only after their chunks verified, and readAll() reports success only after the
// final chunk did. Not thread-safe; one use per object.
class BackupReader {
public:
    // The decrypted contents: the snapshot database's raw key and the manifest.
    struct Contents {
        SecureBuffer databaseKey;
        BackupManifest manifest;
    };

    // Opens the file and parses its header (no key derivation). HeaderDamaged when it is not a
    // backup or its header is damaged, HeaderUnknownVersion for a newer format, Io when unreadable.
    static Result<std::unique_ptr<BackupReader>> open(const QString& path);

    const BackupHeader& header() const { return m_header; }
    qint64 fileSize() const { return m_file.size(); }

    // Derives the file key from the passphrase (Argon2id); WrongPassphrase when it does not match.
    Status unlock(const SecureBuffer& passphrase);
    // Uses a file key known already (the writer's check after writing).
    Status unlockWithKey(SecureBuffer fileKey);

    // Decrypts and authenticates the whole file. The database bytes go to `databaseOut` (an open,
    // writable file) or are dropped when it is null. Corrupt for any damage, truncation or
    // extension of the file; Io when `databaseOut` cannot be written.
    Result<Contents> readAll(QFile* databaseOut, const BackupProgress& progress);

    // The full check of a backup file: header, passphrase, every chunk, and the database it holds
    // (decrypted into a temporary folder, removed afterwards; the database stays SQLCipher-
    // encrypted there). Returns the manifest.
    static Result<BackupManifest> verify(const QString& path, const SecureBuffer& passphrase,
                                         const BackupProgress& progress = {});

    // Opens the database a backup restored (or a copy of it) with its key and checks it: SQLite's
    // quick_check, and the counts against the manifest. Corrupt when either disagrees.
    static Status checkDatabase(const QString& path, const Contents& contents);

private:
    explicit BackupReader(const QString& path) : m_file(path) {}

    QFile m_file;
    BackupHeader m_header;
    QByteArray m_headerBytes;
    SecureBuffer m_key;
};

} // namespace selftrack::core
