// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreFixture.h"
#include "core/backup/BackupWriter.h"
#include "core/domain/Milestone.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sqlite3.h>

namespace selftrack::test {

// Every row of every Content table (and the settings), column by column as text, in key order:
// two vaults with equal dumps hold the same goals, milestones, categories, records, tags and
// revisions, byte for byte.
inline QStringList contentDump(core::Database& db) {
    static constexpr const char* kQueries[] = {
        "SELECT * FROM settings ORDER BY key",  "SELECT * FROM categories ORDER BY id",
        "SELECT * FROM goals ORDER BY id",      "SELECT * FROM milestones ORDER BY id",
        "SELECT * FROM records ORDER BY rowid", "SELECT * FROM record_tags ORDER BY record_id, tag",
        "SELECT * FROM revisions ORDER BY seq", "SELECT docid, note, tags FROM journal_fts ORDER BY docid",
    };
    QStringList rows;
    for (const char* sql : kQueries) {
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) == SQLITE_OK);
        rows.append(QString::fromLatin1(sql));
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                cells.append(text ? QString::fromUtf8(text) : QStringLiteral("<null>"));
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        sqlite3_finalize(stmt);
    }
    return rows;
}

// A vault with some of everything: goals (one archived, one trashed), a category, milestones,
// check-ins, data points, journal entries with tags and moods, edits (several revisions) and a
// trashed record.
inline void fillVault(StoreFixture& f, int extraRecords = 0) {
    core::ContentStore& store = *f.store;
    core::Category health;
    health.name = QStringLiteral("Health");
    auto category = store.addCategory(health);
    REQUIRE(category);
    core::Goal run = StoreFixture::goal(QStringLiteral("Run"));
    run.kind = core::GoalKind::Amount;
    run.unit = QStringLiteral("km");
    run.target = 5;
    run.categoryId = category->id;
    auto runGoal = store.addGoal(run);
    REQUIRE(runGoal);
    runGoal->notes = QStringLiteral("plan\nweek 1");
    REQUIRE(store.updateGoal(*runGoal));
    auto meditate = store.addGoal(StoreFixture::goal(QStringLiteral("Meditate")));
    REQUIRE(meditate);
    auto old = store.addGoal(StoreFixture::goal(QStringLiteral("Old habit")));
    REQUIRE(old);
    REQUIRE(store.remove(old->id));
    core::Milestone milestone;
    milestone.goalId = runGoal->id;
    milestone.title = QStringLiteral("First 10k");
    milestone.target = 10;
    REQUIRE(store.addMilestone(milestone));
    for (int day = 0; day < 20; ++day) {
        REQUIRE(store.addRecord(StoreFixture::checkIn(meditate->id, QDate(2026, 1, 1).addDays(day))));
        core::Record point = StoreFixture::checkIn(runGoal->id, QDate(2026, 1, 1).addDays(day));
        point.value = 3.5 + day;
        point.note = QStringLiteral("run %1 with ünïcödé").arg(day);
        REQUIRE(store.addRecord(point));
    }
    auto entry = store.addRecord(StoreFixture::entry(QStringLiteral("Felt calm"), QDate(2026, 2, 14),
                                                     {QStringLiteral("mood"), QStringLiteral("calm")}));
    REQUIRE(entry);
    entry->note = QStringLiteral("Felt calm, then tired");
    entry->mood = 4;
    REQUIRE(store.updateRecord(*entry));
    auto trashed = store.addRecord(StoreFixture::entry(QStringLiteral("to be deleted")));
    REQUIRE(trashed);
    REQUIRE(store.remove(trashed->id));
    if (extraRecords > 0) {
        REQUIRE(store.batch([&]() -> core::Status {
            for (int i = 0; i < extraRecords; ++i) {
                core::Record r = StoreFixture::entry(QStringLiteral("entry %1 ").arg(i).repeated(8),
                                                     QDate(2020, 1, 1).addDays(i % 2000));
                if (auto added = store.addRecord(r); !added)
                    return std::unexpected(added.error());
            }
            return {};
        }));
    }
}

inline core::BackupOptions cheapBackup(std::uint32_t chunkSize = 4096) {
    core::BackupOptions options;
    options.kdf = cheapKdf();
    options.chunkSize = chunkSize;
    options.clock = core::fixedClock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    return options;
}

// Every file below `dir`, relative, sorted (to show that nothing was left behind or written).
// SQLite's -wal and -shm files of an open vault come and go with its connections; they are left out.
inline QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(dir).relativeFilePath(it.next());
        if (!path.endsWith(QLatin1String("-wal")) && !path.endsWith(QLatin1String("-shm")))
            files.append(path);
    }
    files.sort();
    return files;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace selftrack::test
