// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"
#include "core/storage/Statement.h"

#include <QString>

#include <map>
#include <memory>

struct sqlite3;

namespace selftrack::core {

// SQLCipher settings recorded in vault.json and applied explicitly on open, so a vault made with
// SQLCipher 3.x (Debian 12) opens under 4.x (Homebrew, vcpkg) and back.
struct CipherSettings {
    int compatibility = 3;
    int pageSize = 1024;
};

// One SQLCipher connection (RAII). Owns a cache of prepared statements for hot paths.
// Not thread-safe: use a Database from one thread at a time (it may be opened on a worker and
// then handed over, as VaultSession does). After close() the object stays valid and every call
// fails with ErrorCode::Locked, so a reference held elsewhere never dangles.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) `path` keyed with the raw 32-byte key; verifies the key by reading the
    // schema. A wrong key or a file that is not an SQLCipher database gives NotOurDatabase.
    // An empty key opens a plain (unencrypted) SQLite file: only tests use that, to inspect bytes.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBuffer& rawKey,
                                                  const CipherSettings& settings, bool create);

    // Finalizes every statement and closes the connection; idempotent.
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // A statement from the cache, reset and with bindings cleared. Valid until the next call
    // with the same SQL or until the Database is destroyed.
    Result<Statement*> cached(const char* sql);
    Result<std::int64_t> queryInt(const char* sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    Error lastError(const char* what) const;
    Status applyKey(const SecureBuffer& rawKey, const CipherSettings& settings);
    // Verifies that the file is readable with the key, then sets the connection pragmas.
    Status verifyAndConfigure();

    sqlite3* m_db = nullptr;
    QString m_path;
    std::map<const char*, Statement> m_cache;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace selftrack::core
