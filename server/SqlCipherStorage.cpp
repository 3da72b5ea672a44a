// SPDX-License-Identifier: GPL-3.0-or-later
// SqlCipherStorage: schema, accounts, sessions, server secret and admin operations.
// Sync, usage, export and retention are in SqlCipherSync.cpp.
#define SQLITE_HAS_CODEC 1
#include "server/SqlCipherStorage.h"

#include "core/crypto/Crypto.h"
#include "server/SqlCipherSupport.h"
#include "server/TokenBucket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

#include <sqlite3.h>

namespace selftrack::server {

namespace {

// Migration N brings the schema from version N-1 to N. Append only; never edit a shipped one.
constexpr std::array<const char*, 2> kMigrations = {R"sql(
CREATE TABLE IF NOT EXISTS server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, password_verifier TEXT NOT NULL,
    kdf_algorithm TEXT NOT NULL, kdf_memory_kib INTEGER NOT NULL, kdf_iterations INTEGER NOT NULL,
    kdf_parallelism INTEGER NOT NULL, kdf_seed TEXT NOT NULL, wrapped_key TEXT NOT NULL,
    created_at INTEGER NOT NULL, age_confirmed_at INTEGER NOT NULL, privacy_policy_version TEXT NOT NULL,
    privacy_accepted_at INTEGER NOT NULL, seq_head INTEGER NOT NULL DEFAULT 0,
    tombstone_floor INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE, device_name TEXT NOT NULL, created_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sessions_account ON sessions(account_id);
CREATE TABLE IF NOT EXISTS items (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT NOT NULL,
    head_rev INTEGER NOT NULL, head_seq INTEGER NOT NULL, deleted INTEGER NOT NULL,
    PRIMARY KEY (account_id, item_id));
CREATE INDEX IF NOT EXISTS items_seq ON items(account_id, head_seq);
CREATE TABLE IF NOT EXISTS revisions (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT NOT NULL,
    rev INTEGER NOT NULL, rev_id TEXT NOT NULL, seq INTEGER NOT NULL, deleted INTEGER NOT NULL,
    envelope TEXT NOT NULL, size INTEGER NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, item_id, rev), UNIQUE (account_id, rev_id));
CREATE INDEX IF NOT EXISTS revisions_created ON revisions(created_at);
CREATE TABLE IF NOT EXISTS tombstones (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT NOT NULL,
    seq INTEGER NOT NULL, purged_at INTEGER NOT NULL, PRIMARY KEY (account_id, item_id));
CREATE INDEX IF NOT EXISTS tombstones_seq ON tombstones(account_id, seq);
CREATE TABLE IF NOT EXISTS request_counts (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, day INTEGER NOT NULL,
    count INTEGER NOT NULL, PRIMARY KEY (account_id, day));
)sql",
                                                    R"sql(
CREATE TABLE rate_buckets (bucket TEXT PRIMARY KEY, tokens REAL NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX rate_buckets_updated ON rate_buckets(updated_at);
)sql"};

constexpr int kSchemaVersion = static_cast<int>(kMigrations.size());

constexpr const char* kAccountColumns =
    "SELECT id, email, password_verifier, kdf_algorithm, kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_seed, "
    "wrapped_key, created_at, age_confirmed_at, privacy_policy_version, privacy_accepted_at, seq_head, "
    "tombstone_floor FROM accounts ";

Account accountFromRow(const core::Statement& row) {
    Account account;
    account.id = row.int64(0);
    account.email = stdText(row, 1);
    account.passwordVerifier = stdText(row, 2);
    account.kdf = KdfParams{stdText(row, 3), row.int64(4), row.int64(5), row.int64(6), stdText(row, 7)};
    account.wrappedKey = stdText(row, 8);
    account.createdAt = row.int64(9);
    account.ageConfirmedAt = row.int64(10);
    account.privacyPolicyVersion = stdText(row, 11);
    account.privacyAcceptedAt = row.int64(12);
    account.seqHead = row.int64(13);
    account.tombstoneFloor = row.int64(14);
    return account;
}

Session sessionFromRow(const core::Statement& row) {
    return Session{stdText(row, 0), row.int64(1), stdText(row, 2), stdText(row, 3),
                   row.int64(4),    row.int64(5), row.int64(6)};
}

} // namespace

Result<std::unique_ptr<SqlCipherStorage>> SqlCipherStorage::open(const QString& path, core::SecureBuffer key,
                                                                 const StorageOptions& options) {
    auto pool = SqlCipherPool::open(path, std::move(key), options.poolSize);
    if (!pool)
        return std::unexpected(pool.error());
    return std::unique_ptr<SqlCipherStorage>(new SqlCipherStorage(std::move(*pool)));
}

