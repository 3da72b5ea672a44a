// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "server/ServerError.h"
#include "server/StorageTypes.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace selftrack::server {

// ---------------------------------------------------------------------------------------------
// Schema (version 2). Both backends create exactly these tables (SQLCipher: INTEGER/TEXT;
// PostgreSQL: BIGINT/TEXT/BOOLEAN, BIGSERIAL for accounts.id). Times are BIGINT ms since epoch.
//
//   schema_version  (version BIGINT NOT NULL)                      -- one row; SQLCipher may use user_version
//   server_meta     (name TEXT PRIMARY KEY, value TEXT NOT NULL)   -- 'secret' = 64 hex chars, see serverSecret()
//   accounts        (id PK, email TEXT NOT NULL UNIQUE, password_verifier TEXT NOT NULL,
//                    kdf_algorithm TEXT, kdf_memory_kib BIGINT, kdf_iterations BIGINT, kdf_parallelism BIGINT,
//                    kdf_seed TEXT, wrapped_key TEXT NOT NULL, created_at BIGINT, age_confirmed_at BIGINT,
//                    privacy_policy_version TEXT, privacy_accepted_at BIGINT,
//                    seq_head BIGINT NOT NULL DEFAULT 0, tombstone_floor BIGINT NOT NULL DEFAULT 0)
//   sessions        (id TEXT PK, account_id -> accounts(id) ON DELETE CASCADE, token_hash TEXT NOT NULL UNIQUE,
//                    device_name TEXT NOT NULL, created_at, last_used_at, expires_at BIGINT)
//                    INDEX (account_id)
//   items           (account_id -> accounts ON DELETE CASCADE, item_id TEXT, head_rev BIGINT, head_seq BIGINT,
//                    deleted BOOLEAN, PRIMARY KEY (account_id, item_id)); INDEX (account_id, head_seq)
//   revisions       (account_id -> accounts ON DELETE CASCADE, item_id TEXT, rev BIGINT, rev_id TEXT, seq BIGINT,
//                    deleted BOOLEAN, envelope TEXT NOT NULL, size BIGINT, created_at BIGINT,
//                    PRIMARY KEY (account_id, item_id, rev), UNIQUE (account_id, rev_id)); INDEX (created_at)
//   tombstones      (account_id -> accounts ON DELETE CASCADE, item_id TEXT, seq BIGINT, purged_at BIGINT,
//                    PRIMARY KEY (account_id, item_id)); INDEX (account_id, seq)
//   request_counts  (account_id -> accounts ON DELETE CASCADE, day BIGINT, count BIGINT,
//                    PRIMARY KEY (account_id, day))
// Version 2 adds:
//   rate_buckets    (bucket TEXT PRIMARY KEY, tokens DOUBLE/REAL NOT NULL, updated_at BIGINT NOT NULL)
//                    -- auth rate limits shared by every server on the database; `bucket` is a keyed
//                    -- hash (never an IP address or email in clear), INDEX (updated_at)
//
// Invariants: items.head_rev is the highest rev of the item in revisions and that row is never
// removed by retention; items.head_seq = that revision's seq; every seq of an account (revisions
// and tombstones) is unique and <= accounts.seq_head; an item id is in items XOR tombstones.
// ---------------------------------------------------------------------------------------------

// Everything the server persists, behind one interface with two backends (SqlCipherStorage,
// PostgresStorage). The HTTP layer never sees SQL.
//
// Contracts for every backend:
// - Thread-safe: any method may be called from any worker thread concurrently; the backend owns
//   its connections (pool) and never shares one connection between two calls at the same time.
// - Prepared statements only; no value is ever spliced into SQL text.
// - Every method taking an AccountId touches only that account's rows (every query carries
//   `account_id = ?`). Asking for another account's item yields "not found", indistinguishable
//   from an item that never existed.
// - Every mutating method is one transaction: it is fully visible or not at all.
// - Errors: ErrorCode::Unavailable for connection loss / timeouts (the HTTP layer answers 503),
//   EmailTaken for the unique email, Internal otherwise. "Not found" for lookups is an empty
//   optional / false, not an error.
class Storage {
public:
    virtual ~Storage() = default;

