// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgPool.h"
#include "server/Storage.h"

#include <memory>
#include <string>

namespace selftrack::server {

// The production backend: PostgreSQL through libpq, for one or many stateless server processes on
// one database. Writers run in READ COMMITTED transactions; everything that hands out an account's
// seq (push, purge) first locks that account's row (SELECT ... FOR UPDATE), so pushes for one
// account are serialized, seqs commit in ascending order and a reader paging by seq never skips
// one. Multi-statement reads (changes, revision lists, export) run in one REPEATABLE READ snapshot.
// migrate() holds a database-wide advisory lock, so concurrent starts apply each migration once.
// Thread-safe via PgPool. Schema: Storage.h; item and rev ids use the "C" collation, so ordering
// matches the embedded backend byte for byte.
class PostgresStorage final : public Storage {
public:
    // Connects once to verify the URL and the server (Unavailable: "cannot connect to PostgreSQL at
    // host:port: reason").
    static Result<std::unique_ptr<PostgresStorage>> open(const std::string& url, const StorageOptions& options);

    Status migrate() override;
    Result<core::SecureBuffer> serverSecret() override;

    Result<AccountId> createAccount(const NewAccount& account) override;
    Result<std::optional<Account>> findAccountByEmail(const std::string& normalizedEmail) override;
    Result<std::optional<Account>> findAccount(AccountId id) override;
    Result<bool> updateCredentials(AccountId id, const CredentialsUpdate& update) override;
    Result<bool> deleteAccount(AccountId id) override;

    Status createSession(const Session& session) override;
    Result<std::optional<Session>> findSessionByTokenHash(const std::string& tokenHash, std::int64_t nowMs) override;
    Status touchSession(AccountId id, const std::string& sessionId, std::int64_t nowMs) override;
    Result<std::vector<Session>> listSessions(AccountId id, std::int64_t nowMs) override;
    Result<bool> deleteSession(AccountId id, const std::string& sessionId) override;
    Result<std::int64_t> deleteAllSessions(AccountId id) override;
    Result<std::int64_t> deleteExpiredSessions(std::int64_t nowMs) override;

    Result<std::vector<PushItemResult>> push(AccountId id, const std::vector<PushedRevision>& batch,
                                             std::int64_t nowMs) override;
    Result<ChangesPage> changes(AccountId id, std::int64_t afterSeq, int limit) override;
    Result<std::optional<RevisionList>> listRevisions(AccountId id, const std::string& itemId, std::int64_t afterRev,
                                                      int limit) override;
    Result<std::optional<StoredRevision>> revision(AccountId id, const std::string& itemId, std::int64_t rev) override;
    Result<std::optional<Tombstone>> purgeItem(AccountId id, const std::string& itemId, std::int64_t nowMs) override;

    Result<Usage> usage(AccountId id, std::int64_t sinceDay) override;
    Status addRequestCounts(const std::vector<RequestCount>& counts) override;
    Result<bool> exportAccount(AccountId id, ExportVisitor& visitor) override;
    Result<RetentionReport> applyRetention(std::int64_t cutoffMs) override;

    Result<int> takeRateToken(const std::string& bucket, int perMinute, std::int64_t nowMs) override;
    Result<std::int64_t> pruneRateBuckets(std::int64_t cutoffMs) override;

    Result<std::int64_t> countAccounts() override;
    Result<UsageTotals> usageTotals() override;
    Status rotateKey(const core::SecureBuffer& newKey) override;

private:
    explicit PostgresStorage(std::unique_ptr<PgPool> pool) : m_pool(std::move(pool)) {}

    // One push entry inside the open transaction; advances seqHead when accepted.
    Result<PushItemResult> pushOne(PgConnection& db, AccountId id, const PushedRevision& revision,
                                   std::int64_t& seqHead, std::int64_t nowMs);
    Result<std::optional<StoredRevision>> readRevision(PgConnection& db, AccountId id, const std::string& itemId,
                                                       std::int64_t rev);
    Result<std::optional<Account>> readAccount(PgConnection& db, AccountId id);
    Status exportSessions(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go);
    Status exportRevisions(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go);
    Status exportTombstonesAndCounts(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go);

    std::unique_ptr<PgPool> m_pool;
};

} // namespace selftrack::server
