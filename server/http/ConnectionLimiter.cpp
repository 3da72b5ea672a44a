// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/ConnectionLimiter.h"

namespace selftrack::server::http {

ConnectionLimiter::Slot::~Slot() {
    if (m_limiter)
        m_limiter->release(m_address);
}

std::optional<ConnectionLimiter::Slot> ConnectionLimiter::tryAcquire(const std::string& address) {
    std::lock_guard lock(m_mutex);
    if (m_total >= m_maxTotal)
        return std::nullopt;
    std::size_t& count = m_perAddress[address];
    if (count >= m_maxPerAddress) {
        if (count == 0)
            m_perAddress.erase(address);
        return std::nullopt;
    }
    ++count;
    ++m_total;
    return std::optional<Slot>(std::in_place, *this, address);
}

std::size_t ConnectionLimiter::open() const {
    std::lock_guard lock(m_mutex);
    return m_total;
}

void ConnectionLimiter::release(const std::string& address) {
    std::lock_guard lock(m_mutex);
    --m_total;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it->second == 0)
        m_perAddress.erase(it);
}

} // namespace selftrack::server::http
