// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupChunkWriter.h"

#include "core/backup/BackupChunks.h"
#include "core/backup/DurableFile.h"
#include "core/crypto/Crypto.h"

#include <algorithm>
#include <cstring>

namespace selftrack::core {

BackupChunkWriter::BackupChunkWriter(QFile& out, SecureBuffer key, QByteArray header, std::uint32_t chunkSize,
                                     QString shownAs)
    : m_out(out), m_shownAs(std::move(shownAs)), m_key(std::move(key)), m_header(std::move(header)),
      m_buffer(chunkSize) {}

Status BackupChunkWriter::write(std::span<const std::uint8_t> plaintext) {
    while (!plaintext.empty()) {
        if (m_filled == m_buffer.size()) {
            // More plaintext follows, so the full chunk is not the last one.
            if (auto st = seal(false); !st)
                return st;
        }
        const std::size_t take = std::min(plaintext.size(), m_buffer.size() - m_filled);
        std::memcpy(m_buffer.data() + m_filled, plaintext.data(), take);
        m_filled += take;
        plaintext = plaintext.subspan(take);
    }
    return {};
}

Status BackupChunkWriter::finish() {
    if (m_filled == 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A backup needs at least one byte of content."));
    return seal(true);
}

Status BackupChunkWriter::seal(bool final) {
    auto sealed =
        crypto::seal(m_key, backupchunks::nonce(m_index), std::span<const std::uint8_t>(m_buffer.data(), m_filled),
                     backupchunks::associatedData(m_header, m_index, final));
    if (!sealed)
        return std::unexpected(sealed.error());
    if (auto st = DurableFile::write(m_out, *sealed, m_shownAs); !st)
        return st;
    m_filled = 0;
    ++m_index;
    return {};
}

} // namespace selftrack::core
