// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgConnection.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace selftrack::server {

// A bounded pool of PostgreSQL connections to one database. Connections open lazily up to `size`;
// acquire() waits for a free one (Unavailable after a timeout). A connection that broke while lent
// out is discarded on return, one left inside a transaction is rolled back, and one that sat idle
// for a while is pinged before reuse and replaced when the server dropped it, so a database
// restart costs no more than the requests in flight at that moment. Thread-safe.
class PgPool {
public:
    // The connection goes back to the pool when the Lease is destroyed.
    class Lease {
    public:
        Lease(PgPool* pool, std::unique_ptr<PgConnection> connection)
            : m_pool(pool), m_connection(std::move(connection)) {
            m_connection->beginLease();
        }
        ~Lease();
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        PgConnection& operator*() const { return *m_connection; }
        PgConnection* operator->() const { return m_connection.get(); }

    private:
        PgPool* m_pool;
        std::unique_ptr<PgConnection> m_connection;
    };

    // Opens the first connection now so that an unreachable database fails at startup.
    static Result<std::unique_ptr<PgPool>> open(std::string url, int size);

    Result<Lease> acquire();

private:
    PgPool(std::string url, int size) : m_url(std::move(url)), m_size(size) {}
    // Pings a long-idle connection and replaces it when the server is gone.
    Result<std::unique_ptr<PgConnection>> revalidate(std::unique_ptr<PgConnection> connection);
    Result<Lease> openNew();
    void release(std::unique_ptr<PgConnection> connection);

    std::string m_url; // a secret (may hold the password): never logged
    int m_size;
    int m_open = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

} // namespace selftrack::server
