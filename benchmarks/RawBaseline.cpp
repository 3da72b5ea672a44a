// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawBaseline.h"

#include "BenchTimer.h"
#include "core/crypto/Crypto.h"
#include "core/domain/IsoText.h"
#include "core/domain/JournalKey.h"
#include "core/storage/Database.h"
#include "core/vault/Schema.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

namespace selftrack::bench {

namespace {
constexpr auto kInsertRecord = "INSERT INTO records(id, goal_id, day, time, utc_offset, value, status, note, mood, "
                               "created_at, updated_at, deleted, head_rev) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)";
constexpr auto kInsertTag = "INSERT INTO record_tags(record_id, tag) VALUES(?, ?)";
constexpr auto kInsertIndex = "INSERT INTO journal_fts(docid, note, tags) VALUES(?, ?, ?)";
constexpr auto kInsertRevision = "INSERT INTO revisions(rev_id, item_id, item_type, parent_rev, device_id, "
                                 "created_at, deleted, content) VALUES(?, ?, 'record', NULL, ?, ?, 0, ?)";
constexpr auto kTag = "reading";
constexpr auto kTime = "07:30";
constexpr int kUtcOffset = 60;

QByteArray uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

QDate dayOf(int n) {
    return QDate(2016, 1, 1).addDays(n % 3650);
}

void bindText(sqlite3_stmt* stmt, int index, const QByteArray& text) {
    sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

bool stepDone(sqlite3_stmt* stmt) {
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_reset(stmt);
    return ok;
}
} // namespace

RawBaseline::RawBaseline(std::unique_ptr<core::Database> db) : m_db(std::move(db)) {}

std::unique_ptr<RawBaseline> RawBaseline::create(const QString& path) {
    // Keyed like a vault (a raw 256-bit key, so SQLCipher's own PBKDF2 is skipped) and configured
    // by the same Database::open; only the writes below bypass the core.
    auto db = core::Database::open(path, core::crypto::randomKey(), core::CipherSettings{}, true);
    if (!db) {
        std::fprintf(stderr, "raw baseline: %s\n", qPrintable(db.error().message));
        return nullptr;
    }
    if (auto st = core::Schema::create(**db); !st) {
        std::fprintf(stderr, "raw baseline: %s\n", qPrintable(st.error().message));
        return nullptr;
    }
    std::unique_ptr<RawBaseline> raw(new RawBaseline(std::move(*db)));
    raw->m_goalId = uuid();
    raw->m_deviceId = uuid();
    if (!raw->prepared()) {
        std::fprintf(stderr, "raw baseline: %s\n", sqlite3_errmsg(raw->m_db->handle()));
        return nullptr;
    }
    return raw;
}

bool RawBaseline::prepared() {
    sqlite3* db = m_db->handle();
    return sqlite3_prepare_v2(db, kInsertRecord, -1, &m_record, nullptr) == SQLITE_OK &&
           sqlite3_prepare_v2(db, kInsertTag, -1, &m_tag, nullptr) == SQLITE_OK &&
           sqlite3_prepare_v2(db, kInsertIndex, -1, &m_index, nullptr) == SQLITE_OK &&
           sqlite3_prepare_v2(db, kInsertRevision, -1, &m_revision, nullptr) == SQLITE_OK;
}

RawBaseline::~RawBaseline() {
    for (sqlite3_stmt* stmt : {m_record, m_tag, m_index, m_revision})
        sqlite3_finalize(stmt);
}

bool RawBaseline::exec(const char* sql) {
    if (auto st = m_db->exec(sql); !st) {
        std::fprintf(stderr, "raw baseline: %s\n", qPrintable(st.error().message));
        return false;
    }
    return true;
}

QByteArray RawBaseline::note(int n) {
    return "read " + QByteArray::number(n % 40 + 1) + " pages of chapter " + QByteArray::number(n % 17 + 1);
}

QByteArray RawBaseline::contentJson(int n, const QByteArray& id, const QByteArray& goalId, const QByteArray& now) {
    // Keys in sorted order, compact, as RevisionLog::canonical writes them; the values need no escaping.
    char json[512];
    const int size = std::snprintf(
        json, sizeof json,
        "{\"created_at\":\"%s\",\"day\":\"%s\",\"goal_id\":\"%s\",\"id\":\"%s\",\"mood\":null,\"note\":\"%s\","
        "\"status\":\"done\",\"tags\":[\"%s\"],\"time\":\"%s\",\"updated_at\":\"%s\",\"utc_offset_minutes\":%d,"
        "\"value\":%d}",
        now.constData(), core::IsoText::date(dayOf(n)).constData(), goalId.constData(), id.constData(),
        note(n).constData(), kTag, kTime, now.constData(), kUtcOffset, n % 100);
    return QByteArray(json, size);
}

bool RawBaseline::insertOne(int n, bool everyRow) {
    const QByteArray id = uuid();
    const QByteArray rev = uuid();
    // Dates and times formatted as the core formats them (IsoText: the same text as Qt's toString,
    // without its asprintf), so the baseline does not pay for a slower formatter than the core's.
    const QByteArray day = core::IsoText::date(dayOf(n));
    const QByteArray now = core::IsoText::timestamp(QDateTime::currentDateTimeUtc());
    const QByteArray text = everyRow ? note(n) : QByteArray();
    bindText(m_record, 1, id);
    bindText(m_record, 2, m_goalId);
    bindText(m_record, 3, day);
    sqlite3_bind_text(m_record, 4, kTime, -1, SQLITE_STATIC);
    sqlite3_bind_int(m_record, 5, kUtcOffset);
    sqlite3_bind_double(m_record, 6, n % 100);
    sqlite3_bind_text(m_record, 7, "done", -1, SQLITE_STATIC);
    bindText(m_record, 8, text);
    sqlite3_bind_null(m_record, 9);
    bindText(m_record, 10, now);
    bindText(m_record, 11, now);
    sqlite3_bind_int(m_record, 12, 0);
    bindText(m_record, 13, rev);
    if (!stepDone(m_record))
        return false;
    ++m_inserted;
    if (!everyRow)
        return true;
    const sqlite3_int64 rowid = sqlite3_last_insert_rowid(m_db->handle());

    bindText(m_tag, 1, id);
    sqlite3_bind_text(m_tag, 2, kTag, -1, SQLITE_STATIC);
    if (!stepDone(m_tag))
        return false;

    sqlite3_bind_int64(m_index, 1, core::JournalKey::of(dayOf(n), QTime(7, 30), rowid));
    bindText(m_index, 2, text);
    sqlite3_bind_text(m_index, 3, kTag, -1, SQLITE_STATIC);
    if (!stepDone(m_index))
        return false;

    const QByteArray content = contentJson(n, id, m_goalId, now);
    bindText(m_revision, 1, rev);
    bindText(m_revision, 2, id);
    bindText(m_revision, 3, m_deviceId);
    bindText(m_revision, 4, now);
    bindText(m_revision, 5, content);
    return stepDone(m_revision);
}

Timing RawBaseline::insertEachCommitted(int count) {
    return run(count, false, true);
}
Timing RawBaseline::insertBatched(int count) {
    return run(count, true, true);
}
Timing RawBaseline::insertRowOnlyEachCommitted(int count) {
    return run(count, false, false);
}
Timing RawBaseline::insertRowOnlyBatched(int count) {
    return run(count, true, false);
}

Timing RawBaseline::run(int count, bool batched, bool everyRow) {
    BenchTimer timer;
    if (batched && !exec("BEGIN IMMEDIATE;"))
        return Timing{-1.0, 0.0};
    for (int i = 0; i < count; ++i) {
        if (!batched && !exec("BEGIN IMMEDIATE;"))
            return Timing{-1.0, 0.0};
        if (!insertOne(m_inserted, everyRow))
            return Timing{-1.0, 0.0};
        if (!batched && !exec("COMMIT;"))
            return Timing{-1.0, 0.0};
    }
    if (batched && !exec("COMMIT;"))
        return Timing{-1.0, 0.0};
    return timer.elapsed();
}

} // namespace selftrack::bench
