// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace selftrack::core::crypto {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx newCtx() {
    return CipherCtx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}
} // namespace

QByteArray randomBytes(std::size_t size) {
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(size)) != 1)
        qFatal("OpenSSL RAND_bytes failed; refusing to continue without a random source");
    return out;
}

SecureBuffer randomKey(std::size_t size) {
    SecureBuffer key(size);
    if (RAND_bytes(key.data(), static_cast<int>(size)) != 1)
        qFatal("OpenSSL RAND_bytes failed; refusing to continue without a random source");
    return key;
}

Result<SecureBuffer> argon2id(const SecureBuffer& password, const QByteArray& salt, const Argon2Params& params,
                              std::size_t outputSize) {
    if (params.memoryKiB < 8 * params.parallelism || params.iterations < 1 || params.parallelism < 1 ||
        params.memoryKiB > 4u * 1024 * 1024 || params.iterations > 100 || params.parallelism > 64)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The key derivation parameters are out of range."));
    SecureBuffer out(outputSize);
    const int rc =
        argon2id_hash_raw(params.iterations, params.memoryKiB, params.parallelism, password.data(), password.size(),
                          salt.constData(), static_cast<std::size_t>(salt.size()), out.data(), out.size());
    if (rc != ARGON2_OK)
        return fail(ErrorCode::Crypto,
                    QStringLiteral("Key derivation failed: %1.").arg(QString::fromLatin1(argon2_error_message(rc))));
    return out;
}

Result<QByteArray> seal(const SecureBuffer& key, const QByteArray& nonce, std::span<const std::uint8_t> plaintext,
                        const QByteArray& associatedData) {
    if (key.size() != kKeySize || static_cast<std::size_t>(nonce.size()) != kNonceSize)
        return fail(ErrorCode::Crypto, QStringLiteral("Invalid key or nonce size for AES-256-GCM."));
    CipherCtx ctx = newCtx();
    QByteArray out(static_cast<qsizetype>(plaintext.size() + kTagSize), Qt::Uninitialized);
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                               static_cast<int>(associatedData.size())) == 1;
    if (ok && !plaintext.empty()) {
        ok = EVP_EncryptUpdate(ctx.get(), outBytes, &len, plaintext.data(), static_cast<int>(plaintext.size())) == 1;
        total = len;
    }
    if (ok) {
        ok = EVP_EncryptFinal_ex(ctx.get(), outBytes + total, &len) == 1;
        total += len;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), outBytes + total) == 1;
    if (!ok)
        return fail(ErrorCode::Crypto, QStringLiteral("Encryption failed."));
    return out;
}

Result<SecureBuffer> open(const SecureBuffer& key, const QByteArray& nonce, const QByteArray& sealed,
                          const QByteArray& associatedData) {
    if (key.size() != kKeySize || static_cast<std::size_t>(nonce.size()) != kNonceSize ||
        static_cast<std::size_t>(sealed.size()) < kTagSize)
        return fail(ErrorCode::Crypto, QStringLiteral("The encrypted data is truncated or malformed."));
    const std::size_t cipherSize = static_cast<std::size_t>(sealed.size()) - kTagSize;
    CipherCtx ctx = newCtx();
    SecureBuffer out(cipherSize);
    QByteArray tag = sealed.right(static_cast<qsizetype>(kTagSize));
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                               static_cast<int>(associatedData.size())) == 1;
    if (ok && cipherSize > 0)
        ok = EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(sealed), static_cast<int>(cipherSize)) == 1;
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) == 1;
    unsigned char finalBlock[16];
    if (ok)
        ok = EVP_DecryptFinal_ex(ctx.get(), finalBlock, &len) == 1;
    if (!ok)
        return fail(ErrorCode::Crypto, QStringLiteral("Authentication of the encrypted data failed."));
    return out;
}

QByteArray sha256(const QByteArray& data) {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
               &len, EVP_sha256(), nullptr);
    return out;
}

} // namespace selftrack::core::crypto