Status SqlCipherStorage::migrate() {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    auto version = (*db)->queryInt("PRAGMA user_version;");
    if (!version)
        return std::unexpected(toError(version.error()));
    if (*version > kSchemaVersion)
        return fail(ErrorCode::Config, "The database was written by a newer selftrack-server (schema version " +
                                           std::to_string(*version) + ").");
    if (*version == kSchemaVersion)
        return {};
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    for (auto next = *version + 1; next <= kSchemaVersion; ++next)
        ST_CHECK((*db)->exec(kMigrations[static_cast<std::size_t>(next - 1)]));
    const std::string setVersion = "PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
    ST_CHECK((*db)->exec(setVersion.c_str()));
    ST_CHECK(tx.commit());
    return {};
}

Result<core::SecureBuffer> SqlCipherStorage::serverSecret() {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    {
        ST_PREPARE(select, **db, "SELECT value FROM server_meta WHERE name = 'secret'");
        ST_STEP(found, select);
        if (found) {
            const QByteArray hex = select.text(0).toLatin1();
            const QByteArray raw = QByteArray::fromHex(hex);
            core::SecureBuffer secret(raw.constData(), static_cast<std::size_t>(raw.size()));
            ST_CHECK(tx.commit());
            return secret;
        }
    }
    core::SecureBuffer secret = core::crypto::randomKey(32);
    const core::SecureBuffer hex = secret.toHex();
    ST_PREPARE(insert, **db, "INSERT INTO server_meta (name, value) VALUES ('secret', ?)");
    insert.bind(1, QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), static_cast<qsizetype>(hex.size())));
    ST_CHECK(insert.exec());
    ST_CHECK(tx.commit());
    return secret;
}

Result<AccountId> SqlCipherStorage::createAccount(const NewAccount& a) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    {
        ST_PREPARE(exists, **db, "SELECT 1 FROM accounts WHERE email = ?");
        exists.bind(1, qtext(a.email));
        ST_STEP(taken, exists);
        if (taken)
            return fail(ErrorCode::EmailTaken, "An account with this email exists.");
    }
    ST_PREPARE(insert, **db,
               "INSERT INTO accounts (email, password_verifier, kdf_algorithm, kdf_memory_kib, kdf_iterations, "
               "kdf_parallelism, kdf_seed, wrapped_key, created_at, age_confirmed_at, privacy_policy_version, "
               "privacy_accepted_at, seq_head, tombstone_floor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,0)");
    insert.bind(1, qtext(a.email)).bind(2, qtext(a.passwordVerifier)).bind(3, qtext(a.kdf.algorithm));
    insert.bind(4, a.kdf.memoryKiB).bind(5, a.kdf.iterations).bind(6, a.kdf.parallelism);
    insert.bind(7, qtext(a.kdf.seed)).bind(8, qtext(a.wrappedKey)).bind(9, a.createdAt);
    insert.bind(10, a.ageConfirmedAt).bind(11, qtext(a.privacyPolicyVersion)).bind(12, a.privacyAcceptedAt);
    ST_CHECK(insert.exec());
    const AccountId id = (*db)->lastInsertRowId();
    ST_CHECK(tx.commit());
    return id;
}

Result<std::optional<Account>> SqlCipherStorage::readAccount(core::Database& db, const char* sql, const QString* email,
                                                             AccountId id) {
    ST_PREPARE(select, db, sql);
    if (email)
        select.bind(1, *email);
    else
        select.bind(1, id);
    ST_STEP(found, select);
    if (!found)
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(select));
}

Result<std::optional<Account>> SqlCipherStorage::findAccountByEmail(const std::string& normalizedEmail) {
    static const std::string sql = std::string(kAccountColumns) + "WHERE email = ?";
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    const QString email = qtext(normalizedEmail);
    return readAccount(**db, sql.c_str(), &email, 0);
}

Result<std::optional<Account>> SqlCipherStorage::findAccount(AccountId id) {
    static const std::string sql = std::string(kAccountColumns) + "WHERE id = ?";
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    return readAccount(**db, sql.c_str(), nullptr, id);
}

