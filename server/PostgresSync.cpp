// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStorage: sync (push, changes, revision list, single revision, purge).
#include "server/PgTransaction.h"
#include "server/PostgresStorage.h"

namespace selftrack::server {

namespace {

constexpr const char* kRevisionColumns = "item_id, rev, rev_id, seq, deleted, envelope, size, created_at";

StoredRevision revisionFromRow(const PgResult& rows, int row, bool withEnvelope) {
    // Columns: item_id, rev, rev_id, seq, deleted, envelope, size, created_at
    StoredRevision revision;
    revision.itemId = rows.text(row, 0);
    revision.rev = rows.int64(row, 1);
    revision.revId = rows.text(row, 2);
    revision.seq = rows.int64(row, 3);
    revision.deleted = rows.boolean(row, 4);
    if (withEnvelope)
        revision.envelope = rows.text(row, 5);
    revision.size = rows.int64(row, 6);
    revision.createdAt = rows.int64(row, 7);
    return revision;
}

} // namespace

Result<std::optional<StoredRevision>> PostgresStorage::readRevision(PgConnection& db, AccountId id,
                                                                    const std::string& itemId, std::int64_t rev) {
    static const std::string sql = std::string("SELECT ") + kRevisionColumns +
                                   " FROM revisions WHERE account_id = $1 AND item_id = $2 AND rev = $3";
    PG_TRY(select, db.query(sql, {id, itemId, rev}));
    if (select.empty())
        return std::optional<StoredRevision>();
    return std::optional<StoredRevision>(revisionFromRow(select, 0, true));
}

Result<PushItemResult> PostgresStorage::pushOne(PgConnection& db, AccountId id, const PushedRevision& pushed,
                                                std::int64_t& seqHead, std::int64_t nowMs) {
    PushItemResult result{PushOutcome::Accepted, pushed.itemId, pushed.revId, 0, 0, std::nullopt};
    // One round trip for the three checks, in the embedded backend's order: tombstone, rev_id
    // replay, head rev. Columns: tombstone seq, replayed item, replayed rev, replayed seq, head rev.
    PG_TRY(state, db.query("SELECT t.seq, d.item_id, d.rev, d.seq, i.head_rev FROM (SELECT 1) AS one "
                           "LEFT JOIN tombstones t ON t.account_id = $1 AND t.item_id = $2 "
                           "LEFT JOIN revisions d ON d.account_id = $1 AND d.rev_id = $3 "
                           "LEFT JOIN items i ON i.account_id = $1 AND i.item_id = $2",
                           {id, pushed.itemId, pushed.revId}));
    if (!state.isNull(0, 0)) {
        result.outcome = PushOutcome::Gone;
        result.seq = state.int64(0, 0);
        return result;
    }
    if (!state.isNull(0, 1)) {
        const bool sameItem = state.text(0, 1) == pushed.itemId;
        result.outcome = sameItem ? PushOutcome::Duplicate : PushOutcome::Rejected;
        result.rev = sameItem ? state.int64(0, 2) : 0;
        result.seq = sameItem ? state.int64(0, 3) : 0;
        return result;
    }
    const std::int64_t headRev = state.isNull(0, 4) ? 0 : state.int64(0, 4);
    if (pushed.baseRev != headRev) {
        result.outcome = PushOutcome::Conflict;
        if (headRev > 0) {
            PG_TRY(current, readRevision(db, id, pushed.itemId, headRev));
            result.current = std::move(current);
        }
        return result;
    }
    result.rev = headRev + 1;
    result.seq = ++seqHead;
    PG_TRY(stored, db.query("WITH stored AS (INSERT INTO revisions (account_id, item_id, rev, rev_id, seq, deleted, "
                            "envelope, size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)) "
                            "INSERT INTO items (account_id, item_id, head_rev, head_seq, deleted) "
                            "VALUES ($1, $2, $3, $5, $6) ON CONFLICT (account_id, item_id) DO UPDATE SET "
                            "head_rev = EXCLUDED.head_rev, head_seq = EXCLUDED.head_seq, deleted = EXCLUDED.deleted",
                            {id, pushed.itemId, result.rev, pushed.revId, result.seq, pushed.deleted, pushed.envelope,
                             static_cast<std::int64_t>(pushed.envelope.size()), nowMs}));
    (void)stored;
    return result;
}

Result<std::vector<PushItemResult>> PostgresStorage::push(AccountId id, const std::vector<PushedRevision>& batch,
                                                          std::int64_t nowMs) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    // The row lock serializes pushes and purges of this account across every server process: seqs
    // are handed out and committed in ascending order. Later statements of this READ COMMITTED
    // transaction see everything the previous holder committed.
    PG_TRY(account, db->query("SELECT seq_head FROM accounts WHERE id = $1 FOR UPDATE", {id}));
    if (account.empty())
        return fail(ErrorCode::NotFound, "The account does not exist.");
    std::int64_t seqHead = account.int64(0, 0);
    const std::int64_t before = seqHead;
    std::vector<PushItemResult> results;
    results.reserve(batch.size());
    for (const PushedRevision& revision : batch) {
        PG_TRY(result, pushOne(*db, id, revision, seqHead, nowMs));
        results.push_back(std::move(result));
    }
    if (seqHead != before) {
        PG_TRY(update, db->query("UPDATE accounts SET seq_head = $1 WHERE id = $2", {seqHead, id}));
        (void)update;
    }
    PG_CHECK(tx.commit());
    return results;
}

