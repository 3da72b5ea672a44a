// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/Crypto.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace selftrack::core {

// The plaintext header at the start of a .selftrack-backup file (docs/backup-format.md): magic,
// format version, header length, Argon2id parameters and salt, creation time, chunk size, key
// check, the version of the app that wrote it and a checksum of the header. All integers are
// big-endian. The checksum tells a damaged header from a wrong passphrase; the exact header bytes
// are also part of every chunk's associated data, so a changed header fails authentication.
class BackupHeader {
public:
    static constexpr char kMagic[] = "SELFTRACK-BACKUP"; // 16 bytes, no terminator in the file
    static constexpr std::uint16_t kFormatVersion = 1;
    static constexpr int kFixedSize = 77; // bytes before the app version text
    static constexpr int kMaxAppVersion = 64;
    static constexpr int kChecksumSize = 8; // after the app version: SHA-256 of the bytes before, truncated
    static constexpr int kMaxSize = kFixedSize + kMaxAppVersion + kChecksumSize;
    static constexpr int kMaxFrameSize = 4096; // the largest header any format version may have
    static constexpr int kKeyCheckSize = 16;
    static constexpr std::uint32_t kMinChunkSize = 1024;
    static constexpr std::uint32_t kMaxChunkSize = 16 * 1024 * 1024;
    static constexpr std::uint32_t kDefaultChunkSize = 1024 * 1024;

    // A new header with a fresh random salt. The key check is filled in by setKeyCheck().
    static BackupHeader create(const Argon2Params& params, const QDateTime& created, std::uint32_t chunkSize,
                               const QString& appVersion);
    // Parses the first bytes of a backup file (more bytes than the header are fine). Errors:
    // HeaderDamaged (not a backup, truncated, or values out of range) and HeaderUnknownVersion (a
    // newer format; checked first, so a newer layout is never called damaged). Never derives a
    // key, so it is cheap on any input.
    static Result<BackupHeader> parse(const QByteArray& bytes);

    // The exact bytes as written (what the associated data binds).
    QByteArray serialize() const;
    int size() const { return kFixedSize + static_cast<int>(m_appVersion.size()) + kChecksumSize; }

    // Argon2id(passphrase, salt, parameters): the 256-bit file key.
    Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase) const;
    // The first 16 bytes of SHA-256(file key || "selftrack-backup key check"); tells a wrong
    // passphrase from a damaged file without decrypting anything.
    static QByteArray keyCheckFor(const SecureBuffer& fileKey);
    void setKeyCheck(const QByteArray& check) { m_keyCheck = check; }
    bool keyMatches(const SecureBuffer& fileKey) const;

    std::uint16_t formatVersion() const { return m_version; }
    Argon2Params kdfParams() const { return m_params; }
    QByteArray salt() const { return m_salt; }
    QDateTime created() const { return QDateTime::fromSecsSinceEpoch(m_createdSecs, Qt::UTC); }
    std::uint32_t chunkSize() const { return m_chunkSize; }
    QString appVersion() const { return QString::fromLatin1(m_appVersion); }

private:
    std::uint16_t m_version = kFormatVersion;
    Argon2Params m_params;
    QByteArray m_salt;
    std::int64_t m_createdSecs = 0;
    std::uint32_t m_chunkSize = kDefaultChunkSize;
    QByteArray m_keyCheck = QByteArray(kKeyCheckSize, '\0');
    QByteArray m_appVersion;
};

} // namespace selftrack::core
