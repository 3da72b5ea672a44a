// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PgPool.h"

#include <chrono>

namespace selftrack::server {

namespace {

constexpr auto kAcquireTimeout = std::chrono::seconds(15);
constexpr auto kValidateAfterIdle = std::chrono::seconds(5);

} // namespace

PgPool::Lease::~Lease() {
    if (m_pool && m_connection)
        m_pool->release(std::move(m_connection));
}

Result<std::unique_ptr<PgPool>> PgPool::open(std::string url, int size) {
    std::unique_ptr<PgPool> pool(new PgPool(std::move(url), size < 1 ? 1 : size));
    PG_TRY(first, PgConnection::connect(pool->m_url));
    pool->m_open = 1;
    pool->m_idle.push_back(std::move(first));
    return pool;
}

Result<PgPool::Lease> PgPool::acquire() {
    std::unique_lock lock(m_mutex);
    const auto ready = [this] { return !m_idle.empty() || m_open < m_size; };
    if (!m_available.wait_for(lock, kAcquireTimeout, ready))
        return fail(ErrorCode::Unavailable, "All PostgreSQL connections are busy.");
    if (m_idle.empty()) {
        ++m_open;
        lock.unlock();
        return openNew();
    }
    std::unique_ptr<PgConnection> connection = std::move(m_idle.back());
    m_idle.pop_back();
    lock.unlock();
    auto valid = revalidate(std::move(connection));
    if (!valid) {
        std::lock_guard relock(m_mutex);
        --m_open;
        m_available.notify_one();
        return std::unexpected(valid.error());
    }
    return Lease(this, std::move(*valid));
}

Result<PgPool::Lease> PgPool::openNew() {
    auto connection = PgConnection::connect(m_url);
    if (!connection) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_available.notify_one();
        return std::unexpected(connection.error());
    }
    return Lease(this, std::move(*connection));
}

Result<std::unique_ptr<PgConnection>> PgPool::revalidate(std::unique_ptr<PgConnection> connection) {
    if (std::chrono::steady_clock::now() - connection->lastUsed() < kValidateAfterIdle)
        return connection;
    if (connection->ping() && !connection->broken())
        return connection;
    connection.reset();
    return PgConnection::connect(m_url);
}

void PgPool::release(std::unique_ptr<PgConnection> connection) {
    if (!connection->broken() && connection->idleInTransaction())
        (void)connection->exec("ROLLBACK");
    const bool reusable = !connection->broken() && !connection->idleInTransaction();
    if (!reusable)
        connection.reset();
    std::lock_guard lock(m_mutex);
    if (reusable)
        m_idle.push_back(std::move(connection));
    else
        --m_open;
    m_available.notify_one();
}

} // namespace selftrack::server
