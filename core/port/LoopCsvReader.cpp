// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/LoopCsvReader.h"

#include "core/port/CsvReader.h"
#include "core/port/LoopMapper.h"

#include <QRegularExpression>

#include <algorithm>

namespace selftrack::core {

namespace {

Error bad(const QString& what) {
    return Error{ErrorCode::InvalidInput, QStringLiteral("Loop's export: %1").arg(what)};
}

// A column by any of its names in Loop's versions of Habits.csv.
QString value(const CsvTable& table, const QStringList& row, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const qsizetype c = table.column(QString::fromLatin1(name)); c >= 0)
            return CsvTable::field(row, c).trimmed();
    return {};
}

Result<LoopHabit> habitOf(const CsvTable& table, const QStringList& row) {
    LoopHabit h;
    h.name = value(table, row, {"Name"});
    if (h.name.isEmpty())
        return std::unexpected(bad(QStringLiteral("a habit in Habits.csv has no name.")));
    h.position = value(table, row, {"Position"}).toInt();
    h.question = value(table, row, {"Question"});
    h.description = value(table, row, {"Description"});
    h.numerical = value(table, row, {"Type"}).compare(QLatin1String("NUMERICAL"), Qt::CaseInsensitive) == 0;
    bool okNum = false;
    bool okDen = false;
    h.freqNum = value(table, row, {"FrequencyNumerator", "NumRepetitions"}).toInt(&okNum);
    h.freqDen = value(table, row, {"FrequencyDenominator", "Interval"}).toInt(&okDen);
    if (!okNum || !okDen || h.freqNum < 1 || h.freqDen < 1)
        return std::unexpected(bad(QStringLiteral("the habit \"%1\" has no valid frequency.").arg(h.name)));
    const QString color = value(table, row, {"Color"});
    static const QRegularExpression kHex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (kHex.match(color).hasMatch())
        h.color = color.toUpper();
    h.unit = value(table, row, {"Unit"});
    h.atMost = value(table, row, {"Target Type"}).compare(QLatin1String("AT_MOST"), Qt::CaseInsensitive) == 0;
    h.target = value(table, row, {"Target Value"}).toDouble();
    h.archived = value(table, row, {"Archived?", "Archived"}).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return h;
}

Result<QList<LoopEntry>> entriesOf(const CsvTable& table, qsizetype column, qsizetype notesColumn,
                                   const LoopHabit& habit) {
    QList<LoopEntry> entries;
    const qsizetype dateColumn = table.column(u"Date");
    for (const QStringList& row : table.rows) {
        LoopEntry e;
        e.day = QDate::fromString(CsvTable::field(row, dateColumn).trimmed(), Qt::ISODate);
        const QString text = CsvTable::field(row, column);
        const auto parsed = LoopMapper::entryOfText(text, habit.numerical);
        if (!e.day.isValid() || !parsed)
            return std::unexpected(bad(QStringLiteral("the habit \"%1\" has a day that cannot be read (%2, %3).")
                                           .arg(habit.name, CsvTable::field(row, dateColumn), text)));
        e.kind = parsed->kind;
        e.value = parsed->value;
        e.note = CsvTable::field(row, notesColumn);
        entries.append(e);
    }
    return entries;
}

// The habit's own folder ("001 Meditate/"), found by its position prefix and name.
QString folderOf(const QMap<QString, QByteArray>& files, const LoopHabit& habit, const QString& positionText) {
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString& path = it.key();
        if (!path.endsWith(QLatin1String("/Checkmarks.csv")) || path.count(u'/') != 1)
            continue;
        const QString folder = path.section(u'/', 0, 0);
        if (folder.startsWith(positionText + u' ') || folder.endsWith(u' ' + habit.name))
            return path;
    }
    return {};
}

Result<QList<LoopEntry>> readEntries(const QMap<QString, QByteArray>& files, const LoopHabit& habit,
                                     const QString& positionText) {
    if (const QString path = folderOf(files, habit, positionText); !path.isEmpty()) {
        auto table = CsvReader::parse(files.value(path));
        if (!table)
            return std::unexpected(bad(QStringLiteral("%1: %2").arg(path, table.error().message)));
        const qsizetype valueColumn = table->column(u"Value");
        if (table->column(u"Date") < 0 || valueColumn < 0)
            return std::unexpected(bad(QStringLiteral("%1 has no Date and Value columns.").arg(path)));
        return entriesOf(*table, valueColumn, table->column(u"Notes"), habit);
    }
    if (!files.contains(QStringLiteral("Checkmarks.csv")))
        return QList<LoopEntry>();
    auto table = CsvReader::parse(files.value(QStringLiteral("Checkmarks.csv")));
    if (!table)
        return std::unexpected(bad(QStringLiteral("Checkmarks.csv: %1").arg(table.error().message)));
    const qsizetype column = table->column(habit.name);
    if (column < 0 || table->column(u"Date") < 0)
        return QList<LoopEntry>();
    return entriesOf(*table, column, -1, habit);
}

} // namespace

bool LoopCsvReader::looksLike(const QMap<QString, QByteArray>& files) {
    return files.contains(QStringLiteral("Habits.csv"));
}

Result<ImportPlan> LoopCsvReader::read(const QMap<QString, QByteArray>& files) {
    if (!looksLike(files))
        return std::unexpected(bad(QStringLiteral("there is no Habits.csv.")));
    auto habits = CsvReader::parse(files.value(QStringLiteral("Habits.csv")));
    if (!habits)
        return std::unexpected(bad(QStringLiteral("Habits.csv: %1").arg(habits.error().message)));
    if (habits->column(u"Name") < 0)
        return std::unexpected(bad(QStringLiteral("Habits.csv has no Name column; it is not Loop's.")));
    ImportPlan plan;
    plan.format = QStringLiteral("loop");
    for (const QStringList& row : habits->rows) {
        auto habit = habitOf(*habits, row);
        if (!habit)
            return std::unexpected(habit.error());
        auto entries = readEntries(files, *habit, value(*habits, row, {"Position"}));
        if (!entries)
            return std::unexpected(entries.error());
        const Goal goal = LoopMapper::goalOf(*habit, *entries);
        if (std::any_of(plan.goals.cbegin(), plan.goals.cend(), [&](const Goal& g) { return g.id == goal.id; })) {
            plan.notes.append(
                QStringLiteral("Two habits are named \"%1\"; only the first was imported.").arg(goal.title));
            continue;
        }
        plan.goals.append(goal);
        for (const LoopEntry& e : *entries)
            if (auto record = LoopMapper::recordOf(goal, e))
                plan.records.append(*record);
    }
    plan.notes.append(QStringLiteral("Loop's CSV export holds no reminders; the .db backup does."));
    return plan;
}

} // namespace selftrack::core
