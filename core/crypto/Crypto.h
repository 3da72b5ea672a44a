// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>

#include <cstdint>

namespace selftrack::core {

struct Argon2Params {
    std::uint32_t memoryKiB = 64 * 1024; // at least 64 MiB by default (ARCHITECTURE.md 3)
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 1;
};

// Thin, stateless wrappers over OpenSSL and libargon2. All functions are thread-safe.
namespace crypto {

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;

QByteArray randomBytes(std::size_t size);
SecureBuffer randomKey(std::size_t size = kKeySize);

Result<SecureBuffer> argon2id(const SecureBuffer& password, const QByteArray& salt, const Argon2Params& params,
                              std::size_t outputSize = kKeySize);

// AES-256-GCM. Output of seal is ciphertext followed by the 16-byte tag.
Result<QByteArray> seal(const SecureBuffer& key, const QByteArray& nonce, std::span<const std::uint8_t> plaintext,
                        const QByteArray& associatedData);
// Fails with ErrorCode::Crypto when the tag does not verify (wrong key or tampered data).
Result<SecureBuffer> open(const SecureBuffer& key, const QByteArray& nonce, const QByteArray& sealed,
                          const QByteArray& associatedData);

QByteArray sha256(const QByteArray& data);

} // namespace crypto
} // namespace selftrack::core
