// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Record.h"
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

// Current state of records, their tags and the journal's FTS4 index. No revisions here:
// ContentStore pairs every write with a revision. Not thread-safe.
class RecordRepository {
public:
    explicit RecordRepository(Database& db) : m_db(db) {}

    Status save(const Record& record);
    Result<Record> byId(const QString& id); // includes trashed
    // Ordered by day, time, creation.
    Result<QList<Record>> list(const RecordFilter& filter);
    // Full-text search over note and tags (FTS4 MATCH syntax, prefix* allowed), newest first.
    Result<QList<Record>> search(const QString& query, int limit = 200);
    Status erase(const QString& id);
    // Merges the FTS index so text of erased records does not survive in old segments.
    Status compactIndex();

private:
    Result<QList<Record>> collect(Statement& stmt);
    Database& m_db;
};

} // namespace selftrack::core
