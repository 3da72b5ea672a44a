// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStorage::migrate(): the PostgreSQL schema (Storage.h, version 2) and its upgrades.
#include "server/PgTransaction.h"
#include "server/PostgresStorage.h"

#include <array>

namespace selftrack::server {

namespace {

// Any 64-bit number unique to this application; advisory locks are per database.
constexpr std::int64_t kMigrationLock = 0x53656c6654726b01; // "SelfTrk" + 1

// Migration N brings the schema from version N-1 to N. Append only; never edit a shipped one.
constexpr std::array<const char*, 2> kMigrations = {
    R"sql(
CREATE TABLE server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
    id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, password_verifier TEXT NOT NULL,
    kdf_algorithm TEXT NOT NULL, kdf_memory_kib BIGINT NOT NULL, kdf_iterations BIGINT NOT NULL,
    kdf_parallelism BIGINT NOT NULL, kdf_seed TEXT NOT NULL, wrapped_key TEXT NOT NULL,
    created_at BIGINT NOT NULL, age_confirmed_at BIGINT NOT NULL, privacy_policy_version TEXT NOT NULL,
    privacy_accepted_at BIGINT NOT NULL, seq_head BIGINT NOT NULL DEFAULT 0,
    tombstone_floor BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT accounts_email_key UNIQUE (email));
CREATE TABLE sessions (
    id TEXT COLLATE "C" PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE, device_name TEXT NOT NULL, created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL, expires_at BIGINT NOT NULL);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE INDEX sessions_expires ON sessions(expires_at);
CREATE TABLE items (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT COLLATE "C" NOT NULL,
    head_rev BIGINT NOT NULL, head_seq BIGINT NOT NULL, deleted BOOLEAN NOT NULL,
    PRIMARY KEY (account_id, item_id));
CREATE INDEX items_seq ON items(account_id, head_seq);
CREATE TABLE revisions (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT COLLATE "C" NOT NULL,
    rev BIGINT NOT NULL, rev_id TEXT COLLATE "C" NOT NULL, seq BIGINT NOT NULL, deleted BOOLEAN NOT NULL,
    envelope TEXT NOT NULL, size BIGINT NOT NULL, created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, item_id, rev), UNIQUE (account_id, rev_id));
CREATE INDEX revisions_created ON revisions(created_at);
CREATE TABLE tombstones (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, item_id TEXT COLLATE "C" NOT NULL,
    seq BIGINT NOT NULL, purged_at BIGINT NOT NULL, PRIMARY KEY (account_id, item_id));
CREATE INDEX tombstones_seq ON tombstones(account_id, seq);
CREATE INDEX tombstones_purged ON tombstones(purged_at);
CREATE TABLE request_counts (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, day BIGINT NOT NULL,
    count BIGINT NOT NULL, PRIMARY KEY (account_id, day));
)sql",
    R"sql(
CREATE TABLE rate_buckets (
    bucket TEXT COLLATE "C" PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX rate_buckets_updated ON rate_buckets(updated_at);
)sql",
};

constexpr std::int64_t kSchemaVersion = static_cast<std::int64_t>(kMigrations.size());

// Holds the session-level advisory lock; released on scope exit (and by the server should the
// connection die).
class MigrationLock {
public:
    explicit MigrationLock(PgConnection& db) : m_db(db) {}
    ~MigrationLock() {
        if (m_held)
            (void)m_db.query("SELECT pg_advisory_unlock($1)", {kMigrationLock});
        (void)m_db.exec("RESET lock_timeout");
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;
    // Waits as long as another server needs for its migrations (no lock_timeout meanwhile).
    Status take() {
        PG_CHECK(m_db.exec("SET lock_timeout = 0"));
        PG_TRY(locked, m_db.query("SELECT pg_advisory_lock($1)", {kMigrationLock}));
        (void)locked;
        m_held = true;
        return {};
    }

private:
    PgConnection& m_db;
    bool m_held = false;
};

Result<std::int64_t> currentVersion(PgConnection& db) {
    PG_CHECK(db.exec("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"));
    PG_TRY(seeded, db.query("INSERT INTO schema_version (version) SELECT 0 "
                            "WHERE NOT EXISTS (SELECT 1 FROM schema_version)"));
    (void)seeded;
    PG_TRY(version, db.query("SELECT max(version) FROM schema_version"));
    return version.int64(0, 0);
}

Status applyMigration(PgConnection& db, std::int64_t version) {
    PgTransaction tx(db);
    PG_CHECK(tx.begun());
    PG_CHECK(db.exec(kMigrations[static_cast<std::size_t>(version - 1)]));
    PG_TRY(bumped, db.query("UPDATE schema_version SET version = $1", {version}));
    (void)bumped;
    return tx.commit();
}

} // namespace

Status PostgresStorage::migrate() {
    PG_TRY(db, m_pool->acquire());
    MigrationLock lock(*db);
    PG_CHECK(lock.take()); // other servers starting now wait here until this one is done
    PG_TRY(version, currentVersion(*db));
    if (version > kSchemaVersion)
        return fail(ErrorCode::Config, "The database was written by a newer selftrack-server (schema version " +
                                           std::to_string(version) + ").");
    for (std::int64_t next = version + 1; next <= kSchemaVersion; ++next)
        PG_CHECK(applyMigration(*db, next));
    return {};
}

} // namespace selftrack::server
