// SPDX-License-Identifier: GPL-3.0-or-later
// SqlCipherStorage: sync (push, changes, revisions, purge), usage, export and retention.
#include "server/SqlCipherStorage.h"

#include "server/SqlCipherSupport.h"

namespace selftrack::server {

namespace {

// Read-only snapshot: a deferred transaction, always rolled back (nothing to commit).
class ReadSnapshot {
public:
    explicit ReadSnapshot(core::Database& db) : m_db(db), m_begun(db.exec("BEGIN;")) {}
    ~ReadSnapshot() {
        if (m_begun)
            (void)m_db.exec("ROLLBACK;");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const core::Status& begun() const { return m_begun; }

private:
    core::Database& m_db;
    core::Status m_begun;
};

StoredRevision revisionFromRow(const core::Statement& row, bool withEnvelope) {
    // Columns: item_id, rev, rev_id, seq, deleted, envelope, size, created_at
    StoredRevision revision;
    revision.itemId = stdText(row, 0);
    revision.rev = row.int64(1);
    revision.revId = stdText(row, 2);
    revision.seq = row.int64(3);
    revision.deleted = row.int64(4) != 0;
    if (withEnvelope)
        revision.envelope = stdText(row, 5);
    revision.size = row.int64(6);
    revision.createdAt = row.int64(7);
    return revision;
}

} // namespace

Result<std::optional<StoredRevision>> SqlCipherStorage::readRevision(core::Database& db, AccountId id,
                                                                     const std::string& itemId, std::int64_t rev,
                                                                     bool withEnvelope) {
    ST_PREPARE(select, db,
               "SELECT item_id, rev, rev_id, seq, deleted, envelope, size, created_at FROM revisions "
               "WHERE account_id = ? AND item_id = ? AND rev = ?");
    select.bind(1, id).bind(2, qtext(itemId)).bind(3, rev);
    ST_STEP(found, select);
    if (!found)
        return std::optional<StoredRevision>();
    return std::optional<StoredRevision>(revisionFromRow(select, withEnvelope));
}

Result<PushItemResult> SqlCipherStorage::pushOne(core::Database& db, AccountId id, const PushedRevision& pushed,
                                                 std::int64_t& seqHead, std::int64_t nowMs) {
    PushItemResult result{PushOutcome::Accepted, pushed.itemId, pushed.revId, 0, 0, std::nullopt};
    {
        ST_PREPARE(tomb, db, "SELECT seq FROM tombstones WHERE account_id = ? AND item_id = ?");
        tomb.bind(1, id).bind(2, qtext(pushed.itemId));
        ST_STEP(purged, tomb);
        if (purged) {
            result.outcome = PushOutcome::Gone;
            result.seq = tomb.int64(0);
            return result;
        }
    }
    {
        ST_PREPARE(dup, db, "SELECT item_id, rev, seq FROM revisions WHERE account_id = ? AND rev_id = ?");
        dup.bind(1, id).bind(2, qtext(pushed.revId));
        ST_STEP(seen, dup);
        if (seen) {
            const bool sameItem = stdText(dup, 0) == pushed.itemId;
            result.outcome = sameItem ? PushOutcome::Duplicate : PushOutcome::Rejected;
            result.rev = sameItem ? dup.int64(1) : 0;
            result.seq = sameItem ? dup.int64(2) : 0;
            return result;
        }
    }
    std::int64_t headRev = 0;
    {
        ST_PREPARE(head, db, "SELECT head_rev FROM items WHERE account_id = ? AND item_id = ?");
        head.bind(1, id).bind(2, qtext(pushed.itemId));
        ST_STEP(exists, head);
        headRev = exists ? head.int64(0) : 0;
    }
    if (pushed.baseRev != headRev) {
        result.outcome = PushOutcome::Conflict;
        if (headRev > 0) {
            auto current = readRevision(db, id, pushed.itemId, headRev, true);
            if (!current)
                return std::unexpected(current.error());
            result.current = std::move(*current);
        }
        return result;
    }
    result.rev = headRev + 1;
    result.seq = ++seqHead;
    {
        ST_PREPARE(insert, db,
                   "INSERT INTO revisions (account_id, item_id, rev, rev_id, seq, deleted, envelope, size, created_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?)");
        insert.bind(1, id).bind(2, qtext(pushed.itemId)).bind(3, result.rev).bind(4, qtext(pushed.revId));
        insert.bind(5, result.seq).bind(6, pushed.deleted).bind(7, qtext(pushed.envelope));
        insert.bind(8, static_cast<std::int64_t>(pushed.envelope.size())).bind(9, nowMs);
        ST_CHECK(insert.exec());
    }
    ST_PREPARE(item, db,
               "INSERT OR REPLACE INTO items (account_id, item_id, head_rev, head_seq, deleted) VALUES (?,?,?,?,?)");
    item.bind(1, id).bind(2, qtext(pushed.itemId)).bind(3, result.rev).bind(4, result.seq).bind(5, pushed.deleted);
    ST_CHECK(item.exec());
    return result;
}

Result<std::vector<PushItemResult>> SqlCipherStorage::push(AccountId id, const std::vector<PushedRevision>& batch,
                                                           std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db); // BEGIN IMMEDIATE: one writer at a time, so seqs commit in order
    ST_CHECK(tx.begun());
    std::int64_t seqHead = 0;
    {
        ST_PREPARE(account, **db, "SELECT seq_head FROM accounts WHERE id = ?");
        account.bind(1, id);
        ST_STEP(found, account);
        if (!found)
            return fail(ErrorCode::NotFound, "The account does not exist.");
        seqHead = account.int64(0);
    }
    const std::int64_t before = seqHead;
    std::vector<PushItemResult> results;
    results.reserve(batch.size());
    for (const PushedRevision& revision : batch) {
        auto result = pushOne(**db, id, revision, seqHead, nowMs);
        if (!result)
            return std::unexpected(result.error());
        results.push_back(std::move(*result));
    }
    if (seqHead != before) {
        ST_PREPARE(update, **db, "UPDATE accounts SET seq_head = ? WHERE id = ?");
        update.bind(1, seqHead).bind(2, id);
        ST_CHECK(update.exec());
    }
    ST_CHECK(tx.commit());
    return results;
}

Result<ChangesPage> SqlCipherStorage::changes(AccountId id, std::int64_t afterSeq, int limit) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ReadSnapshot snapshot(**db);
    ST_CHECK(snapshot.begun());
    ChangesPage page;
    page.lastSeq = afterSeq;
    {
        ST_PREPARE(account, **db, "SELECT seq_head, tombstone_floor FROM accounts WHERE id = ?");
        account.bind(1, id);
        ST_STEP(found, account);
        if (!found)
            return fail(ErrorCode::NotFound, "The account does not exist.");
        if ((afterSeq > 0 && afterSeq < account.int64(1)) || afterSeq > account.int64(0)) {
            page.resyncRequired = true;
            return page;
        }
    }
    ST_PREPARE(select, **db,
               "SELECT i.item_id, r.rev, r.rev_id, r.seq, r.deleted, r.envelope, r.size, r.created_at, 0 "
               "FROM items i JOIN revisions r ON r.account_id = i.account_id AND r.item_id = i.item_id "
               "AND r.rev = i.head_rev WHERE i.account_id = ? AND i.head_seq > ? "
               "UNION ALL SELECT item_id, 0, '', seq, 1, '', 0, purged_at, 1 FROM tombstones "
               "WHERE account_id = ? AND seq > ? ORDER BY 4 LIMIT ?");
    select.bind(1, id).bind(2, afterSeq).bind(3, id).bind(4, afterSeq).bind(5, limit + 1);
    for (;;) {
        ST_STEP(row, select);
        if (!row)
            break;
        if (static_cast<int>(page.changes.size()) == limit) {
            page.hasMore = true;
            break;
        }
        Change change;
        change.purged = select.int64(8) != 0;
        if (change.purged)
            change.tombstone = Tombstone{stdText(select, 0), select.int64(3), select.int64(7)};
        else
            change.head = revisionFromRow(select, true);
        page.lastSeq = change.seq();
        page.changes.push_back(std::move(change));
    }
    return page;
}

