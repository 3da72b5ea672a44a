// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the plaintext header of a .selftrack-backup file, the first bytes a backup
// reader trusts. Any input must give a header or a clear error. The input is tried as given and
// with its header checksum recomputed, so the fuzzer also reaches the checks behind the checksum;
// a header that parses must serialize to exactly the bytes it was read from.
#include "core/backup/BackupHeader.h"
#include "core/crypto/Crypto.h"

#include <QtEndian>

#include <cstdint>
#include <cstdlib>

using namespace selftrack::core;

namespace {
void check(const QByteArray& bytes) {
    auto header = BackupHeader::parse(bytes);
    if (!header) {
        if (header.error().message.isEmpty())
            std::abort(); // every error must explain itself
        return;
    }
    if (header->size() > bytes.size() || header->serialize() != bytes.left(header->size()))
        std::abort();
    if (header->chunkSize() < BackupHeader::kMinChunkSize || header->chunkSize() > BackupHeader::kMaxChunkSize)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(bytes);
    if (bytes.size() >= 20) {
        const int length = qFromBigEndian<std::uint16_t>(bytes.constData() + 18);
        if (length >= 8 && length <= bytes.size()) {
            bytes.replace(length - 8, 8, crypto::sha256(bytes.left(length - 8)).left(8));
            check(bytes);
        }
    }
    return 0;
}
