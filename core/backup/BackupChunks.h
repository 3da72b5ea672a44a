// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <cstdint>

namespace selftrack::core::backupchunks {

// The encrypted body of a backup is a sequence of AES-256-GCM chunks (docs/backup-format.md).
// Chunk i is sealed with nonce = 4 zero bytes || i (64-bit big-endian) and associated data =
// the header bytes || i (64-bit big-endian) || final (1 byte: 1 for the last chunk, else 0).
// Every chunk but the last holds exactly the header's chunk size of plaintext; the last holds 1
// to chunk size bytes. So a flipped, missing, reordered, appended or truncated byte fails a tag.

inline QByteArray nonce(std::uint64_t index) {
    QByteArray out(12, '\0');
    qToBigEndian<std::uint64_t>(index, out.data() + 4);
    return out;
}

inline QByteArray associatedData(const QByteArray& header, std::uint64_t index, bool final) {
    QByteArray out = header;
    char counter[8];
    qToBigEndian<std::uint64_t>(index, counter);
    out.append(counter, 8);
    out.append(final ? '\1' : '\0');
    return out;
}

} // namespace selftrack::core::backupchunks