    // Creates or upgrades the schema above (idempotent, safe when several servers start at once).
    virtual Status migrate() = 0;
    // A 32-byte random secret shared by every server instance on this database (hex, 64 chars),
    // created on first call (server_meta 'secret'). Used for fake auth params and log hashing.
    virtual Result<core::SecureBuffer> serverSecret() = 0;

    // ---- accounts --------------------------------------------------------------------------
    // Inserts the account with seq_head = 0; EmailTaken when the email exists. Returns the new id.
    virtual Result<AccountId> createAccount(const NewAccount& account) = 0;
    virtual Result<std::optional<Account>> findAccountByEmail(const std::string& normalizedEmail) = 0;
    virtual Result<std::optional<Account>> findAccount(AccountId id) = 0;
    // Applies the present fields and, when revokeSessionsExcept is set, deletes all other sessions,
    // in one transaction. EmailTaken when the new email belongs to another account. false when the
    // account does not exist.
    virtual Result<bool> updateCredentials(AccountId id, const CredentialsUpdate& update) = 0;
    // Removes the account and every row referencing it (sessions, items, revisions, tombstones,
    // request_counts) in one transaction, immediately. false when it did not exist.
    virtual Result<bool> deleteAccount(AccountId id) = 0;

    // ---- sessions --------------------------------------------------------------------------
    virtual Status createSession(const Session& session) = 0;
    // The session whose token_hash matches and whose expires_at > nowMs (expired: nullopt).
    virtual Result<std::optional<Session>> findSessionByTokenHash(const std::string& tokenHash, std::int64_t nowMs) = 0;
    // Sets last_used_at (the caller throttles how often).
    virtual Status touchSession(AccountId id, const std::string& sessionId, std::int64_t nowMs) = 0;
    // Unexpired sessions of the account, oldest first.
    virtual Result<std::vector<Session>> listSessions(AccountId id, std::int64_t nowMs) = 0;
    virtual Result<bool> deleteSession(AccountId id, const std::string& sessionId) = 0;
    virtual Result<std::int64_t> deleteAllSessions(AccountId id) = 0;
    virtual Result<std::int64_t> deleteExpiredSessions(std::int64_t nowMs) = 0;

    // ---- sync ------------------------------------------------------------------------------
    // Applies the batch in order in ONE transaction and returns one result per input, same order.
    // Per revision: a tombstone for the item -> Gone (seq = tombstone seq); rev_id already stored
    // for this item -> Duplicate (its stored rev/seq); rev_id stored for another item -> Rejected;
    // base_rev != current head rev (0 when the item does not exist) -> Conflict with the head;
    // else Accepted: rev = head + 1, seq = ++accounts.seq_head, created_at = nowMs, items row
    // upserted. A later revision in the same batch sees the earlier ones' effects.
    // Serialization: pushes for one account are serialized (SQLCipher: BEGIN IMMEDIATE; PostgreSQL:
    // SELECT ... FROM accounts WHERE id = ? FOR UPDATE first), so seqs become visible in commit order
    // and a reader paging by seq never skips one. Either the whole batch commits or nothing does.
    virtual Result<std::vector<PushItemResult>> push(AccountId id, const std::vector<PushedRevision>& batch,
                                                     std::int64_t nowMs) = 0;
    // Heads (items.head_seq > afterSeq, with envelope) and tombstones (seq > afterSeq), merged in
    // ascending seq, at most `limit` (1..1000). resyncRequired when 0 < afterSeq < tombstone_floor
    // or afterSeq > seq_head (then changes is empty). Read in one consistent snapshot.
    virtual Result<ChangesPage> changes(AccountId id, std::int64_t afterSeq, int limit) = 0;
    // Metadata of the item's retained revisions with rev > afterRev, ascending, at most limit.
    // nullopt when the item does not exist for this account (or was purged).
    virtual Result<std::optional<RevisionList>> listRevisions(AccountId id, const std::string& itemId,
                                                              std::int64_t afterRev, int limit) = 0;
    // One retained revision with its envelope; nullopt when unknown / pruned / purged.
    virtual Result<std::optional<StoredRevision>> revision(AccountId id, const std::string& itemId,
                                                           std::int64_t rev) = 0;
    // Deletes the item and all its revisions and writes a tombstone with seq = ++seq_head, in one
    // transaction. Purging an already purged item returns the existing tombstone unchanged.
    // nullopt when the item never existed for this account.
    virtual Result<std::optional<Tombstone>> purgeItem(AccountId id, const std::string& itemId, std::int64_t nowMs) = 0;

