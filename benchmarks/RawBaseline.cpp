// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_HAS_CODEC 1
#include "RawBaseline.h"

#include "BenchTimer.h"
#include "core/crypto/Crypto.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

namespace selftrack::bench {

namespace {
// The `records` table and its indexes exactly as schema version 1 creates them.
constexpr auto kRecordsTable = R"SQL(
CREATE TABLE records(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, goal_id TEXT, day TEXT NOT NULL, time TEXT,
    utc_offset INTEGER NOT NULL DEFAULT 0, value REAL, status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    mood INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    head_rev TEXT NOT NULL);
CREATE INDEX records_goal_day ON records(goal_id, day);
CREATE INDEX records_day ON records(day);
)SQL";

constexpr auto kInsert = "INSERT INTO records(id, goal_id, day, time, utc_offset, value, status, note, mood, "
                         "created_at, updated_at, deleted, head_rev) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)";

QByteArray uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}
} // namespace

std::unique_ptr<RawBaseline> RawBaseline::create(const QString& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw baseline: cannot open %s\n", qPrintable(path));
        sqlite3_close_v2(db);
        return nullptr;
    }
    std::unique_ptr<RawBaseline> raw(new RawBaseline(db));
    raw->m_goalId = uuid();
    // Keyed like a vault: a raw 256-bit key, so SQLCipher's own PBKDF2 is skipped.
    const core::SecureBuffer key = core::crypto::randomKey();
    core::SecureBuffer spec = core::SecureBuffer::fromString("x'");
    const core::SecureBuffer hex = key.toHex();
    spec.append(hex.data(), hex.size());
    spec.append("'", 1);
    if (sqlite3_key(db, spec.data(), static_cast<int>(spec.size())) != SQLITE_OK)
        return nullptr;
    for (const char* sql :
         {"PRAGMA cipher_page_size = 1024;", "SELECT count(*) FROM sqlite_master;", "PRAGMA foreign_keys = ON;",
          "PRAGMA synchronous = FULL;", "PRAGMA secure_delete = ON;", "PRAGMA journal_mode = WAL;", kRecordsTable}) {
        if (!raw->exec(sql))
            return nullptr;
    }
    return raw;
}

RawBaseline::~RawBaseline() {
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_db);
}

bool RawBaseline::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "raw baseline: %s\n", message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

bool RawBaseline::insertOne(int n) {
    if (!m_insert && sqlite3_prepare_v2(m_db, kInsert, -1, &m_insert, nullptr) != SQLITE_OK)
        return false;
    const QByteArray id = uuid();
    const QByteArray rev = uuid();
    const QByteArray day = QDate(2020, 1, 1).addDays(n % 3650).toString(Qt::ISODate).toLatin1();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    sqlite3_reset(m_insert);
    sqlite3_bind_text(m_insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insert, 2, m_goalId.constData(), static_cast<int>(m_goalId.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insert, 3, day.constData(), static_cast<int>(day.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insert, 4, "07:30", -1, SQLITE_STATIC);
    sqlite3_bind_int(m_insert, 5, 60);
    sqlite3_bind_double(m_insert, 6, n % 100);
    sqlite3_bind_text(m_insert, 7, "done", -1, SQLITE_STATIC);
    sqlite3_bind_text(m_insert, 8, "", -1, SQLITE_STATIC);
    sqlite3_bind_null(m_insert, 9);
    sqlite3_bind_text(m_insert, 10, now.constData(), static_cast<int>(now.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insert, 11, now.constData(), static_cast<int>(now.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(m_insert, 12, 0);
    sqlite3_bind_text(m_insert, 13, rev.constData(), static_cast<int>(rev.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
    ++m_inserted;
    return ok;
}

Timing RawBaseline::insertEachCommitted(int count) {
    BenchTimer timer;
    for (int i = 0; i < count; ++i) {
        if (!exec("BEGIN IMMEDIATE;") || !insertOne(m_inserted) || !exec("COMMIT;"))
            return Timing{-1.0, 0.0};
    }
    return timer.elapsed();
}

Timing RawBaseline::insertBatched(int count) {
    BenchTimer timer;
    if (!exec("BEGIN IMMEDIATE;"))
        return Timing{-1.0, 0.0};
    for (int i = 0; i < count; ++i) {
        if (!insertOne(m_inserted))
            return Timing{-1.0, 0.0};
    }
    if (!exec("COMMIT;"))
        return Timing{-1.0, 0.0};
    return timer.elapsed();
}

} // namespace selftrack::bench
