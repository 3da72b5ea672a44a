// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <catch2/catch.hpp>

namespace selftrack::test {

// Writes a plain SQLite file (SQLCipher without a key) from SQL, to stand for a Loop Habit
// Tracker backup of a schema version the fixtures do not have.
inline void writeSqlite(const QString& path, const char* sql) {
    QFile::remove(path);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Loop's schema 25: question, numerical habits with target type and unit, notes on repetitions.
inline constexpr const char* kLoopV25 = R"SQL(
CREATE TABLE Habits (id integer primary key autoincrement, archived integer, color integer, description text,
    freq_den integer, freq_num integer, highlight integer, name text, position integer, reminder_hour integer,
    reminder_min integer, reminder_days integer not null default 127, type integer not null default 0,
    target_type integer not null default 0, target_value real not null default 0, unit text not null default "",
    question text, uuid text);
CREATE TABLE Repetitions (id integer primary key autoincrement, habit integer not null references habits(id),
    timestamp integer not null, value integer not null, notes text);
CREATE TABLE Events (id integer primary key autoincrement, timestamp integer, message text, server_id integer);
INSERT INTO Habits VALUES(1, 0, 11, 'Two cups at most', 7, 1, 0, 'Coffee', 0, NULL, NULL, 127, 1, 1, 3.0, 'cups',
    'How much coffee?', 'a1b2');
INSERT INTO Habits VALUES(2, 1, 0, '', 1, 1, 0, 'Floss', 1, 21, 30, 127, 0, 0, 0, '', 'Did you floss?', 'c3d4');
-- 2024-05-01 .. 2024-05-03 (UTC midnight, milliseconds)
INSERT INTO Repetitions VALUES(1, 1, 1714521600000, 2500, 'afternoon');
INSERT INTO Repetitions VALUES(2, 1, 1714608000000, 4000, NULL);
INSERT INTO Repetitions VALUES(3, 2, 1714521600000, 2, NULL);
INSERT INTO Repetitions VALUES(4, 2, 1714608000000, 3, 'travelling');
INSERT INTO Repetitions VALUES(5, 2, 1714694400000, 0, NULL);
INSERT INTO Repetitions VALUES(6, 1, 1714694400000, -3, NULL); -- Loop 2.1's skip
PRAGMA user_version = 25;
)SQL";

// Loop's schema 9 (2016): no numerical habits, a repetition is a check.
inline constexpr const char* kLoopV9 = R"SQL(
CREATE TABLE Habits (id integer primary key autoincrement, archived integer, color integer, description text,
    freq_den integer, freq_num integer, highlight integer, name text, position integer, reminder_hour integer,
    reminder_min integer);
CREATE TABLE Checkmarks (id integer primary key autoincrement, habit integer, timestamp integer, value integer);
CREATE TABLE Repetitions (id integer primary key autoincrement, habit integer, timestamp integer);
INSERT INTO Habits VALUES(1, 0, 3, 'Morning pages', 7, 3, 0, 'Write', 0, 8, 0);
INSERT INTO Repetitions VALUES(1, 1, 1451606400000); -- 2016-01-01
INSERT INTO Repetitions VALUES(2, 1, 1451779200000); -- 2016-01-03
PRAGMA user_version = 9;
)SQL";

} // namespace selftrack::test
