// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/ConnectionBase.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace selftrack::server::http {

// The live connections, so that a shutdown can close the idle ones. Thread-safe.
class ConnectionRegistry {
public:
    std::uint64_t add(const std::shared_ptr<ConnectionBase>& connection);
    void remove(std::uint64_t id);
    void closeIdle();

private:
    std::mutex m_mutex;
    std::uint64_t m_next = 0;
    std::unordered_map<std::uint64_t, std::weak_ptr<ConnectionBase>> m_connections;
};

} // namespace selftrack::server::http
