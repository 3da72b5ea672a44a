// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchTimer.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace selftrack::core {
class Database;
}

namespace selftrack::bench {

// The baseline for the core insert figures: the raw SQLCipher C API writing, through prepared
// statements, the same rows ContentStore::addRecord writes for the benchmark's record (see
// BenchMain's benchRecord): the `records` row, its tag row, its search-index row (same docid)
// and its revision with the canonical JSON content (formatted directly, byte for byte what the
// core stores). The database is a vault database in all but the vault header: same schema, raw
// 256-bit key, and the connection set-up of Database::open (WAL, synchronous=FULL,
// secure_delete, foreign keys, 32 MiB page cache). The "row only" figures write just the
// `records` row, the baseline before the core wrote tags, index and revisions beside it.
class RawBaseline {
public:
    // Creates `path`; an empty result means the database could not be created (message on stderr).
    static std::unique_ptr<RawBaseline> create(const QString& path);
    ~RawBaseline();
    RawBaseline(const RawBaseline&) = delete;
    RawBaseline& operator=(const RawBaseline&) = delete;

    // Writes `count` records (all four kinds of row), each in its own committed transaction.
    // Negative wall time on failure.
    // (Out of line, so that a profiler can tell the four runs apart.)
    Timing insertEachCommitted(int count);
    // Writes `count` records (all four kinds of row) in one transaction.
    Timing insertBatched(int count);
    // The same with only the `records` row per record.
    Timing insertRowOnlyEachCommitted(int count);
    Timing insertRowOnlyBatched(int count);
    // Runs one SQL statement (a pragma, say); false with a message on stderr when it fails.
    bool exec(const char* sql);

    // The canonical JSON the core stores for the benchmark record `n` with these ids and times.
    static QByteArray contentJson(int n, const QByteArray& id, const QByteArray& goalId, const QByteArray& now);
    static QByteArray note(int n);

private:
    explicit RawBaseline(std::unique_ptr<core::Database> db);
    Timing run(int count, bool batched, bool everyRow);
    bool insertOne(int n, bool everyRow);
    bool prepared();

    std::unique_ptr<core::Database> m_db;
    sqlite3_stmt* m_record = nullptr;
    sqlite3_stmt* m_tag = nullptr;
    sqlite3_stmt* m_index = nullptr;
    sqlite3_stmt* m_revision = nullptr;
    int m_inserted = 0;
    QByteArray m_goalId; // every baseline row belongs to one goal, as in the core run
    QByteArray m_deviceId;
};

} // namespace selftrack::bench