Result<ChangesPage> PostgresStorage::changes(AccountId id, std::int64_t afterSeq, int limit) {
    // Each branch stops at limit + 1 rows on its (account_id, seq) index, and the head revision is
    // looked up per item through the primary key: the LATERAL subquery with OFFSET 0 is planned on
    // its own, so even stale statistics (a new account's first big sync) cannot turn this into a
    // scan of all the account's revisions per item.
    static const std::string sql =
        "SELECT i.item_id, r.rev, r.rev_id, r.seq, r.deleted, r.envelope, r.size, r.created_at, false AS purged "
        "FROM (SELECT account_id, item_id, head_rev FROM items WHERE account_id = $1 AND head_seq > $2 "
        "ORDER BY head_seq LIMIT $3) i CROSS JOIN LATERAL (SELECT rev, rev_id, seq, deleted, envelope, size, "
        "created_at FROM revisions WHERE account_id = i.account_id AND item_id = i.item_id AND rev = i.head_rev "
        "OFFSET 0) r "
        "UNION ALL (SELECT item_id, 0, '', seq, true, '', 0, purged_at, true FROM tombstones "
        "WHERE account_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) ORDER BY 4 LIMIT $3";
    PG_TRY(db, m_pool->acquire());
    PgTransaction snapshot(*db, PgTransaction::kSnapshot);
    PG_CHECK(snapshot.begun());
    ChangesPage page;
    page.lastSeq = afterSeq;
    PG_TRY(account, db->query("SELECT seq_head, tombstone_floor FROM accounts WHERE id = $1", {id}));
    if (account.empty())
        return fail(ErrorCode::NotFound, "The account does not exist.");
    if ((afterSeq > 0 && afterSeq < account.int64(0, 1)) || afterSeq > account.int64(0, 0)) {
        page.resyncRequired = true;
        return page;
    }
    PG_TRY(select, db->query(sql, {id, afterSeq, static_cast<std::int64_t>(limit) + 1}));
    for (int row = 0; row < select.rows(); ++row) {
        if (static_cast<int>(page.changes.size()) == limit) {
            page.hasMore = true;
            break;
        }
        Change change;
        change.purged = select.boolean(row, 8);
        if (change.purged)
            change.tombstone = Tombstone{select.text(row, 0), select.int64(row, 3), select.int64(row, 7)};
        else
            change.head = revisionFromRow(select, row, true);
        page.lastSeq = change.seq();
        page.changes.push_back(std::move(change));
    }
    return page;
}

Result<std::optional<RevisionList>> PostgresStorage::listRevisions(AccountId id, const std::string& itemId,
                                                                   std::int64_t afterRev, int limit) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction snapshot(*db, PgTransaction::kSnapshot);
    PG_CHECK(snapshot.begun());
    RevisionList list;
    PG_TRY(head, db->query("SELECT head_rev FROM items WHERE account_id = $1 AND item_id = $2", {id, itemId}));
    if (head.empty())
        return std::optional<RevisionList>();
    list.headRev = head.int64(0, 0);
    PG_TRY(select, db->query("SELECT item_id, rev, rev_id, seq, deleted, '', size, created_at FROM revisions "
                             "WHERE account_id = $1 AND item_id = $2 AND rev > $3 ORDER BY rev LIMIT $4",
                             {id, itemId, afterRev, static_cast<std::int64_t>(limit) + 1}));
    for (int row = 0; row < select.rows(); ++row) {
        if (static_cast<int>(list.revisions.size()) == limit) {
            list.hasMore = true;
            break;
        }
        list.revisions.push_back(revisionFromRow(select, row, false));
    }
    return std::optional<RevisionList>(std::move(list));
}

Result<std::optional<StoredRevision>> PostgresStorage::revision(AccountId id, const std::string& itemId,
                                                                std::int64_t rev) {
    PG_TRY(db, m_pool->acquire());
    return readRevision(*db, id, itemId, rev);
}

Result<std::optional<Tombstone>> PostgresStorage::purgeItem(AccountId id, const std::string& itemId,
                                                            std::int64_t nowMs) {
    PG_TRY(db, m_pool->acquire());
    PgTransaction tx(*db);
    PG_CHECK(tx.begun());
    // Same lock as push: the tombstone's seq is handed out in order with the revisions' seqs.
    PG_TRY(account, db->query("SELECT seq_head FROM accounts WHERE id = $1 FOR UPDATE", {id}));
    if (account.empty())
        return std::optional<Tombstone>();
    PG_TRY(state, db->query("SELECT t.seq, t.purged_at, i.head_rev FROM (SELECT 1) AS one "
                            "LEFT JOIN tombstones t ON t.account_id = $1 AND t.item_id = $2 "
                            "LEFT JOIN items i ON i.account_id = $1 AND i.item_id = $2",
                            {id, itemId}));
    if (!state.isNull(0, 0))
        return std::optional<Tombstone>(Tombstone{itemId, state.int64(0, 0), state.int64(0, 1)});
    if (state.isNull(0, 2))
        return std::optional<Tombstone>();
    const Tombstone tombstone{itemId, account.int64(0, 0) + 1, nowMs};
    PG_TRY(written, db->query("WITH bump AS (UPDATE accounts SET seq_head = $3 WHERE id = $1), "
                              "revs AS (DELETE FROM revisions WHERE account_id = $1 AND item_id = $2), "
                              "item AS (DELETE FROM items WHERE account_id = $1 AND item_id = $2) "
                              "INSERT INTO tombstones (account_id, item_id, seq, purged_at) VALUES ($1, $2, $3, $4)",
                              {id, itemId, tombstone.seq, tombstone.purgedAt}));
    (void)written;
    PG_CHECK(tx.commit());
    return std::optional<Tombstone>(tombstone);
}

} // namespace selftrack::server
