// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace selftrack::core {

// Owns secret bytes (keys, passphrases) and wipes them with OPENSSL_cleanse when destroyed,
// cleared or reassigned. Move-only so copies of secrets never appear by accident; use clone()
// when a second owner is really needed.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const void* data, std::size_t size);
    static SecureBuffer fromString(std::string_view text) { return SecureBuffer(text.data(), text.size()); }
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    SecureBuffer clone() const { return SecureBuffer(data(), size()); }
    void clear();
    void append(const void* data, std::size_t size);

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    std::span<const std::uint8_t> span() const { return {m_bytes.data(), m_bytes.size()}; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()}; }

    // Lower-case hex of the bytes, itself a secret (used for SQLCipher's raw key pragma).
    SecureBuffer toHex() const;
    bool equals(const SecureBuffer& other) const; // constant time for equal sizes

private:
    std::vector<std::uint8_t> m_bytes;
};

} // namespace selftrack::core
