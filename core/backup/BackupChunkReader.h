// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QFile>

#include <cstdint>

namespace selftrack::core {

// Reads and authenticates the chunks (BackupChunks.h) that follow the header in an open backup
// file, one at a time, in order. A chunk's plaintext is returned only after its tag verified; the
// chunk that reaches the end of the file is opened as the final one, so a truncated or extended
// file fails there. Not thread-safe.
class BackupChunkReader {
public:
    // `in` is positioned just after the header.
    BackupChunkReader(QFile& in, SecureBuffer key, QByteArray header, std::uint32_t chunkSize);

    bool atEnd() const { return m_done; }
    // The next chunk's plaintext; Corrupt when a tag fails or the file ends early.
    Result<SecureBuffer> next();
    std::uint64_t chunksRead() const { return m_index; }
    qint64 bytesRead() const { return m_in.pos(); }

private:
    QFile& m_in;
    SecureBuffer m_key;
    QByteArray m_header;
    std::uint32_t m_chunkSize;
    std::uint64_t m_index = 0;
    bool m_done = false;
};

} // namespace selftrack::core
