// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_HAS_CODEC 1
#include "core/storage/Database.h"

#include <sqlite3.h>

#include <cstdio>

namespace selftrack::core {

Database::~Database() {
    close();
}

void Database::close() {
    m_cache.clear(); // finalize statements before closing
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

namespace {
std::unexpected<Error> closedError() {
    return fail(ErrorCode::Locked, QStringLiteral("The vault is locked; unlock it first."));
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBuffer& rawKey,
                                                 const CipherSettings& settings, bool create) {
    if (!rawKey.empty() && rawKey.size() != 32)
        return fail(ErrorCode::Crypto, QStringLiteral("The database key has the wrong size."));
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = path.toUtf8();
    if (sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        const QString message = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        sqlite3_close_v2(raw);
        return fail(ErrorCode::Storage, QStringLiteral("Cannot open the database file: %1.").arg(message));
    }
    std::unique_ptr<Database> db(new Database(raw, path));

    if (!rawKey.empty()) {
        if (auto st = db->applyKey(rawKey, settings); !st)
            return std::unexpected(st.error());
    }
    if (auto st = db->verifyAndConfigure(); !st)
        return std::unexpected(st.error());
    return db;
}

Status Database::applyKey(const SecureBuffer& rawKey, const CipherSettings& settings) {
    sqlite3* raw = m_db;
    // Raw key form x'<hex>' skips SQLCipher's own PBKDF2; the key never passes through SQL text.
    SecureBuffer keySpec = SecureBuffer::fromString("x'");
    const SecureBuffer hex = rawKey.toHex();
    keySpec.append(hex.data(), hex.size());
    keySpec.append("'", 1);
    if (sqlite3_key(raw, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK)
        return std::unexpected(lastError("setting the key"));

    const bool v4 = sqlite3_libversion_number() >= 3020000; // SQLCipher 4.x ships SQLite >= 3.20
    char pragma[64];
    if (v4) {
        std::snprintf(pragma, sizeof pragma, "PRAGMA cipher_compatibility = %d;", settings.compatibility);
    } else {
        std::snprintf(pragma, sizeof pragma, "PRAGMA cipher_page_size = %d;", settings.pageSize);
    }
    return exec(pragma);
}

Status Database::verifyAndConfigure() {
    sqlite3* raw = m_db;
    // First read: fails with SQLITE_NOTADB when the key is wrong or the file is not SQLCipher.
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, &errmsg);
    sqlite3_free(errmsg);
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
        return fail(ErrorCode::NotOurDatabase,
                    QStringLiteral("The database file is not a SelfTrack database or its key does not match."));
    if (rc != SQLITE_OK)
        return std::unexpected(lastError("reading the schema"));

    for (const char* setup : {"PRAGMA foreign_keys = ON;", "PRAGMA synchronous = FULL;", "PRAGMA secure_delete = ON;",
                              "PRAGMA busy_timeout = 5000;", "PRAGMA cache_size = -32768;"}) {
        if (auto st = exec(setup); !st)
            return std::unexpected(st.error());
    }
    if (auto mode = prepare("PRAGMA journal_mode = WAL;"); mode) {
        if (auto row = mode->step(); !row)
            return std::unexpected(row.error());
    } else {
        return std::unexpected(mode.error());
    }
    return {};
}

Status Database::exec(const char* sql) {
    if (!m_db)
        return closedError();
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &errmsg);
    if (rc == SQLITE_OK)
        return {};
    const QString message = errmsg ? QString::fromUtf8(errmsg) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(errmsg);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
        return fail(ErrorCode::Corrupt, QStringLiteral("The database is damaged: %1.").arg(message));
    return fail(ErrorCode::Storage, QStringLiteral("A database operation failed: %1.").arg(message));
}

Result<Statement> Database::prepare(const char* sql) {
    if (!m_db)
        return closedError();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return std::unexpected(lastError("preparing a statement"));
    return Statement(m_db, stmt);
}

Result<Statement*> Database::cached(const char* sql) {
    if (!m_db)
        return closedError();
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        it = m_cache.emplace(sql, std::move(*stmt)).first;
    } else {
        it->second.reset();
    }
    return &it->second;
}

Result<std::int64_t> Database::queryInt(const char* sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

std::int64_t Database::lastInsertRowId() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
int Database::changes() const {
    return m_db ? sqlite3_changes(m_db) : 0;
}

Error Database::lastError(const char* what) const {
    const int rc = sqlite3_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const ErrorCode code = (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) ? ErrorCode::Corrupt : ErrorCode::Storage;
    return Error{code, QStringLiteral("Database error while %1: %2.").arg(QString::fromUtf8(what), message)};
}

Transaction::Transaction(Database& db) : m_db(db), m_begun(db.exec("BEGIN IMMEDIATE;")) {}

Transaction::~Transaction() {
    if (m_begun && !m_done)
        (void)m_db.exec("ROLLBACK;");
}

Status Transaction::commit() {
    if (!m_begun)
        return m_begun;
    auto st = m_db.exec("COMMIT;");
    if (st)
        m_done = true;
    return st;
}

} // namespace selftrack::core
