// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchTimer.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace selftrack::bench {

// The baseline for the core insert figures: the raw SQLCipher C API writing the same `records`
// rows (same table, same indexes) into a database keyed and configured like a vault's (random raw
// 256-bit key, SQLCipher 3 page size, WAL, synchronous=FULL, secure_delete, foreign keys). It
// writes no revisions, tags or search index: the ratio shows what the core's guarantees cost.
class RawBaseline {
public:
    // Creates `path`; an empty result means the database could not be created (message on stderr).
    static std::unique_ptr<RawBaseline> create(const QString& path);
    ~RawBaseline();
    RawBaseline(const RawBaseline&) = delete;
    RawBaseline& operator=(const RawBaseline&) = delete;

    // Inserts `count` records, each in its own committed transaction. Negative wall time on failure.
    Timing insertEachCommitted(int count);
    // Inserts `count` records in one transaction. Negative wall time on failure.
    Timing insertBatched(int count);
    // Runs one SQL statement (a pragma, say); false with a message on stderr when it fails.
    bool exec(const char* sql);

private:
    explicit RawBaseline(sqlite3* db) : m_db(db) {}
    bool insertOne(int n);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    int m_inserted = 0;
    QByteArray m_goalId; // every baseline row belongs to one goal, as in the core run
};

} // namespace selftrack::bench
