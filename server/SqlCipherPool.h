// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "core/storage/Database.h"
#include "server/ServerError.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace selftrack::server {

// A fixed-size pool of SQLCipher connections to one file. Connections are opened lazily (each
// Database belongs to one caller at a time, as the wrapper requires); acquire() blocks while all
// are lent out. Thread-safe.
class SqlCipherPool {
public:
    // Returned connection goes back to the pool when the Lease is destroyed.
    class Lease {
    public:
        Lease(SqlCipherPool* pool, std::unique_ptr<core::Database> db) : m_pool(pool), m_db(std::move(db)) {}
        ~Lease();
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        core::Database& operator*() const { return *m_db; }
        core::Database* operator->() const { return m_db.get(); }

    private:
        SqlCipherPool* m_pool;
        std::unique_ptr<core::Database> m_db;
    };

    // Opens the first connection now so that a wrong key or unreadable file fails at startup
    // (ErrorCode::WrongKey / Io).
    static Result<std::unique_ptr<SqlCipherPool>> open(const QString& path, core::SecureBuffer key, int size);

    Result<Lease> acquire();
    // Closes every idle connection; used before replacing the file (key rotation).
    void closeIdle();
    QString path() const { return m_path; }

private:
    SqlCipherPool(QString path, core::SecureBuffer key, int size)
        : m_path(std::move(path)), m_key(std::move(key)), m_size(size) {}
    void release(std::unique_ptr<core::Database> db);

    QString m_path;
    core::SecureBuffer m_key;
    int m_size;
    int m_open = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<core::Database>> m_idle;
};

} // namespace selftrack::server