    // ---- usage, export ----------------------------------------------------------------------
    // Counts for the account; requests = sum of request_counts with day >= sinceDay.
    virtual Result<Usage> usage(AccountId id, std::int64_t sinceDay) = 0;
    // Adds the counts (insert or add) in one transaction; rows of deleted accounts are skipped.
    virtual Status addRequestCounts(const std::vector<RequestCount>& counts) = 0;

    // Receives everything stored for one account, in this order: account, sessions (oldest first),
    // revisions (by item_id, then rev; with envelopes), tombstones (by seq), request counts (by day).
    // Returning false from a callback stops the export (client went away) and exportAccount
    // returns success. Called from one read snapshot; the backend holds one connection meanwhile.
    class ExportVisitor {
    public:
        virtual ~ExportVisitor() = default;
        virtual bool account(const Account& account) = 0;
        virtual bool session(const Session& session) = 0;
        virtual bool revision(const StoredRevision& revision) = 0;
        virtual bool tombstone(const Tombstone& tombstone) = 0;
        virtual bool requestCount(const RequestCount& count) = 0;
    };
    // false when the account does not exist.
    virtual Result<bool> exportAccount(AccountId id, ExportVisitor& visitor) = 0;

    // ---- retention (all accounts) ------------------------------------------------------------
    // Deletes revisions with created_at < cutoffMs that are not an item's head, and tombstones with
    // purged_at < cutoffMs, raising each affected account's tombstone_floor to the highest removed
    // tombstone seq. May run in several transactions (per account), each consistent.
    virtual Result<RetentionReport> applyRetention(std::int64_t cutoffMs) = 0;

    // ---- rate limits shared by every server on this database ----------------------------------
    // Takes one token from `bucket` (capacity perMinute, refilled at perMinute per minute, see
    // TokenBucket; a bucket not stored yet is full) in one transaction, so concurrent servers
    // never take the same token twice. Returns 0 when taken, else the seconds until one is free.
    virtual Result<int> takeRateToken(const std::string& bucket, int perMinute, std::int64_t nowMs) = 0;
    // Forgets buckets last used before cutoffMs (they are full again). Returns how many.
    virtual Result<std::int64_t> pruneRateBuckets(std::int64_t cutoffMs) = 0;

    // ---- admin (operator CLI) ----------------------------------------------------------------
    virtual Result<std::int64_t> countAccounts() = 0;
    virtual Result<UsageTotals> usageTotals() = 0;
    // Re-encrypts the store under newKey (32 bytes). Must be called with no server running on it.
    // Backends without an at-rest key of their own return ErrorCode::Unsupported.
    virtual Status rotateKey(const core::SecureBuffer& newKey) = 0;
};

// Options shared by the backends.
struct StorageOptions {
    int poolSize = 8; // connections; the HTTP worker count is a good value
};

// Implemented in PostgresStorage.cpp (or a stub reporting Unsupported when that backend is not
// built). `url` is a libpq connection URI (postgresql://user@host:port/db). Connects, verifies
// the connection, and returns the backend; migrate() is called separately by the caller.
Result<std::unique_ptr<Storage>> openPostgresStorage(const std::string& url, const StorageOptions& options);

} // namespace selftrack::server
