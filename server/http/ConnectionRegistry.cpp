// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/ConnectionRegistry.h"

#include <vector>

namespace selftrack::server::http {

std::uint64_t ConnectionRegistry::add(const std::shared_ptr<ConnectionBase>& connection) {
    std::lock_guard lock(m_mutex);
    const std::uint64_t id = ++m_next;
    m_connections.emplace(id, connection);
    return id;
}

void ConnectionRegistry::remove(std::uint64_t id) {
    std::lock_guard lock(m_mutex);
    m_connections.erase(id);
}

void ConnectionRegistry::closeIdle() {
    std::vector<std::shared_ptr<ConnectionBase>> live;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, weak] : m_connections) {
            if (auto connection = weak.lock())
                live.push_back(std::move(connection));
        }
    }
    for (const auto& connection : live)
        connection->closeIfIdle();
}

} // namespace selftrack::server::http
