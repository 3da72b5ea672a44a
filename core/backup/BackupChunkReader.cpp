// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupChunkReader.h"

#include "core/backup/BackupChunks.h"
#include "core/crypto/Crypto.h"

namespace selftrack::core {

BackupChunkReader::BackupChunkReader(QFile& in, SecureBuffer key, QByteArray header, std::uint32_t chunkSize)
    : m_in(in), m_key(std::move(key)), m_header(std::move(header)), m_chunkSize(chunkSize) {}

Result<SecureBuffer> BackupChunkReader::next() {
    if (m_done)
        return fail(ErrorCode::Corrupt, QStringLiteral("The backup has no more content to read."));
    const qint64 sealedSize = static_cast<qint64>(m_chunkSize) + static_cast<qint64>(crypto::kTagSize);
    const qint64 remaining = m_in.size() - m_in.pos();
    if (remaining <= static_cast<qint64>(crypto::kTagSize))
        return fail(ErrorCode::Corrupt, QStringLiteral("The backup file is truncated: its end is missing."));
    const bool final = remaining <= sealedSize;
    const QByteArray sealed = m_in.read(final ? remaining : sealedSize);
    if (sealed.size() != (final ? remaining : sealedSize))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read the backup file: %1.").arg(m_in.errorString()));
    auto plain = crypto::open(m_key, backupchunks::nonce(m_index), sealed,
                              backupchunks::associatedData(m_header, m_index, final));
    if (!plain)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("The backup is damaged: part %1 (bytes %2 to %3) failed its integrity check, "
                                   "or the file was truncated or extended.")
                        .arg(m_index + 1)
                        .arg(m_in.pos() - sealed.size())
                        .arg(m_in.pos() - 1));
    ++m_index;
    m_done = final;
    return plain;
}

} // namespace selftrack::core
