// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStorage: opening, server secret, accounts, sessions and admin operations. The schema and
// its migrations are in PgMigrations.cpp; sync in PostgresSync.cpp; usage, export and retention in
// PostgresAccountData.cpp.
#include "server/PostgresStorage.h"

#include "core/crypto/Crypto.h"
#include "server/PgTransaction.h"
#include "server/Secrets.h"
#include "server/TokenBucket.h"

namespace selftrack::server {

namespace {

const std::string kAccountSelect =
    "SELECT id, email, password_verifier, kdf_algorithm, kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_seed, "
    "wrapped_key, created_at, age_confirmed_at, privacy_policy_version, privacy_accepted_at, seq_head, "
    "tombstone_floor FROM accounts ";

const std::string kSessionSelect =
    "SELECT id, account_id, token_hash, device_name, created_at, last_used_at, expires_at FROM sessions ";

Account accountFromRow(const PgResult& row) {
    Account account;
    account.id = row.int64(0, 0);
    account.email = row.text(0, 1);
    account.passwordVerifier = row.text(0, 2);
    account.kdf = KdfParams{row.text(0, 3), row.int64(0, 4), row.int64(0, 5), row.int64(0, 6), row.text(0, 7)};
    account.wrappedKey = row.text(0, 8);
    account.createdAt = row.int64(0, 9);
    account.ageConfirmedAt = row.int64(0, 10);
    account.privacyPolicyVersion = row.text(0, 11);
    account.privacyAcceptedAt = row.int64(0, 12);
    account.seqHead = row.int64(0, 13);
    account.tombstoneFloor = row.int64(0, 14);
    return account;
}

Session sessionFromRow(const PgResult& rows, int row) {
    return Session{rows.text(row, 0),  rows.int64(row, 1), rows.text(row, 2), rows.text(row, 3),
                   rows.int64(row, 4), rows.int64(row, 5), rows.int64(row, 6)};
}

// Decodes the stored 64-hex-digit secret straight into a SecureBuffer and wipes the text;
// nullopt when malformed.
std::optional<core::SecureBuffer> secretFromHex(std::string& hex) {
    auto secret = hex.size() == 64 ? secureFromHex(hex) : std::nullopt;
    std::fill(hex.begin(), hex.end(), '\0');
    return secret;
}

} // namespace

Result<std::unique_ptr<Storage>> openPostgresStorage(const std::string& url, const StorageOptions& options) {
    PG_TRY(storage, PostgresStorage::open(url, options));
    return std::unique_ptr<Storage>(std::move(storage));
}

Result<std::unique_ptr<PostgresStorage>> PostgresStorage::open(const std::string& url, const StorageOptions& options) {
    PG_TRY(pool, PgPool::open(url, options.poolSize));
    return std::unique_ptr<PostgresStorage>(new PostgresStorage(std::move(pool)));
}

Result<core::SecureBuffer> PostgresStorage::serverSecret() {
    PG_TRY(db, m_pool->acquire());
    {
        // Every server instance offers a fresh secret; the first insert wins and all read it back.
        const core::SecureBuffer candidate = core::crypto::randomKey(32);
        const core::SecureBuffer hex = candidate.toHex();
        PG_TRY(inserted, db->query("INSERT INTO server_meta (name, value) VALUES ('secret', $1::text) "
                                   "ON CONFLICT (name) DO NOTHING",
                                   {hex.view()}));
        (void)inserted;
    }
    PG_TRY(select, db->query("SELECT value FROM server_meta WHERE name = 'secret'"));
    if (select.empty())
        return fail(ErrorCode::Internal, "The server secret is missing.");
    std::string hex = select.text(0, 0);
    auto secret = secretFromHex(hex);
    if (!secret)
        return fail(ErrorCode::Internal, "The stored server secret is malformed.");
    return std::move(*secret);
}

Result<AccountId> PostgresStorage::createAccount(const NewAccount& a) {
    PG_TRY(db, m_pool->acquire());
    // Checked first so that a refused registration does not consume an id (as in the embedded
    // backend); ON CONFLICT still settles a race between two registrations.
    PG_TRY(exists, db->query("SELECT 1 FROM accounts WHERE email = $1", {a.email}));
    if (!exists.empty())
        return fail(ErrorCode::EmailTaken, "An account with this email exists.");
    PG_TRY(insert, db->query("INSERT INTO accounts (email, password_verifier, kdf_algorithm, kdf_memory_kib, "
                             "kdf_iterations, kdf_parallelism, kdf_seed, wrapped_key, created_at, age_confirmed_at, "
                             "privacy_policy_version, privacy_accepted_at, seq_head, tombstone_floor) "
                             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, 0) "
                             "ON CONFLICT (email) DO NOTHING RETURNING id",
                             {a.email, a.passwordVerifier, a.kdf.algorithm, a.kdf.memoryKiB, a.kdf.iterations,
                              a.kdf.parallelism, a.kdf.seed, a.wrappedKey, a.createdAt, a.ageConfirmedAt,
                              a.privacyPolicyVersion, a.privacyAcceptedAt}));
    if (insert.empty())
        return fail(ErrorCode::EmailTaken, "An account with this email exists.");
    return insert.int64(0, 0);
}

