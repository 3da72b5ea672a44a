// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace selftrack::server::http {

// Counts open connections in total and per client address. Thread-safe.
class ConnectionLimiter {
public:
    // Holds one connection's place until destroyed.
    class Slot {
    public:
        Slot(ConnectionLimiter& limiter, std::string address) : m_limiter(&limiter), m_address(std::move(address)) {}
        ~Slot();
        Slot(Slot&& other) noexcept : m_limiter(other.m_limiter), m_address(std::move(other.m_address)) {
            other.m_limiter = nullptr;
        }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        Slot& operator=(Slot&&) = delete;

    private:
        ConnectionLimiter* m_limiter;
        std::string m_address;
    };

    ConnectionLimiter(std::size_t maxTotal, std::size_t maxPerAddress)
        : m_maxTotal(maxTotal), m_maxPerAddress(maxPerAddress) {}

    // A slot when both limits leave room for another connection from `address`.
    std::optional<Slot> tryAcquire(const std::string& address);
    std::size_t open() const;

private:
    void release(const std::string& address);

    const std::size_t m_maxTotal;
    const std::size_t m_maxPerAddress;
    mutable std::mutex m_mutex;
    std::size_t m_total = 0;
    std::map<std::string, std::size_t> m_perAddress;
};

} // namespace selftrack::server::http