Result<bool> SqlCipherStorage::updateCredentials(AccountId id, const CredentialsUpdate& update) {
    static const std::string sql = std::string(kAccountColumns) + "WHERE id = ?";
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    auto current = readAccount(**db, sql.c_str(), nullptr, id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return false;
    Account account = **current;
    if (update.email && *update.email != account.email) {
        ST_PREPARE(exists, **db, "SELECT 1 FROM accounts WHERE email = ? AND id <> ?");
        exists.bind(1, qtext(*update.email)).bind(2, id);
        ST_STEP(taken, exists);
        if (taken)
            return fail(ErrorCode::EmailTaken, "An account with this email exists.");
        account.email = *update.email;
    }
    account.passwordVerifier = update.passwordVerifier.value_or(account.passwordVerifier);
    account.kdf = update.kdf.value_or(account.kdf);
    account.wrappedKey = update.wrappedKey.value_or(account.wrappedKey);
    {
        ST_PREPARE(write, **db,
                   "UPDATE accounts SET email = ?, password_verifier = ?, kdf_algorithm = ?, kdf_memory_kib = ?, "
                   "kdf_iterations = ?, kdf_parallelism = ?, kdf_seed = ?, wrapped_key = ? WHERE id = ?");
        write.bind(1, qtext(account.email)).bind(2, qtext(account.passwordVerifier));
        write.bind(3, qtext(account.kdf.algorithm)).bind(4, account.kdf.memoryKiB).bind(5, account.kdf.iterations);
        write.bind(6, account.kdf.parallelism).bind(7, qtext(account.kdf.seed)).bind(8, qtext(account.wrappedKey));
        write.bind(9, id);
        ST_CHECK(write.exec());
    }
    if (update.revokeSessionsExcept) {
        ST_PREPARE(revoke, **db, "DELETE FROM sessions WHERE account_id = ? AND id <> ?");
        revoke.bind(1, id).bind(2, qtext(*update.revokeSessionsExcept));
        ST_CHECK(revoke.exec());
    }
    ST_CHECK(tx.commit());
    return true;
}

Result<bool> SqlCipherStorage::deleteAccount(AccountId id) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    for (const char* sql : {"DELETE FROM request_counts WHERE account_id = ?",
                            "DELETE FROM tombstones WHERE account_id = ?", "DELETE FROM revisions WHERE account_id = ?",
                            "DELETE FROM items WHERE account_id = ?", "DELETE FROM sessions WHERE account_id = ?"}) {
        ST_PREPARE(remove, **db, sql);
        remove.bind(1, id);
        ST_CHECK(remove.exec());
    }
    ST_PREPARE(remove, **db, "DELETE FROM accounts WHERE id = ?");
    remove.bind(1, id);
    ST_CHECK(remove.exec());
    const bool existed = (*db)->changes() > 0;
    ST_CHECK(tx.commit());
    return existed;
}

Status SqlCipherStorage::createSession(const Session& s) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(insert, **db,
               "INSERT INTO sessions (id, account_id, token_hash, device_name, created_at, last_used_at, expires_at) "
               "VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, qtext(s.id)).bind(2, s.accountId).bind(3, qtext(s.tokenHash)).bind(4, qtext(s.deviceName));
    insert.bind(5, s.createdAt).bind(6, s.lastUsedAt).bind(7, s.expiresAt);
    ST_CHECK(insert.exec());
    return {};
}

Result<std::optional<Session>> SqlCipherStorage::findSessionByTokenHash(const std::string& tokenHash,
                                                                        std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(select, **db,
               "SELECT id, account_id, token_hash, device_name, created_at, last_used_at, expires_at FROM sessions "
               "WHERE token_hash = ? AND expires_at > ?");
    select.bind(1, qtext(tokenHash)).bind(2, nowMs);
    ST_STEP(found, select);
    if (!found)
        return std::optional<Session>();
    return std::optional<Session>(sessionFromRow(select));
}

Status SqlCipherStorage::touchSession(AccountId id, const std::string& sessionId, std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(update, **db, "UPDATE sessions SET last_used_at = ? WHERE account_id = ? AND id = ?");
    update.bind(1, nowMs).bind(2, id).bind(3, qtext(sessionId));
    ST_CHECK(update.exec());
    return {};
}

Result<std::vector<Session>> SqlCipherStorage::listSessions(AccountId id, std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(select, **db,
               "SELECT id, account_id, token_hash, device_name, created_at, last_used_at, expires_at FROM sessions "
               "WHERE account_id = ? AND expires_at > ? ORDER BY created_at, id");
    select.bind(1, id).bind(2, nowMs);
    std::vector<Session> sessions;
    for (;;) {
        ST_STEP(row, select);
        if (!row)
            break;
        sessions.push_back(sessionFromRow(select));
    }
    return sessions;
}

Result<bool> SqlCipherStorage::deleteSession(AccountId id, const std::string& sessionId) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(remove, **db, "DELETE FROM sessions WHERE account_id = ? AND id = ?");
    remove.bind(1, id).bind(2, qtext(sessionId));
    ST_CHECK(remove.exec());
    return (*db)->changes() > 0;
}

