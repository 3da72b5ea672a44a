// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Record.h"
#include "core/domain/SearchPage.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

struct RecordFilter {
    std::optional<QString> goalId; // set: only this goal's records
    bool journalOnly = false;      // only records without a goal
    std::optional<QDate> from;     // inclusive
    std::optional<QDate> to;       // inclusive
    QString tag;                   // empty = any
    bool onlyDeleted = false;
    int limit = -1;
};

// Current state of records, their tags and the journal's FTS4 index (docids are JournalKeys). No
// revisions here: ContentStore pairs every write with a revision. Not thread-safe.
class RecordRepository {
public:
    explicit RecordRepository(Database& db) : m_db(db) {}

    // Inserts a record with a new id (one INSERT, nothing to clear) or updates the one with its id,
    // touching tags and the search index only where they changed.
    Status save(const Record& record);
    Result<Record> byId(const QString& id); // includes trashed
    // Ordered by day, time, creation.
    Result<QList<Record>> list(const RecordFilter& filter);
    // Full-text search over note and tags (FTS4 MATCH syntax, prefix* allowed) of records outside
    // the trash: the `limit` newest hits after `after` (from the newest without it). limit <= 0
    // returns every remaining hit in one page. A query FTS4 rejects is InvalidInput.
    Result<SearchPage> search(const QString& query, int limit, const std::optional<SearchCursor>& after);
    Status erase(const QString& id);
    // Merges the FTS index so text of erased records does not survive in old segments.
    Status compactIndex();

private:
    struct Stored; // what an update must know about the row it replaces
    Result<std::optional<Stored>> stored(const QString& id);
    Status insertTags(const Record& record);
    Status indexText(const Record& record, std::int64_t rowid);
    Status unindex(std::int64_t key);
    Status update(const Record& record, const Stored& old);
    Database& m_db;
};

} // namespace selftrack::core
