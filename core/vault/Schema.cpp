// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Schema.h"

#include <array>
#include <cstdio>

namespace selftrack::core {

namespace {
// Migration N takes the schema from version N-1 to N. Never edit a shipped entry; append.
constexpr std::array<const char*, Schema::kCurrentVersion> kMigrations = {
    // 1: initial schema
    R"SQL(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE categories(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0, head_rev TEXT NOT NULL);
CREATE TABLE goals(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '', target REAL NOT NULL, direction TEXT NOT NULL, aggregation TEXT NOT NULL,
    period TEXT NOT NULL, freq_num INTEGER NOT NULL, freq_den INTEGER NOT NULL, weekdays INTEGER NOT NULL DEFAULT 0,
    start_date TEXT NOT NULL, deadline TEXT, category_id TEXT, color TEXT NOT NULL DEFAULT '',
    icon TEXT NOT NULL DEFAULT '', reminders TEXT NOT NULL DEFAULT '[]', archived INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, head_rev TEXT NOT NULL);
CREATE TABLE milestones(
    id TEXT PRIMARY KEY, goal_id TEXT NOT NULL, title TEXT NOT NULL, target REAL, done_date TEXT,
    position INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, head_rev TEXT NOT NULL);
CREATE INDEX milestones_goal ON milestones(goal_id);
CREATE TABLE records(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, goal_id TEXT, day TEXT NOT NULL, time TEXT,
    utc_offset INTEGER NOT NULL DEFAULT 0, value REAL, status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    mood INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    head_rev TEXT NOT NULL);
CREATE INDEX records_goal_day ON records(goal_id, day);
CREATE INDEX records_day ON records(day);
CREATE TABLE record_tags(
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE, tag TEXT NOT NULL,
    PRIMARY KEY(record_id, tag));
CREATE INDEX record_tags_tag ON record_tags(tag);
CREATE TABLE revisions(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, rev_id TEXT NOT NULL UNIQUE, item_id TEXT NOT NULL,
    item_type TEXT NOT NULL, parent_rev TEXT, device_id TEXT NOT NULL, created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL, content TEXT NOT NULL);
CREATE INDEX revisions_item ON revisions(item_id, seq);
CREATE VIRTUAL TABLE journal_fts USING fts4(note, tags, tokenize=unicode61 "remove_diacritics=1");
)SQL",
    // 2: progress reads (CheckInQuery) answered from one covering index in engine order, without
    // touching the table rows (notes, tags). It leads with (goal_id, deleted, day), so it also
    // serves every query the (goal_id, day) index did, which goes to keep writes as cheap.
    R"SQL(
DROP INDEX records_goal_day;
CREATE INDEX records_goal_checkins ON records(goal_id, deleted, day, time, created_at, rowid, value, status);
)SQL",
    // 3: the search index sorts newest first by itself. Docids become JournalKeys (day, time and
    // rowid in one integer, see JournalKey.h), so a page of hits is read straight from FTS4 in
    // docid order. Rebuilt in key order: FTS4 flushes its pending terms at every docid lower than
    // the one before. DROP TABLE frees the old pages (zeroed by secure_delete). Not order=DESC:
    // SQLite 3.15's 'integrity-check' misreads such an index, and a descending scan of the default
    // one is fast enough (the doclist of a word found in 15,000 entries loads in about 1 ms).
    R"SQL(
DROP TABLE journal_fts;
CREATE VIRTUAL TABLE journal_fts USING fts4(note, tags, tokenize=unicode61 "remove_diacritics=1");
INSERT INTO journal_fts(docid, note, tags)
SELECT ((CAST(julianday(r.day) - 2415020.5 AS INTEGER)) * 1441
        + CASE WHEN r.time IS NULL THEN 0
               ELSE 1 + 60 * CAST(substr(r.time, 1, 2) AS INTEGER) + CAST(substr(r.time, 4, 2) AS INTEGER) END)
       * 1073741824 + r.rowid AS key,
       r.note, coalesce((SELECT group_concat(tag, ' ') FROM record_tags t WHERE t.record_id = r.id), '')
FROM records r
WHERE r.deleted = 0 AND (r.note <> '' OR EXISTS (SELECT 1 FROM record_tags t WHERE t.record_id = r.id))
ORDER BY key;
)SQL",
    // 4: a goal row is its canonical content JSON plus the columns queries filter and sort on
    // (see GoalRepository.cpp), so a goal field is declared only in Goal. The content is the head
    // revision's, which every write stores in the same transaction as the row; a goal without one
    // fails the NOT NULL constraint and the migration rolls back rather than lose it.
    R"SQL(
CREATE TABLE goals_v4(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, category_id TEXT, archived INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, head_rev TEXT NOT NULL,
    content TEXT NOT NULL);
INSERT INTO goals_v4(id, title, category_id, archived, position, deleted, head_rev, content)
SELECT g.id, g.title, g.category_id, g.archived, g.position, g.deleted, g.head_rev,
       (SELECT v.content FROM revisions v WHERE v.rev_id = g.head_rev)
FROM goals g;
DROP TABLE goals;
ALTER TABLE goals_v4 RENAME TO goals;
)SQL",
    // 5: each goal's figures for one day, kept between unlocks (ProgressSnapshots). Derived data,
    // rebuilt on demand: not Content, no revisions.
    R"SQL(
CREATE TABLE progress_snapshots(goal_id TEXT PRIMARY KEY, key BLOB NOT NULL, figures BLOB NOT NULL);
)SQL",
    // 6: beside each goal's figures of a day, the progress engine's state as of a day (ResumeState),
    // so a later day reads only the check-ins since then. The key no longer holds the day (a
    // column does). Derived data: the old rows are dropped, not converted (the next read
    // recomputes them).
    R"SQL(
DROP TABLE progress_snapshots;
CREATE TABLE progress_snapshots(goal_id TEXT PRIMARY KEY, key BLOB NOT NULL, day INTEGER NOT NULL, figures BLOB NOT NULL);
CREATE TABLE progress_states(goal_id TEXT PRIMARY KEY, key BLOB NOT NULL, state BLOB NOT NULL);
)SQL",
};

Status setVersion(Database& db, int version) {
    char sql[64];
    std::snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", version);
    return db.exec(sql);
}
} // namespace

Status Schema::create(Database& db) {
    char sql[64];
    std::snprintf(sql, sizeof sql, "PRAGMA application_id = %d;", kApplicationId);
    if (auto st = db.exec(sql); !st)
        return st;
    return migrate(db, 0, kCurrentVersion);
}

Status Schema::migrate(Database& db, int fromVersion, int toVersion) {
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto st = db.exec(kMigrations[static_cast<std::size_t>(version - 1)]); !st)
            return st;
        if (auto st = setVersion(db, version); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

Status Schema::checkAndMigrate(Database& db) {
    auto appId = db.queryInt("PRAGMA application_id;");
    if (!appId)
        return std::unexpected(appId.error());
    if (*appId != kApplicationId)
        return fail(ErrorCode::NotOurDatabase, QStringLiteral("The database file is not a SelfTrack vault database."));
    auto version = db.queryInt("PRAGMA user_version;");
    if (!version)
        return std::unexpected(version.error());
    if (*version > kCurrentVersion)
        return fail(ErrorCode::DatabaseTooNew,
                    QStringLiteral("The vault database was written by a newer SelfTrack (schema %1, this program "
                                   "knows %2); please update SelfTrack.")
                        .arg(*version)
                        .arg(kCurrentVersion));
    return migrate(db, static_cast<int>(*version), kCurrentVersion);
}

} // namespace selftrack::core