Result<std::optional<Account>> PostgresStorage::readAccount(PgConnection& db, AccountId id) {
    static const std::string sql = kAccountSelect + "WHERE id = $1";
    PG_TRY(select, db.query(sql, {id}));
    if (select.empty())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(select));
}

Result<std::optional<Account>> PostgresStorage::findAccountByEmail(const std::string& normalizedEmail) {
    static const std::string sql = kAccountSelect + "WHERE email = $1";
    PG_TRY(db, m_pool->acquire());
    PG_TRY(select, db->query(sql, {normalizedEmail}));
    if (select.empty())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(select));
}

Result<std::optional<Account>> PostgresStorage::findAccount(AccountId id) {
    PG_TRY(db, m_pool->acquire());
    return readAccount(*db, id);
}

Result<bool> PostgresStorage::updateCredentials(AccountId id, const CredentialsUpdate& update) {
    static const std::string lockSql = kAccountSelect + "WHERE id = $1 FOR UPDATE";
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    PG_TRY(current, db->query(lockSql, {id}));
    if (current.empty())
        return false;
    Account account = accountFromRow(current);
    if (update.email && *update.email != account.email) {
        PG_TRY(taken, db->query("SELECT 1 FROM accounts WHERE email = $1 AND id <> $2", {*update.email, id}));
        if (!taken.empty())
            return fail(ErrorCode::EmailTaken, "An account with this email exists.");
        account.email = *update.email;
    }
    account.passwordVerifier = update.passwordVerifier.value_or(account.passwordVerifier);
    account.kdf = update.kdf.value_or(account.kdf);
    account.wrappedKey = update.wrappedKey.value_or(account.wrappedKey);
    // A concurrent registration of the same email surfaces as EmailTaken from the unique index.
    PG_TRY(write,
           db->query("UPDATE accounts SET email = $1, password_verifier = $2, kdf_algorithm = $3, "
                     "kdf_memory_kib = $4, kdf_iterations = $5, kdf_parallelism = $6, kdf_seed = $7, "
                     "wrapped_key = $8 WHERE id = $9",
                     {account.email, account.passwordVerifier, account.kdf.algorithm, account.kdf.memoryKiB,
                      account.kdf.iterations, account.kdf.parallelism, account.kdf.seed, account.wrappedKey, id}));
    (void)write;
    if (update.revokeSessionsExcept) {
        PG_TRY(revoke, db->query("DELETE FROM sessions WHERE account_id = $1 AND id <> $2",
                                 {id, *update.revokeSessionsExcept}));
        (void)revoke;
    }
    PG_CHECK(tx.commit());
    return true;
}

Result<bool> PostgresStorage::deleteAccount(AccountId id) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    // The row lock waits for a push, purge or counter update in flight and makes later ones find
    // no account, so nothing of the account can be written after this transaction.
    PG_TRY(lock, db->query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE", {id}));
    if (lock.empty())
        return false;
    for (const char* sql :
         {"DELETE FROM request_counts WHERE account_id = $1", "DELETE FROM tombstones WHERE account_id = $1",
          "DELETE FROM revisions WHERE account_id = $1", "DELETE FROM items WHERE account_id = $1",
          "DELETE FROM sessions WHERE account_id = $1", "DELETE FROM accounts WHERE id = $1"}) {
        PG_TRY(removed, db->query(sql, {id}));
        (void)removed;
    }
    PG_CHECK(tx.commit());
    return true;
}