Result<std::optional<RevisionList>> SqlCipherStorage::listRevisions(AccountId id, const std::string& itemId,
                                                                    std::int64_t afterRev, int limit) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ReadSnapshot snapshot(**db);
    ST_CHECK(snapshot.begun());
    RevisionList list;
    {
        ST_PREPARE(head, **db, "SELECT head_rev FROM items WHERE account_id = ? AND item_id = ?");
        head.bind(1, id).bind(2, qtext(itemId));
        ST_STEP(exists, head);
        if (!exists)
            return std::optional<RevisionList>();
        list.headRev = head.int64(0);
    }
    ST_PREPARE(select, **db,
               "SELECT item_id, rev, rev_id, seq, deleted, '', size, created_at FROM revisions "
               "WHERE account_id = ? AND item_id = ? AND rev > ? ORDER BY rev LIMIT ?");
    select.bind(1, id).bind(2, qtext(itemId)).bind(3, afterRev).bind(4, limit + 1);
    for (;;) {
        ST_STEP(row, select);
        if (!row)
            break;
        if (static_cast<int>(list.revisions.size()) == limit) {
            list.hasMore = true;
            break;
        }
        list.revisions.push_back(revisionFromRow(select, false));
    }
    return std::optional<RevisionList>(std::move(list));
}

