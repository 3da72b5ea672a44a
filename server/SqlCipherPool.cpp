// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SqlCipherPool.h"

#include "server/SqlCipherSupport.h"

#include <QFileInfo>

#include <chrono>

namespace selftrack::server {

namespace {

constexpr auto kAcquireTimeout = std::chrono::seconds(10);

Result<std::unique_ptr<core::Database>> openConnection(const QString& path, const core::SecureBuffer& key) {
    auto db = core::Database::open(path, key, core::CipherSettings{}, true);
    if (!db) {
        if (db.error().code == core::ErrorCode::NotOurDatabase)
            return fail(ErrorCode::WrongKey, "The server key does not open " + path.toStdString() +
                                                 " (wrong key, or not a selftrack-server database).");
        return std::unexpected(toError(db.error()));
    }
    return std::move(*db);
}

} // namespace

SqlCipherPool::Lease::~Lease() {
    if (m_pool && m_db)
        m_pool->release(std::move(m_db));
}

Result<std::unique_ptr<SqlCipherPool>> SqlCipherPool::open(const QString& path, core::SecureBuffer key, int size) {
    std::unique_ptr<SqlCipherPool> pool(new SqlCipherPool(path, std::move(key), size < 1 ? 1 : size));
    auto first = openConnection(path, pool->m_key);
    if (!first)
        return std::unexpected(first.error());
    pool->m_idle.push_back(std::move(*first));
    pool->m_open = 1;
    return pool;
}

Result<SqlCipherPool::Lease> SqlCipherPool::acquire() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_idle.empty()) {
            auto db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(db));
        }
        if (m_open < m_size) {
            ++m_open;
            lock.unlock();
            auto db = openConnection(m_path, m_key);
            if (!db) {
                lock.lock();
                --m_open;
                return std::unexpected(db.error());
            }
            return Lease(this, std::move(*db));
        }
        if (!m_available.wait_for(lock, kAcquireTimeout, [this] { return !m_idle.empty(); }))
            return fail(ErrorCode::Unavailable, "All database connections are busy.");
    }
}

void SqlCipherPool::release(std::unique_ptr<core::Database> db) {
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(db));
    }
    m_available.notify_one();
}

void SqlCipherPool::closeIdle() {
    std::lock_guard lock(m_mutex);
    m_open -= static_cast<int>(m_idle.size());
    m_idle.clear();
}

} // namespace selftrack::server
