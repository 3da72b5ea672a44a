// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Plain data exchanged with a Storage backend. All text is UTF-8 in std::string; every time is
// milliseconds since the Unix epoch (UTC); there are no binary columns (hashes are lower-case hex,
// seeds base64), so both backends store only TEXT, BIGINT and BOOLEAN.
namespace selftrack::server {

using AccountId = std::int64_t;

// Client-side key derivation parameters (ARCHITECTURE.md 6). Opaque to the server apart from
// validation: the server never derives anything with them.
struct KdfParams {
    std::string algorithm = "argon2id";
    std::int64_t memoryKiB = 65536;
    std::int64_t iterations = 3;
    std::int64_t parallelism = 1;
    std::string seed; // standard base64 of 32 random bytes
};

struct Account {
    AccountId id = 0;
    std::string email;            // normalized (trimmed, NFC, lower case)
    std::string passwordVerifier; // server's own Argon2id hash of the server password (PasswordHasher format)
    KdfParams kdf;
    std::string wrappedKey; // content key wrapped by the client's master key; opaque
    std::int64_t createdAt = 0;
    std::int64_t ageConfirmedAt = 0;    // when the user confirmed being 13 or older
    std::string privacyPolicyVersion;   // accepted version, as sent by the client
    std::int64_t privacyAcceptedAt = 0; // when it was accepted
    std::int64_t seqHead = 0;           // last per-account sequence number handed out
    std::int64_t tombstoneFloor = 0;    // highest seq of a tombstone removed by retention
};

// New account: the fields of Account the caller chooses (id, seqHead, tombstoneFloor are the
// backend's).
using NewAccount = Account;

// Replaces credentials in one transaction (PATCH /v1/account). Absent fields stay unchanged.
struct CredentialsUpdate {
    std::optional<std::string> email;
    std::optional<std::string> passwordVerifier;
    std::optional<KdfParams> kdf;
    std::optional<std::string> wrappedKey;
    // When set, every session of the account except this one is deleted in the same transaction.
    std::optional<std::string> revokeSessionsExcept;
};

struct Session {
    std::string id; // public id: 32 lower-case hex chars (16 random bytes)
    AccountId accountId = 0;
    std::string tokenHash; // lower-case hex SHA-256 of the bearer token; the token itself is never stored
    std::string deviceName;
    std::int64_t createdAt = 0;
    std::int64_t lastUsedAt = 0;
    std::int64_t expiresAt = 0;
};

// One revision as pushed by a client (POST /v1/sync/push), already validated.
struct PushedRevision {
    std::string itemId; // lower-case canonical UUID
    std::int64_t baseRev = 0;
    std::string revId; // lower-case canonical UUID, unique per account
    bool deleted = false;
    std::string envelope; // opaque ciphertext text, <= 1 MiB
};

struct StoredRevision {
    std::string itemId;
    std::int64_t rev = 0; // 1, 2, 3 ... per item
    std::string revId;
    std::int64_t seq = 0; // per-account sequence number assigned when accepted
    bool deleted = false;
    std::string envelope;  // empty in metadata-only listings
    std::int64_t size = 0; // bytes of the envelope
    std::int64_t createdAt = 0;
};

enum class PushOutcome {
    Accepted,  // stored as rev = head + 1 with a fresh seq
    Duplicate, // rev_id was stored before for this item: the stored rev/seq, nothing written
    Conflict,  // base_rev != current head rev: `current` holds the head, nothing written
    Gone,      // the item was purged (a tombstone exists): nothing written, client should purge
    Rejected,  // rev_id already used for a different item of this account: nothing written
};

struct PushItemResult {
    PushOutcome outcome = PushOutcome::Accepted;
    std::string itemId;
    std::string revId;
    std::int64_t rev = 0;                  // Accepted/Duplicate: the stored rev
    std::int64_t seq = 0;                  // Accepted/Duplicate: the stored seq; Gone: the tombstone's seq
    std::optional<StoredRevision> current; // Conflict: the current head, with envelope
};

struct Tombstone {
    std::string itemId;
    std::int64_t seq = 0;
    std::int64_t purgedAt = 0;
};

// One entry of a changes page: either the head revision of an item or a purge tombstone.
struct Change {
    bool purged = false;
    StoredRevision head; // when !purged (with envelope)
    Tombstone tombstone; // when purged
    std::int64_t seq() const { return purged ? tombstone.seq : head.seq; }
};

struct ChangesPage {
    bool resyncRequired = false; // cursor older than the retained tombstones (or newer than seqHead)
    std::vector<Change> changes; // ascending seq, all > afterSeq
    bool hasMore = false;
    std::int64_t lastSeq = 0; // seq to continue from (afterSeq when the page is empty)
};

struct RevisionList {
    std::int64_t headRev = 0;
    std::vector<StoredRevision> revisions; // ascending rev, metadata only (envelope empty)
    bool hasMore = false;
};

struct Usage {
    std::int64_t items = 0;
    std::int64_t revisions = 0;
    std::int64_t bytes = 0; // sum of envelope sizes
    std::int64_t tombstones = 0;
    std::int64_t sessions = 0;
    std::int64_t requests = 0; // sum of request_counts since the given day
};

struct UsageTotals {
    std::int64_t accounts = 0;
    std::int64_t sessions = 0;
    std::int64_t items = 0;
    std::int64_t revisions = 0;
    std::int64_t bytes = 0;
    std::int64_t tombstones = 0;
};

// Authenticated requests per account per UTC day (day = days since the Unix epoch).
struct RequestCount {
    AccountId accountId = 0;
    std::int64_t day = 0;
    std::int64_t count = 0;
};

struct RetentionReport {
    std::int64_t revisionsRemoved = 0;
    std::int64_t tombstonesRemoved = 0;
};

} // namespace selftrack::server
