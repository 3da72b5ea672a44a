// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Secrets.h"

#include "core/crypto/Crypto.h"

#include <QByteArray>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace selftrack::server {

core::SecureBuffer newBearerToken() {
    const core::SecureBuffer raw = core::crypto::randomKey(32);
    QByteArray encoded = QByteArray(reinterpret_cast<const char*>(raw.data()), static_cast<qsizetype>(raw.size()))
                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    core::SecureBuffer token = core::SecureBuffer::fromString("st_");
    token.append(encoded.constData(), static_cast<std::size_t>(encoded.size()));
    encoded.fill('\0');
    return token;
}

std::string tokenHash(std::string_view token) {
    core::SecureBuffer digest(SHA256_DIGEST_LENGTH);
    SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), digest.data());
    return toHex(digest);
}

std::optional<core::SecureBuffer> secureFromHex(std::string_view hex) {
    auto digit = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2 != 0)
        return std::nullopt;
    core::SecureBuffer bytes(hex.size() / 2);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const int high = digit(hex[2 * i]);
        const int low = digit(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.data()[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return bytes;
}

std::string randomHex(std::size_t bytes) {
    return core::crypto::randomBytes(bytes).toHex().toStdString();
}

core::SecureBuffer hmacSha256(const core::SecureBuffer& key, std::string_view data) {
    core::SecureBuffer out(32);
    unsigned int length = 32;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
         data.size(), out.data(), &length);
    return out;
}

std::string toHex(const core::SecureBuffer& bytes) {
    const core::SecureBuffer hex = bytes.toHex();
    return std::string(hex.view());
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace selftrack::server