Status PostgresStorage::createSession(const Session& s) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(insert, db->query("INSERT INTO sessions (id, account_id, token_hash, device_name, created_at, "
                             "last_used_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                             {s.id, s.accountId, s.tokenHash, s.deviceName, s.createdAt, s.lastUsedAt, s.expiresAt}));
    (void)insert;
    return {};
}

Result<std::optional<Session>> PostgresStorage::findSessionByTokenHash(const std::string& tokenHash,
                                                                       std::int64_t nowMs) {
    static const std::string sql = kSessionSelect + "WHERE token_hash = $1 AND expires_at > $2";
    PG_TRY(db, m_pool->acquire());
    PG_TRY(select, db->query(sql, {tokenHash, nowMs}));
    if (select.empty())
        return std::optional<Session>();
    return std::optional<Session>(sessionFromRow(select, 0));
}

Status PostgresStorage::touchSession(AccountId id, const std::string& sessionId, std::int64_t nowMs) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(update, db->query("UPDATE sessions SET last_used_at = $1 WHERE account_id = $2 AND id = $3",
                             {nowMs, id, sessionId}));
    (void)update;
    return {};
}

Result<std::vector<Session>> PostgresStorage::listSessions(AccountId id, std::int64_t nowMs) {
    static const std::string sql = kSessionSelect + "WHERE account_id = $1 AND expires_at > $2 ORDER BY created_at, id";
    PG_TRY(db, m_pool->acquire());
    PG_TRY(select, db->query(sql, {id, nowMs}));
    std::vector<Session> sessions;
    sessions.reserve(static_cast<std::size_t>(select.rows()));
    for (int row = 0; row < select.rows(); ++row)
        sessions.push_back(sessionFromRow(select, row));
    return sessions;
}

Result<bool> PostgresStorage::deleteSession(AccountId id, const std::string& sessionId) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(remove, db->query("DELETE FROM sessions WHERE account_id = $1 AND id = $2", {id, sessionId}));
    return remove.affected() > 0;
}

Result<std::int64_t> PostgresStorage::deleteAllSessions(AccountId id) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(remove, db->query("DELETE FROM sessions WHERE account_id = $1", {id}));
    return remove.affected();
}

Result<std::int64_t> PostgresStorage::deleteExpiredSessions(std::int64_t nowMs) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(remove, db->query("DELETE FROM sessions WHERE expires_at <= $1", {nowMs}));
    return remove.affected();
}

Result<int> PostgresStorage::takeRateToken(const std::string& bucket, int perMinute, std::int64_t nowMs) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    // The row lock serializes servers taking from one bucket; a new bucket starts full.
    const TokenBucket fresh = TokenBucket::full(perMinute, nowMs);
    PG_CHECK(db->query("INSERT INTO rate_buckets (bucket, tokens, updated_at) VALUES ($1, $2, $3) "
                       "ON CONFLICT (bucket) DO NOTHING",
                       {bucket, fresh.tokens, fresh.updatedMs}));
    PG_TRY(select, db->query("SELECT tokens, updated_at FROM rate_buckets WHERE bucket = $1 FOR UPDATE", {bucket}));
    if (select.empty())
        return fail(ErrorCode::Internal, "The rate-limit bucket vanished.");
    TokenBucket state{select.real(0, 0), select.int64(0, 1)};
    const int wait = state.take(perMinute, nowMs);
    PG_CHECK(db->query("UPDATE rate_buckets SET tokens = $2, updated_at = $3 WHERE bucket = $1",
                       {bucket, state.tokens, state.updatedMs}));
    PG_CHECK(tx.commit());
    return wait;
}

Result<std::int64_t> PostgresStorage::pruneRateBuckets(std::int64_t cutoffMs) {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(remove, db->query("DELETE FROM rate_buckets WHERE updated_at < $1", {cutoffMs}));
    return remove.affected();
}

Result<std::int64_t> PostgresStorage::countAccounts() {
    PG_TRY(db, m_pool->acquire());
    PG_TRY(count, db->query("SELECT count(*) FROM accounts"));
    return count.int64(0, 0);
}

Result<UsageTotals> PostgresStorage::usageTotals() {
    PG_TRY(db, m_pool->acquire());
    PgTransaction snapshot(*db, PgTransaction::kSnapshot);
    PG_CHECK(snapshot.begun());
    PG_TRY(select, db->query("SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM sessions), "
                             "(SELECT count(*) FROM items), (SELECT count(*) FROM revisions), "
                             "(SELECT coalesce(sum(size), 0) FROM revisions), (SELECT count(*) FROM tombstones)"));
    return UsageTotals{select.int64(0, 0), select.int64(0, 1), select.int64(0, 2),
                       select.int64(0, 3), select.int64(0, 4), select.int64(0, 5)};
}

Status PostgresStorage::rotateKey(const core::SecureBuffer& newKey) {
    (void)newKey;
    return fail(ErrorCode::Unsupported, "PostgreSQL storage has no server key of its own; use the database's "
                                        "encryption at rest instead.");
}

} // namespace selftrack::server
