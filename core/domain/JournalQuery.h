// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/JournalFilter.h"
#include "core/domain/SearchPage.h"
#include "core/storage/Database.h"

#include <QStringList>

namespace selftrack::core {

// The journal, read a page at a time. The journal holds the records outside the trash whose note
// has text: every pure journal entry (a record without a goal always has text), every note about a
// goal (a value-less "done" record of a goal) and every check-in the user wrote a note on. Records
// without text (plain check-ins, logged values) are progress data and stay out, and so do the
// notes of a goal in the trash (they come back with it).
//
// Newest first, in JournalKey order: day, then time (untimed entries after the timed ones of their
// day), then rowid, all descending. Journal search sorts the same way, so the timeline and search
// both page with SearchCursor: a page continues after the last entry of the previous one and never
// repeats or skips an entry, even when entries are written between two pages. Each query is one
// cached prepared statement per combination of filters, read through an index (no full sort).
// Not thread-safe: use from the Database's thread.
class JournalQuery {
public:
    explicit JournalQuery(Database& db) : m_db(db) {}

    // The `limit` newest entries that pass `filter`, after `after` (from the newest without it).
    // limit <= 0 returns every remaining entry in one page.
    Result<SearchPage> entries(const JournalFilter& filter, int limit, const std::optional<SearchCursor>& after);
    // The journal entries that pass `filter` and match `match` (FTS4 MATCH syntax over note and
    // tags), paged like entries(). A query FTS4 rejects is InvalidInput.
    Result<SearchPage> search(const QString& match, const JournalFilter& filter, int limit,
                              const std::optional<SearchCursor>& after);
    // Every tag of an entry in the journal, sorted, each once.
    Result<QStringList> tags();

    // The SQL of entries() and search() for `filter` (for tests that check the query plan).
    static const char* entriesSql(const JournalFilter& filter);
    static const char* searchSql(const JournalFilter& filter);

private:
    Database& m_db;
};

} // namespace selftrack::core
