// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/LoopDbReader.h"

#include "core/port/LoopMapper.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>

namespace selftrack::core {

namespace {

Error bad(const QString& what) {
    return Error{ErrorCode::InvalidInput, QStringLiteral("Loop's backup: %1").arg(what)};
}

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

class LoopDb {
public:
    explicit LoopDb(sqlite3* db) : m_db(db) {}

    Result<Statement> prepare(const QByteArray& sql) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return std::unexpected(
                bad(QStringLiteral("it cannot be read (%1).").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))));
        return Statement(m_db, stmt);
    }

    Result<QSet<QString>> columns(const char* table) {
        auto stmt = prepare(QByteArray("PRAGMA table_info(") + table + ")");
        if (!stmt)
            return std::unexpected(stmt.error());
        auto names = stmt->collect([](const Statement& s) { return s.text(1).toLower(); });
        if (!names)
            return std::unexpected(bad(names.error().message));
        return QSet<QString>(names->cbegin(), names->cend());
    }

    Result<int> userVersion() {
        auto stmt = prepare("PRAGMA user_version");
        if (!stmt)
            return std::unexpected(stmt.error());
        auto row = stmt->step();
        if (!row || !*row)
            return std::unexpected(bad(QStringLiteral("it has no schema version.")));
        return static_cast<int>(stmt->int64(0));
    }

private:
    sqlite3* m_db;
};

// "name" when the table has the column, else the SQL literal `fallback`.
QByteArray column(const QSet<QString>& have, const char* name, const char* fallback) {
    return have.contains(QString::fromLatin1(name)) ? QByteArray(name) : QByteArray(fallback);
}

struct HabitRow {
    qint64 id = 0;
    LoopHabit habit;
};

Result<QList<HabitRow>> readHabits(LoopDb& db) {
    auto have = db.columns("Habits");
    if (!have)
        return std::unexpected(have.error());
    if (!have->contains(QStringLiteral("name")) || !have->contains(QStringLiteral("freq_num")))
        return std::unexpected(bad(QStringLiteral("its Habits table is not Loop's.")));
    const QByteArray sql = "SELECT id, name, " + column(*have, "question", "''") + ", " +
                           column(*have, "description", "''") + ", " + column(*have, "type", "0") +
                           ", freq_num, freq_den, " + column(*have, "color", "-1") + ", " +
                           column(*have, "unit", "''") + ", " + column(*have, "target_type", "0") + ", " +
                           column(*have, "target_value", "0") + ", " + column(*have, "archived", "0") + ", " +
                           column(*have, "position", "0") + ", " + column(*have, "reminder_hour", "NULL") + ", " +
                           column(*have, "reminder_min", "NULL") + ", " + column(*have, "reminder_days", "127") +
                           " FROM Habits ORDER BY position, id";
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = stmt->collect([](const Statement& s) {
        HabitRow row;
        row.id = s.int64(0);
        LoopHabit& h = row.habit;
        h.name = s.text(1);
        h.question = s.text(2);
        h.description = s.text(3);
        h.numerical = s.int64(4) == 1;
        h.freqNum = static_cast<int>(s.int64(5));
        h.freqDen = static_cast<int>(s.int64(6));
        h.color = LoopMapper::paletteColor(static_cast<int>(s.int64(7)));
        h.unit = s.text(8);
        h.atMost = s.int64(9) == 1;
        h.target = s.real(10);
        h.archived = s.int64(11) != 0;
        h.position = static_cast<int>(s.int64(12));
        if (!s.isNull(13) && !s.isNull(14)) {
            const QTime at(static_cast<int>(s.int64(13)), static_cast<int>(s.int64(14)));
            if (at.isValid())
                h.reminder = Reminder{at, LoopMapper::weekdays(static_cast<int>(s.int64(15)))};
        }
        return row;
    });
    if (!rows)
        return std::unexpected(bad(rows.error().message));
    return *rows;
}

// Repetitions by habit id, values as LoopMapper::entryOfStored reads them. Without a value column
// (the oldest schemas) every row is a "yes".