Result<std::int64_t> SqlCipherStorage::deleteAllSessions(AccountId id) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(remove, **db, "DELETE FROM sessions WHERE account_id = ?");
    remove.bind(1, id);
    ST_CHECK(remove.exec());
    return static_cast<std::int64_t>((*db)->changes());
}

Result<std::int64_t> SqlCipherStorage::deleteExpiredSessions(std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(remove, **db, "DELETE FROM sessions WHERE expires_at <= ?");
    remove.bind(1, nowMs);
    ST_CHECK(remove.exec());
    return static_cast<std::int64_t>((*db)->changes());
}

Result<int> SqlCipherStorage::takeRateToken(const std::string& bucket, int perMinute, std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db); // BEGIN IMMEDIATE: one read-modify-write at a time
    ST_CHECK(tx.begun());
    TokenBucket state = TokenBucket::full(perMinute, nowMs);
    {
        ST_PREPARE(select, **db, "SELECT tokens, updated_at FROM rate_buckets WHERE bucket = ?");
        select.bind(1, qtext(bucket));
        ST_STEP(found, select);
        if (found)
            state = TokenBucket{select.real(0), select.int64(1)};
    }
    const int wait = state.take(perMinute, nowMs);
    ST_PREPARE(save, **db, "INSERT OR REPLACE INTO rate_buckets (bucket, tokens, updated_at) VALUES (?, ?, ?)");
    save.bind(1, qtext(bucket)).bind(2, state.tokens).bind(3, state.updatedMs);
    ST_CHECK(save.exec());
    ST_CHECK(tx.commit());
    return wait;
}

Result<std::int64_t> SqlCipherStorage::pruneRateBuckets(std::int64_t cutoffMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(remove, **db, "DELETE FROM rate_buckets WHERE updated_at < ?");
    remove.bind(1, cutoffMs);
    ST_CHECK(remove.exec());
    return static_cast<std::int64_t>((*db)->changes());
}

Result<std::int64_t> SqlCipherStorage::countAccounts() {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    auto count = (*db)->queryInt("SELECT count(*) FROM accounts");
    if (!count)
        return std::unexpected(toError(count.error()));
    return *count;
}

Result<UsageTotals> SqlCipherStorage::usageTotals() {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(select, **db,
               "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM sessions), (SELECT count(*) FROM items), "
               "(SELECT count(*) FROM revisions), (SELECT coalesce(sum(size), 0) FROM revisions), "
               "(SELECT count(*) FROM tombstones)");
    ST_STEP(row, select);
    if (!row)
        return fail(ErrorCode::Internal, "The usage query returned no row.");
    return UsageTotals{select.int64(0), select.int64(1), select.int64(2),
                       select.int64(3), select.int64(4), select.int64(5)};
}

Status SqlCipherStorage::rotateKey(const core::SecureBuffer& newKey) {
    const QString path = m_pool->path();
    const QString staging = path + QStringLiteral(".rekey");
    QFile::remove(staging);
    {
        auto db = m_pool->acquire();
        if (!db)
            return std::unexpected(db.error());
        auto version = (*db)->queryInt("PRAGMA user_version;");
        if (!version)
            return std::unexpected(toError(version.error()));
        // ATTACH takes the file name and key as bound parameters; the key never enters SQL text.
        sqlite3_stmt* attach = nullptr;
        sqlite3_prepare_v2((*db)->handle(), "ATTACH DATABASE ? AS rekeyed KEY ?", -1, &attach, nullptr);
        const QByteArray stagingUtf8 = staging.toUtf8();
        core::SecureBuffer spec = core::SecureBuffer::fromString("x'");
        const core::SecureBuffer hex = newKey.toHex();
        spec.append(hex.data(), hex.size());
        spec.append("'", 1);
        sqlite3_bind_text(attach, 1, stagingUtf8.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(spec.data()), static_cast<int>(spec.size()),
                          SQLITE_TRANSIENT);
        const int rc = sqlite3_step(attach);
        sqlite3_finalize(attach);
        if (rc != SQLITE_DONE)
            return fail(ErrorCode::Io, "Cannot create the re-encrypted copy of the database.");
        const std::string setVersion = "PRAGMA rekeyed.user_version = " + std::to_string(*version) + ";";
        auto exported = (*db)->exec("SELECT sqlcipher_export('rekeyed');");
        if (exported)
            exported = (*db)->exec(setVersion.c_str());
        (void)(*db)->exec("DETACH DATABASE rekeyed;");
        if (!exported)
            return std::unexpected(toError(exported.error()));
    }
    m_pool->closeIdle();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (::rename(staging.toUtf8().constData(), path.toUtf8().constData()) != 0)
        return fail(ErrorCode::Io, "Cannot replace the database file with its re-encrypted copy.");
    return {};
}

} // namespace selftrack::server
