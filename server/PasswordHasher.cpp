// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PasswordHasher.h"

#include <QByteArray>
#include <QList>

#include <openssl/crypto.h>

#include <cstdio>

namespace selftrack::server {

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr auto kB64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

struct ParsedVerifier {
    core::Argon2Params params;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedVerifier> parseVerifier(const std::string& verifier) {
    const QList<QByteArray> parts = QByteArray::fromStdString(verifier).split('$');
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != "argon2id" || parts[2] != "v=19")
        return std::nullopt;
    ParsedVerifier parsed;
    unsigned m = 0, t = 0, p = 0;
    if (std::sscanf(parts[3].constData(), "m=%u,t=%u,p=%u", &m, &t, &p) != 3 || m < 8 || t < 1 || p < 1)
        return std::nullopt;
    parsed.params = core::Argon2Params{m, t, p};
    auto salt = QByteArray::fromBase64Encoding(parts[4], kB64 | QByteArray::AbortOnBase64DecodingErrors);
    auto hash = QByteArray::fromBase64Encoding(parts[5], kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != static_cast<qsizetype>(kHashBytes))
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

} // namespace

Result<std::string> PasswordHasher::hash(const core::SecureBuffer& password) const {
    const QByteArray salt = core::crypto::randomBytes(kSaltBytes);
    auto digest = core::crypto::argon2id(password, salt, m_params, kHashBytes);
    if (!digest)
        return fail(ErrorCode::Internal, digest.error().message.toStdString());
    char params[64];
    std::snprintf(params, sizeof params, "m=%u,t=%u,p=%u", m_params.memoryKiB, m_params.iterations,
                  m_params.parallelism);
    const QByteArray hashBytes(reinterpret_cast<const char*>(digest->data()), static_cast<qsizetype>(digest->size()));
    return "$argon2id$v=19$" + std::string(params) + "$" + salt.toBase64(kB64).toStdString() + "$" +
           hashBytes.toBase64(kB64).toStdString();
}

bool PasswordHasher::verify(const core::SecureBuffer& password, const std::string& verifier) const {
    const auto parsed = parseVerifier(verifier);
    if (!parsed) {
        dummyVerify(password);
        return false;
    }
    auto digest = core::crypto::argon2id(password, parsed->salt, parsed->params, kHashBytes);
    if (!digest)
        return false;
    return CRYPTO_memcmp(digest->data(), parsed->hash.constData(), kHashBytes) == 0;
}

bool PasswordHasher::needsRehash(const std::string& verifier) const {
    const auto parsed = parseVerifier(verifier);
    return parsed && (parsed->params.memoryKiB < m_params.memoryKiB || parsed->params.iterations < m_params.iterations);
}

void PasswordHasher::dummyVerify(const core::SecureBuffer& password) const {
    const QByteArray salt(kSaltBytes, '\0');
    (void)core::crypto::argon2id(password, salt, m_params, kHashBytes);
}

} // namespace selftrack::server
