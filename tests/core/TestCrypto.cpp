// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

TEST_CASE("AES-GCM round trip and tamper detection", "[core][crypto]") {
    const SecureBuffer key = crypto::randomKey();
    const QByteArray nonce = crypto::randomBytes(crypto::kNonceSize);
    const QByteArray plain("the quick brown fox");
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(plain.constData()),
                                              static_cast<std::size_t>(plain.size()));
    auto sealed = crypto::seal(key, nonce, bytes, "aad");
    REQUIRE(sealed);
    CHECK(sealed->size() == plain.size() + 16);

    auto opened = crypto::open(key, nonce, *sealed, "aad");
    REQUIRE(opened);
    CHECK(opened->view() == "the quick brown fox");

    SECTION("a flipped ciphertext bit fails") {
        QByteArray tampered = *sealed;
        tampered[3] = static_cast<char>(tampered[3] ^ 1);
        CHECK_FALSE(crypto::open(key, nonce, tampered, "aad"));
    }
    SECTION("different associated data fails") {
        CHECK_FALSE(crypto::open(key, nonce, *sealed, "aad2"));
    }
    SECTION("a different key fails") {
        CHECK_FALSE(crypto::open(crypto::randomKey(), nonce, *sealed, "aad"));
    }
}

TEST_CASE("Argon2id is deterministic for the same salt and differs for another", "[core][crypto]") {
    const Argon2Params cheap{1024, 1, 1};
    const SecureBuffer password = SecureBuffer::fromString("correct horse");
    auto a = crypto::argon2id(password, "0123456789abcdef", cheap);
    auto b = crypto::argon2id(password, "0123456789abcdef", cheap);
    auto c = crypto::argon2id(password, "fedcba9876543210", cheap);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->equals(*b));
    CHECK_FALSE(a->equals(*c));
    CHECK_FALSE(crypto::argon2id(password, "salt-salt-salt", Argon2Params{0, 1, 1}));
}

TEST_CASE("SecureBuffer hex encodes and compares", "[core][crypto]") {
    const std::uint8_t raw[] = {0x00, 0xab, 0xff};
    SecureBuffer buffer(raw, 3);
    CHECK(buffer.toHex().view() == "00abff");
    SecureBuffer moved = std::move(buffer);
    CHECK(buffer.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is what this checks
    CHECK(moved.size() == 3);
    moved.append("x", 1);
    CHECK(moved.size() == 4);
}