Result<QHash<qint64, QList<LoopEntry>>> readEntries(LoopDb& db, const QHash<qint64, bool>& numerical) {
    auto have = db.columns("Repetitions");
    if (!have)
        return std::unexpected(have.error());
    if (!have->contains(QStringLiteral("habit")) || !have->contains(QStringLiteral("timestamp")))
        return std::unexpected(bad(QStringLiteral("its Repetitions table is not Loop's.")));
    const QByteArray sql = "SELECT habit, timestamp, " + column(*have, "value", "2") + ", " +
                           column(*have, "notes", "''") + " FROM Repetitions ORDER BY habit, timestamp";
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<qint64, QList<LoopEntry>> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(bad(row.error().message));
        if (!*row)
            return out;
        const qint64 habit = stmt->int64(0);
        LoopEntry e;
        e.day = QDateTime::fromMSecsSinceEpoch(stmt->int64(1), Qt::UTC).date();
        const LoopEntry parsed = LoopMapper::entryOfStored(stmt->int64(2), numerical.value(habit));
        e.kind = parsed.kind;
        e.value = parsed.value;
        e.note = stmt->isNull(3) ? QString() : stmt->text(3);
        if (!e.day.isValid())
            return std::unexpected(bad(QStringLiteral("a repetition has no valid date.")));
        out[habit].append(e);
    }
}

Result<ImportPlan> readOpen(LoopDb& db) {
    auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    ImportPlan plan;
    plan.format = QStringLiteral("loop");
    if (*version < LoopDbReader::kOldestVersion || *version > LoopDbReader::kNewestVersion)
        plan.notes.append(QStringLiteral("The backup's schema version %1 is outside the versions SelfTrack knows "
                                         "(%2 to %3); it was read by its columns.")
                              .arg(*version)
                              .arg(LoopDbReader::kOldestVersion)
                              .arg(LoopDbReader::kNewestVersion));
    auto habits = readHabits(db);
    if (!habits)
        return std::unexpected(habits.error());
    QHash<qint64, bool> numerical;
    for (const HabitRow& row : *habits)
        numerical.insert(row.id, row.habit.numerical);
    auto entries = readEntries(db, numerical);
    if (!entries)
        return std::unexpected(entries.error());
    QSet<QString> seen;
    for (const HabitRow& row : *habits) {
        const QList<LoopEntry> days = entries->value(row.id);
        const Goal goal = LoopMapper::goalOf(row.habit, days);
        if (seen.contains(goal.id)) {
            plan.notes.append(
                QStringLiteral("Two habits are named \"%1\"; only the first was imported.").arg(goal.title));
            continue;
        }
        seen.insert(goal.id);
        plan.goals.append(goal);
        for (const LoopEntry& e : days)
            if (auto record = LoopMapper::recordOf(goal, e))
                plan.records.append(*record);
    }
    return plan;
}

} // namespace

Result<ImportPlan> LoopDbReader::read(const QByteArray& bytes) {
    if (!looksLike(bytes))
        return std::unexpected(bad(QStringLiteral("the file is not an SQLite database.")));
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("loop.db")));
    if (!dir.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.flush())
        return fail(ErrorCode::Io, QStringLiteral("Cannot make a temporary copy of the Loop backup."));
    copy.close();
    sqlite3* raw = nullptr;
    const QByteArray path = QFile::encodeName(copy.fileName());
    const int rc = sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Handle handle(raw);
    if (rc != SQLITE_OK)
        return std::unexpected(bad(QStringLiteral("the database cannot be opened.")));
    LoopDb db(handle.get());
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    if (!tables)
        return std::unexpected(tables.error());
    auto names = tables->collect([](const Statement& s) { return s.text(0).toLower(); });
    if (!names)
        return std::unexpected(bad(QStringLiteral("the database is damaged (%1).").arg(names.error().message)));
    if (!names->contains(QStringLiteral("habits")) || !names->contains(QStringLiteral("repetitions")))
        return std::unexpected(bad(QStringLiteral("the database has no Habits and Repetitions tables; it is not "
                                                  "a Loop Habit Tracker backup.")));
    tables = Statement(); // finalized before the handle closes
    return readOpen(db);
}

} // namespace selftrack::core
