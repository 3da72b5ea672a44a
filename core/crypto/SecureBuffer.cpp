// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>

namespace selftrack::core {

SecureBuffer::SecureBuffer(std::size_t size) : m_bytes(size, 0) {}

SecureBuffer::SecureBuffer(const void* data, std::size_t size) : m_bytes(size) {
    if (size > 0)
        std::memcpy(m_bytes.data(), data, size);
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes.clear();
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBuffer::clear() {
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

void SecureBuffer::append(const void* data, std::size_t size) {
    // Grow into a fresh allocation so the old one can be wiped (vector reallocation would leak it).
    std::vector<std::uint8_t> grown(m_bytes.size() + size);
    if (!m_bytes.empty())
        std::memcpy(grown.data(), m_bytes.data(), m_bytes.size());
    if (size > 0)
        std::memcpy(grown.data() + m_bytes.size(), data, size);
    clear();
    m_bytes = std::move(grown);
}

SecureBuffer SecureBuffer::toHex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    SecureBuffer hex(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        hex.data()[2 * i] = static_cast<std::uint8_t>(kDigits[m_bytes[i] >> 4]);
        hex.data()[2 * i + 1] = static_cast<std::uint8_t>(kDigits[m_bytes[i] & 0x0f]);
    }
    return hex;
}

bool SecureBuffer::equals(const SecureBuffer& other) const {
    return size() == other.size() && CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

} // namespace selftrack::core
