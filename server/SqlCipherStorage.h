// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/SqlCipherPool.h"
#include "server/Storage.h"

#include <QString>

#include <memory>

namespace selftrack::server {

// The embedded default backend: one SQLCipher file (DIR/server.db) encrypted with the 32-byte
// server key, WAL mode, synchronous=FULL. Writers are serialized by SQLite's write lock
// (BEGIN IMMEDIATE), which also serializes pushes per account. Thread-safe via SqlCipherPool.
class SqlCipherStorage final : public Storage {
public:
    // Opens or creates the file. ErrorCode::WrongKey when the key does not open an existing file.
    static Result<std::unique_ptr<SqlCipherStorage>> open(const QString& path, core::SecureBuffer key,
                                                          const StorageOptions& options);

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
    explicit SqlCipherStorage(std::unique_ptr<SqlCipherPool> pool) : m_pool(std::move(pool)) {}

    // One push entry inside the open transaction; advances seqHead when accepted.
    Result<PushItemResult> pushOne(core::Database& db, AccountId id, const PushedRevision& revision,
                                   std::int64_t& seqHead, std::int64_t nowMs);
    Result<std::optional<StoredRevision>> readRevision(core::Database& db, AccountId id, const std::string& itemId,
                                                       std::int64_t rev, bool withEnvelope);
    Result<std::optional<Account>> readAccount(core::Database& db, const char* sql, const QString* email, AccountId id);
    Status exportRows(core::Database& db, AccountId id, ExportVisitor& visitor);

    std::unique_ptr<SqlCipherPool> m_pool;
};

} // namespace selftrack::server