Result<std::optional<StoredRevision>> SqlCipherStorage::revision(AccountId id, const std::string& itemId,
                                                                 std::int64_t rev) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    return readRevision(**db, id, itemId, rev, true);
}

Result<std::optional<Tombstone>> SqlCipherStorage::purgeItem(AccountId id, const std::string& itemId,
                                                             std::int64_t nowMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    {
        ST_PREPARE(tomb, **db, "SELECT seq, purged_at FROM tombstones WHERE account_id = ? AND item_id = ?");
        tomb.bind(1, id).bind(2, qtext(itemId));
        ST_STEP(purged, tomb);
        if (purged)
            return std::optional<Tombstone>(Tombstone{itemId, tomb.int64(0), tomb.int64(1)});
    }
    {
        ST_PREPARE(item, **db, "SELECT 1 FROM items WHERE account_id = ? AND item_id = ?");
        item.bind(1, id).bind(2, qtext(itemId));
        ST_STEP(exists, item);
        if (!exists)
            return std::optional<Tombstone>();
    }
    const Tombstone tombstone{itemId, 0, nowMs};
    ST_PREPARE(bump, **db, "UPDATE accounts SET seq_head = seq_head + 1 WHERE id = ?");
    bump.bind(1, id);
    ST_CHECK(bump.exec());
    ST_PREPARE(head, **db, "SELECT seq_head FROM accounts WHERE id = ?");
    head.bind(1, id);
    ST_STEP(found, head);
    if (!found)
        return fail(ErrorCode::NotFound, "The account does not exist.");
    const std::int64_t seq = head.int64(0);
    for (const char* sql : {"DELETE FROM revisions WHERE account_id = ? AND item_id = ?",
                            "DELETE FROM items WHERE account_id = ? AND item_id = ?"}) {
        ST_PREPARE(remove, **db, sql);
        remove.bind(1, id).bind(2, qtext(itemId));
        ST_CHECK(remove.exec());
    }
    ST_PREPARE(insert, **db, "INSERT INTO tombstones (account_id, item_id, seq, purged_at) VALUES (?,?,?,?)");
    insert.bind(1, id).bind(2, qtext(itemId)).bind(3, seq).bind(4, nowMs);
    ST_CHECK(insert.exec());
    ST_CHECK(tx.commit());
    return std::optional<Tombstone>(Tombstone{itemId, seq, tombstone.purgedAt});
}

Result<Usage> SqlCipherStorage::usage(AccountId id, std::int64_t sinceDay) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ST_PREPARE(select, **db,
               "SELECT (SELECT count(*) FROM items WHERE account_id = ?1), "
               "(SELECT count(*) FROM revisions WHERE account_id = ?1), "
               "(SELECT coalesce(sum(size), 0) FROM revisions WHERE account_id = ?1), "
               "(SELECT count(*) FROM tombstones WHERE account_id = ?1), "
               "(SELECT count(*) FROM sessions WHERE account_id = ?1), "
               "(SELECT coalesce(sum(count), 0) FROM request_counts WHERE account_id = ?1 AND day >= ?2)");
    select.bind(1, id).bind(2, sinceDay);
    ST_STEP(row, select);
    if (!row)
        return fail(ErrorCode::Internal, "The usage query returned no row.");
    return Usage{select.int64(0), select.int64(1), select.int64(2), select.int64(3), select.int64(4), select.int64(5)};
}

Status SqlCipherStorage::addRequestCounts(const std::vector<RequestCount>& counts) {
    if (counts.empty())
        return {};
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    for (const RequestCount& count : counts) {
        ST_PREPARE(update, **db, "UPDATE request_counts SET count = count + ? WHERE account_id = ? AND day = ?");
        update.bind(1, count.count).bind(2, count.accountId).bind(3, count.day);
        ST_CHECK(update.exec());
        if ((*db)->changes() > 0)
            continue;
        ST_PREPARE(insert, **db,
                   "INSERT INTO request_counts (account_id, day, count) "
                   "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?1)");
        insert.bind(1, count.accountId).bind(2, count.day).bind(3, count.count);
        ST_CHECK(insert.exec());
    }
    ST_CHECK(tx.commit());
    return {};
}

