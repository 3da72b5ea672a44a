// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QFile>

#include <cstdint>
#include <span>

namespace selftrack::core {

// Encrypts a plaintext stream into backup chunks (BackupChunks.h) appended to an open file. The
// plaintext is held in a zeroing buffer until it is sealed. A chunk is sealed only when more
// plaintext follows it, so the last one can carry the final flag. Not thread-safe.
class BackupChunkWriter {
public:
    // `shownAs` names the file in errors (the path the user gave for a temporary file).
    BackupChunkWriter(QFile& out, SecureBuffer key, QByteArray header, std::uint32_t chunkSize, QString shownAs = {});

    Status write(std::span<const std::uint8_t> plaintext);
    // Seals the last chunk (final flag set). Fails when nothing was written.
    Status finish();
    std::uint64_t chunksWritten() const { return m_index; }

private:
    Status seal(bool final);

    QFile& m_out;
    QString m_shownAs;
    SecureBuffer m_key;
    QByteArray m_header;
    SecureBuffer m_buffer;
    std::size_t m_filled = 0;
    std::uint64_t m_index = 0;
};

} // namespace selftrack::core
