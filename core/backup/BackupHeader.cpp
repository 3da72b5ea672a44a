// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupHeader.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstring>

namespace selftrack::core {

namespace {
constexpr int kMagicSize = 16;
constexpr int kSaltSize = 16;
// Header field offsets (docs/backup-format.md).
constexpr int kVersionAt = 16;
constexpr int kLengthAt = 18;
constexpr int kMemoryAt = 20;
constexpr int kIterationsAt = 24;
constexpr int kParallelismAt = 28;
constexpr int kSaltAt = 32;
constexpr int kCreatedAt = 48;
constexpr int kChunkSizeAt = 56;
constexpr int kKeyCheckAt = 60;
constexpr int kAppVersionLengthAt = 76;
// Bounds a reader accepts, so a damaged header can never ask for gigabytes of KDF memory.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMaxParallelism = 16;
constexpr char kKeyCheckLabel[] = "selftrack-backup key check";

std::unexpected<Error> damaged(const QString& why) {
    return fail(ErrorCode::HeaderDamaged, QStringLiteral("The file is not a readable SelfTrack backup: %1.").arg(why));
}

template <typename T> T readBig(const QByteArray& bytes, int at) {
    return qFromBigEndian<T>(bytes.constData() + at);
}

template <typename T> void appendBig(QByteArray& out, T value) {
    char buffer[sizeof(T)];
    qToBigEndian<T>(value, buffer);
    out.append(buffer, sizeof(T));
}

QByteArray checksum(const QByteArray& headerBytes) {
    return crypto::sha256(headerBytes).left(BackupHeader::kChecksumSize);
}

bool printableAscii(const QByteArray& text) {
    for (const char c : text)
        if (c < 0x20 || c > 0x7e)
            return false;
    return true;
}
} // namespace

BackupHeader BackupHeader::create(const Argon2Params& params, const QDateTime& created, std::uint32_t chunkSize,
                                  const QString& appVersion) {
    BackupHeader header;
    header.m_params = params;
    header.m_salt = crypto::randomBytes(kSaltSize);
    header.m_createdSecs = created.toSecsSinceEpoch();
    header.m_chunkSize = chunkSize;
    header.m_appVersion = appVersion.toLatin1().left(kMaxAppVersion);
    return header;
}

Result<BackupHeader> BackupHeader::parse(const QByteArray& bytes) {
    // The frame every format version keeps: magic, version, length, and a checksum in the last 8
    // bytes of the header. A damaged version field is thus told apart from a newer format.
    if (bytes.size() < kMagicSize || std::memcmp(bytes.constData(), kMagic, kMagicSize) != 0)
        return damaged(QStringLiteral("it does not start with the backup signature"));
    if (bytes.size() < kFixedSize)
        return damaged(QStringLiteral("the header is truncated"));
    const int length = readBig<std::uint16_t>(bytes, kLengthAt);
    if (length < kFixedSize + kChecksumSize || length > kMaxFrameSize)
        return damaged(QStringLiteral("the header length is out of range"));
    if (bytes.size() < length)
        return damaged(QStringLiteral("the header is truncated"));
    const int checksumAt = length - kChecksumSize;
    if (checksum(bytes.left(checksumAt)) != bytes.mid(checksumAt, kChecksumSize))
        return damaged(QStringLiteral("the header is damaged (its checksum does not match)"));
    BackupHeader header;
    header.m_version = readBig<std::uint16_t>(bytes, kVersionAt);
    if (header.m_version > kFormatVersion)
        return fail(ErrorCode::HeaderUnknownVersion,
                    QStringLiteral("The backup was made by a newer SelfTrack (backup format %1; this version reads "
                                   "format %2). Update SelfTrack to read it.")
                        .arg(header.m_version)
                        .arg(kFormatVersion));
    if (header.m_version == 0)
        return damaged(QStringLiteral("the format version is 0"));
    const int appVersionLength = static_cast<unsigned char>(bytes.at(kAppVersionLengthAt));
    if (appVersionLength > kMaxAppVersion || length != kFixedSize + appVersionLength + kChecksumSize)
        return damaged(QStringLiteral("the header length is wrong"));
    header.m_params.memoryKiB = readBig<std::uint32_t>(bytes, kMemoryAt);
    header.m_params.iterations = readBig<std::uint32_t>(bytes, kIterationsAt);
    header.m_params.parallelism = readBig<std::uint32_t>(bytes, kParallelismAt);
    const Argon2Params& p = header.m_params;
    if (p.parallelism < 1 || p.parallelism > kMaxParallelism || p.iterations < 1 || p.iterations > kMaxIterations ||
        p.memoryKiB < 8 * p.parallelism || p.memoryKiB > kMaxMemoryKiB)
        return damaged(QStringLiteral("the key derivation parameters are out of range"));
    header.m_salt = bytes.mid(kSaltAt, kSaltSize);
    header.m_createdSecs = readBig<std::int64_t>(bytes, kCreatedAt);
    header.m_chunkSize = readBig<std::uint32_t>(bytes, kChunkSizeAt);
    if (header.m_chunkSize < kMinChunkSize || header.m_chunkSize > kMaxChunkSize)
        return damaged(QStringLiteral("the chunk size is out of range"));
    header.m_keyCheck = bytes.mid(kKeyCheckAt, kKeyCheckSize);
    header.m_appVersion = bytes.mid(kFixedSize, appVersionLength);
    if (!printableAscii(header.m_appVersion))
        return damaged(QStringLiteral("the app version is not text"));
    return header;
}

QByteArray BackupHeader::serialize() const {
    QByteArray out;
    out.reserve(size());
    out.append(kMagic, kMagicSize);
    appendBig<std::uint16_t>(out, m_version);
    appendBig<std::uint16_t>(out, static_cast<std::uint16_t>(size()));
    appendBig<std::uint32_t>(out, m_params.memoryKiB);
    appendBig<std::uint32_t>(out, m_params.iterations);
    appendBig<std::uint32_t>(out, m_params.parallelism);
    out.append(m_salt);
    appendBig<std::int64_t>(out, m_createdSecs);
    appendBig<std::uint32_t>(out, m_chunkSize);
    out.append(m_keyCheck);
    out.append(static_cast<char>(m_appVersion.size()));
    out.append(m_appVersion);
    out.append(checksum(out));
    return out;
}

Result<SecureBuffer> BackupHeader::deriveKey(const SecureBuffer& passphrase) const {
    return crypto::argon2id(passphrase, m_salt, m_params);
}

QByteArray BackupHeader::keyCheckFor(const SecureBuffer& fileKey) {
    SecureBuffer input = fileKey.clone();
    input.append(kKeyCheckLabel, sizeof kKeyCheckLabel - 1);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(input.data(), input.size(), digest, &length, EVP_sha256(), nullptr);
    QByteArray check(reinterpret_cast<const char*>(digest), kKeyCheckSize);
    OPENSSL_cleanse(digest, sizeof digest);
    return check;
}

bool BackupHeader::keyMatches(const SecureBuffer& fileKey) const {
    const QByteArray expected = keyCheckFor(fileKey);
    return CRYPTO_memcmp(expected.constData(), m_keyCheck.constData(), kKeyCheckSize) == 0;
}

} // namespace selftrack::core
