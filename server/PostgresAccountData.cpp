// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStorage: usage, request counters, export and retention.
#include "server/PgTransaction.h"
#include "server/PostgresStorage.h"

#include <algorithm>

namespace selftrack::server {

namespace {

// Revisions per round trip of an export: bounds memory with large envelopes.
constexpr std::int64_t kExportPage = 100;
// Advisory lock key of a retention pass (see PgMigrations.cpp for the migration's).
constexpr std::int64_t kRetentionLock = 0x53656c6654726b02; // "SelfTrk" + 2

} // namespace

Result<Usage> PostgresStorage::usage(AccountId id, std::int64_t sinceDay) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction snapshot(*db, PgTransaction::kSnapshot);
    PG_CHECK(snapshot.begun());
    PG_TRY(select, db->query("SELECT (SELECT count(*) FROM items WHERE account_id = $1), "
                             "(SELECT count(*) FROM revisions WHERE account_id = $1), "
                             "(SELECT coalesce(sum(size), 0) FROM revisions WHERE account_id = $1), "
                             "(SELECT count(*) FROM tombstones WHERE account_id = $1), "
                             "(SELECT count(*) FROM sessions WHERE account_id = $1), "
                             "(SELECT coalesce(sum(count), 0) FROM request_counts WHERE account_id = $1 AND day >= $2)",
                             {id, sinceDay}));
    return Usage{select.int64(0, 0), select.int64(0, 1), select.int64(0, 2),
                 select.int64(0, 3), select.int64(0, 4), select.int64(0, 5)};
}

Status PostgresStorage::addRequestCounts(const std::vector<RequestCount>& counts) {
    if (counts.empty())
        return {};
    // A fixed row order keeps two servers flushing at once from deadlocking on each other's rows.
    std::vector<RequestCount> sorted = counts;
    std::sort(sorted.begin(), sorted.end(), [](const RequestCount& a, const RequestCount& b) {
        return a.accountId != b.accountId ? a.accountId < b.accountId : a.day < b.day;
    });
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    for (const RequestCount& count : sorted) {
        // FOR KEY SHARE: an account deleted meanwhile yields no row (skipped), and a deletion that
        // starts now waits for this transaction and then removes these rows too.
        PG_TRY(added, db->query("INSERT INTO request_counts (account_id, day, count) "
                                "SELECT id, $2, $3 FROM accounts WHERE id = $1 FOR KEY SHARE "
                                "ON CONFLICT (account_id, day) DO UPDATE SET count = request_counts.count + "
                                "EXCLUDED.count",
                                {count.accountId, count.day, count.count}));
        (void)added;
    }
    return tx.commit();
}

Result<bool> PostgresStorage::exportAccount(AccountId id, ExportVisitor& visitor) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction snapshot(*db, PgTransaction::kSnapshot);
    PG_CHECK(snapshot.begun());
    PG_TRY(account, readAccount(*db, id));
    if (!account)
        return false;
    bool go = visitor.account(*account);
    PG_CHECK(exportSessions(*db, id, visitor, go));
    PG_CHECK(exportRevisions(*db, id, visitor, go));
    PG_CHECK(exportTombstonesAndCounts(*db, id, visitor, go));
    return true;
}

Status PostgresStorage::exportSessions(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go) {
    if (!go)
        return {};
    // The token hash is a credential: never exported.
    PG_TRY(sessions, db.query("SELECT id, device_name, created_at, last_used_at, expires_at FROM sessions "
                              "WHERE account_id = $1 ORDER BY created_at, id",
                              {id}));
    for (int row = 0; row < sessions.rows() && go; ++row)
        go = visitor.session(Session{sessions.text(row, 0), id, std::string(), sessions.text(row, 1),
                                     sessions.int64(row, 2), sessions.int64(row, 3), sessions.int64(row, 4)});
    return {};
}

Status PostgresStorage::exportRevisions(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go) {
    std::string afterItem;
    std::int64_t afterRev = -1;
    while (go) {
        // Keyset paging on (item_id, rev) inside the snapshot: same rows and order as one query.
        PG_TRY(page, db.query("SELECT item_id, rev, rev_id, seq, deleted, envelope, size, created_at FROM revisions "
                              "WHERE account_id = $1 AND (item_id, rev) > ($2, $3) ORDER BY item_id, rev LIMIT $4",
                              {id, afterItem, afterRev, kExportPage}));
        for (int row = 0; row < page.rows() && go; ++row) {
            StoredRevision revision{page.text(row, 0),    page.int64(row, 1), page.text(row, 2),  page.int64(row, 3),
                                    page.boolean(row, 4), page.text(row, 5),  page.int64(row, 6), page.int64(row, 7)};
            afterItem = revision.itemId;
            afterRev = revision.rev;
            go = visitor.revision(revision);
        }
        if (page.rows() < kExportPage)
            break;
    }
    return {};
}

Status PostgresStorage::exportTombstonesAndCounts(PgConnection& db, AccountId id, ExportVisitor& visitor, bool& go) {
    if (!go)
        return {};
    PG_TRY(tombs, db.query("SELECT item_id, seq, purged_at FROM tombstones WHERE account_id = $1 ORDER BY seq", {id}));
    for (int row = 0; row < tombs.rows() && go; ++row)
        go = visitor.tombstone(Tombstone{tombs.text(row, 0), tombs.int64(row, 1), tombs.int64(row, 2)});
    if (!go)
        return {};
    PG_TRY(counts, db.query("SELECT day, count FROM request_counts WHERE account_id = $1 ORDER BY day", {id}));
    for (int row = 0; row < counts.rows() && go; ++row)
        go = visitor.requestCount(RequestCount{id, counts.int64(row, 0), counts.int64(row, 1)});
    return {};
}

Result<RetentionReport> PostgresStorage::applyRetention(std::int64_t cutoffMs) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    RetentionReport report;
    // Every server runs retention on its own timer; one pass at a time is enough, the others skip.
    PG_TRY(turn, db->query("SELECT pg_try_advisory_xact_lock($1)", {kRetentionLock}));
    if (!turn.boolean(0, 0))
        return report;
    // Heads only grow, so a revision that is not a head in this statement's snapshot never becomes one.
    PG_TRY(revisions, db->query("DELETE FROM revisions r WHERE r.created_at < $1 AND NOT EXISTS (SELECT 1 FROM items i "
                                "WHERE i.account_id = r.account_id AND i.item_id = r.item_id AND i.head_rev = r.rev)",
                                {cutoffMs}));
    report.revisionsRemoved = revisions.affected();
    // Removing tombstones and raising the floor is one statement: no reader sees one without the other.
    PG_TRY(tombs, db->query("WITH removed AS (DELETE FROM tombstones WHERE purged_at < $1 RETURNING account_id, seq), "
                            "floors AS (UPDATE accounts a SET tombstone_floor = GREATEST(a.tombstone_floor, m.top) "
                            "FROM (SELECT account_id, max(seq) AS top FROM removed GROUP BY account_id) m "
                            "WHERE a.id = m.account_id RETURNING a.id) "
                            "SELECT count(*) FROM removed",
                            {cutoffMs}));
    report.tombstonesRemoved = tombs.int64(0, 0);
    PG_CHECK(tx.commit());
    return report;
}

} // namespace selftrack::server