Result<bool> SqlCipherStorage::exportAccount(AccountId id, ExportVisitor& visitor) {
    static const std::string sql =
        "SELECT id, email, password_verifier, kdf_algorithm, kdf_memory_kib, kdf_iterations, kdf_parallelism, "
        "kdf_seed, wrapped_key, created_at, age_confirmed_at, privacy_policy_version, privacy_accepted_at, "
        "seq_head, tombstone_floor FROM accounts WHERE id = ?";
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    ReadSnapshot snapshot(**db);
    ST_CHECK(snapshot.begun());
    auto account = readAccount(**db, sql.c_str(), nullptr, id);
    if (!account)
        return std::unexpected(account.error());
    if (!*account)
        return false;
    if (!visitor.account(**account))
        return true;
    auto rows = exportRows(**db, id, visitor);
    if (!rows)
        return std::unexpected(rows.error());
    return true;
}

Status SqlCipherStorage::exportRows(core::Database& db, AccountId id, ExportVisitor& visitor) {
    {
        ST_PREPARE(sessions, db,
                   "SELECT id, account_id, token_hash, device_name, created_at, last_used_at, expires_at FROM sessions "
                   "WHERE account_id = ? ORDER BY created_at, id");
        sessions.bind(1, id);
        for (;;) {
            ST_STEP(row, sessions);
            if (!row)
                break;
            if (!visitor.session(Session{stdText(sessions, 0), sessions.int64(1), std::string(), stdText(sessions, 3),
                                         sessions.int64(4), sessions.int64(5), sessions.int64(6)}))
                return {};
        }
    }
    {
        ST_PREPARE(revisions, db,
                   "SELECT item_id, rev, rev_id, seq, deleted, envelope, size, created_at FROM revisions "
                   "WHERE account_id = ? ORDER BY item_id, rev");
        revisions.bind(1, id);
        for (;;) {
            ST_STEP(row, revisions);
            if (!row)
                break;
            if (!visitor.revision(revisionFromRow(revisions, true)))
                return {};
        }
    }
    {
        ST_PREPARE(tombs, db, "SELECT item_id, seq, purged_at FROM tombstones WHERE account_id = ? ORDER BY seq");
        tombs.bind(1, id);
        for (;;) {
            ST_STEP(row, tombs);
            if (!row)
                break;
            if (!visitor.tombstone(Tombstone{stdText(tombs, 0), tombs.int64(1), tombs.int64(2)}))
                return {};
        }
    }
    ST_PREPARE(counts, db, "SELECT day, count FROM request_counts WHERE account_id = ? ORDER BY day");
    counts.bind(1, id);
    for (;;) {
        ST_STEP(row, counts);
        if (!row || !visitor.requestCount(RequestCount{id, counts.int64(0), counts.int64(1)}))
            break;
    }
    return {};
}

Result<RetentionReport> SqlCipherStorage::applyRetention(std::int64_t cutoffMs) {
    auto db = m_pool->acquire();
    if (!db)
        return std::unexpected(db.error());
    core::Transaction tx(**db);
    ST_CHECK(tx.begun());
    RetentionReport report;
    {
        ST_PREPARE(
            revisions, **db,
            "DELETE FROM revisions WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM items i WHERE "
            "i.account_id = revisions.account_id AND i.item_id = revisions.item_id AND i.head_rev = revisions.rev)");
        revisions.bind(1, cutoffMs);
        ST_CHECK(revisions.exec());
        report.revisionsRemoved = (*db)->changes();
    }
    {
        ST_PREPARE(floor, **db,
                   "UPDATE accounts SET tombstone_floor = max(tombstone_floor, (SELECT max(seq) FROM tombstones t "
                   "WHERE t.account_id = accounts.id AND t.purged_at < ?1)) WHERE EXISTS (SELECT 1 FROM tombstones t "
                   "WHERE t.account_id = accounts.id AND t.purged_at < ?1)");
        floor.bind(1, cutoffMs);
        ST_CHECK(floor.exec());
    }
    ST_PREPARE(tombs, **db, "DELETE FROM tombstones WHERE purged_at < ?");
    tombs.bind(1, cutoffMs);
    ST_CHECK(tombs.exec());
    report.tombstonesRemoved = (*db)->changes();
    ST_CHECK(tx.commit());
    return report;
}

} // namespace selftrack::server
