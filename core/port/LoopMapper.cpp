// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/LoopMapper.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <array>

namespace selftrack::core {

namespace {

// A fixed namespace for the name-based (version 5) UUIDs of imported Loop items.
const QUuid kLoopNamespace(QStringLiteral("{6d1b0f3e-3c55-4d7e-9a4f-5b7f1d2c8e01}"));

constexpr std::array<const char*, 20> kPalette{
    "#D32F2F", "#E64A19", "#F57C00", "#FF8F00", "#F9A825", "#AFB42B", "#7CB342", "#388E3C", "#00897B", "#00ACC1",
    "#039BE5", "#1976D2", "#303F9F", "#5E35B1", "#8E24AA", "#D81B60", "#5D4037", "#303030", "#757575", "#AAAAAA"};

Period periodOf(int days) {
    switch (days) {
    case 7:
        return Period::Week;
    case 30:
    case 31:
        return Period::Month;
    case 365:
        return Period::Year;
    default:
        return Period::Day;
    }
}

} // namespace

QString LoopMapper::goalId(const QString& habitName) {
    return QUuid::createUuidV5(kLoopNamespace, QStringLiteral("habit:") + habitName.trimmed().toLower())
        .toString(QUuid::WithoutBraces);
}

QString LoopMapper::paletteColor(int index) {
    if (index < 0 || index >= static_cast<int>(kPalette.size()))
        return {};
    return QString::fromLatin1(kPalette[static_cast<std::size_t>(index)]);
}

int LoopMapper::weekdays(int loopDays) {
    int ours = 0;
    for (int bit = 0; bit < 7; ++bit)
        if (loopDays & (1 << bit))
            ours |= 1 << ((bit + 5) % 7);
    return ours;
}

std::optional<LoopEntry> LoopMapper::entryOfText(const QString& text, bool numerical) {
    // Loop writes its entry constants by name and any other value as the stored integer, which for
    // numerical habits is the number times 1000 (so 2, 1 and 0 thousandths come out as YES_MANUAL,
    // YES_AUTO and NO).
    static const QHash<QString, qint64> kNames{
        {QStringLiteral("YES_MANUAL"), 2}, {QStringLiteral("YES_AUTO"), 1},       {QStringLiteral("NO"), 0},
        {QStringLiteral("SKIP"), kSkip},   {QStringLiteral("UNKNOWN"), kUnknown}, {QString(), kUnknown}};
    const QString t = text.trimmed();
    if (const auto named = kNames.constFind(t); named != kNames.constEnd())
        return entryOfStored(*named, numerical);
    bool ok = false;
    const qint64 stored = t.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (!numerical && stored == 0) {
        // Exports from before Loop 2 wrote digits, and 0 was "not checked", not an answer of "no".
        LoopEntry e;
        e.kind = LoopEntry::Kind::Unknown;
        return e;
    }
    return entryOfStored(stored, numerical);
}

LoopEntry LoopMapper::entryOfStored(qint64 stored, bool numerical) {
    LoopEntry e;
    if (stored == kSkip || (!numerical && stored == kOldSkip))
        e.kind = LoopEntry::Kind::Skip;
    else if (numerical && stored >= 0) {
        e.kind = LoopEntry::Kind::Value;
        e.value = static_cast<double>(stored) / 1000.0;
    } else if (!numerical && stored == 2)
        e.kind = LoopEntry::Kind::Yes;
    else if (!numerical && stored == 1)
        e.kind = LoopEntry::Kind::Auto;
    else if (!numerical && stored == 0)
        e.kind = LoopEntry::Kind::No;
    else
        e.kind = LoopEntry::Kind::Unknown;
    return e;
}

Goal LoopMapper::goalOf(const LoopHabit& habit, const QList<LoopEntry>& entries) {
    Goal g;
    g.id = goalId(habit.name);
    g.title = habit.name.trimmed();
    g.notes = habit.question.trimmed();
    if (!habit.description.trimmed().isEmpty())
        g.notes += (g.notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + habit.description.trimmed();
    g.color = habit.color;
    g.archived = habit.archived;
    g.position = habit.position;
    const int den = std::clamp(habit.freqDen, 1, 366);
    if (habit.numerical) {
        g.kind = GoalKind::Amount;
        g.unit = habit.unit;
        g.target = habit.target > 0 ? habit.target : 1.0;
        g.direction = habit.atMost ? Direction::AtMost : Direction::AtLeast;
        g.aggregation = Aggregation::Sum;
        g.period = periodOf(den);
        if (g.period == Period::Day && den > 1) {
            g.freqNum = 1;
            g.freqDen = den;
        }
    } else {
        g.kind = GoalKind::Check;
        g.freqDen = den;
        g.freqNum = std::clamp(habit.freqNum, 1, den);
    }
    if (habit.reminder)
        g.reminders.append(*habit.reminder);
    // The first day that becomes a record (an entered day, or a note on any day).
    for (const LoopEntry& e : entries) {
        const bool entered = e.kind != LoopEntry::Kind::Unknown && e.kind != LoopEntry::Kind::Auto;
        if ((entered || !e.note.trimmed().isEmpty()) && (!g.startDate.isValid() || e.day < g.startDate))
            g.startDate = e.day;
    }
    return g;
}

std::optional<Record> LoopMapper::recordOf(const Goal& goal, const LoopEntry& entry) {
    Record r;
    r.id = QUuid::createUuidV5(kLoopNamespace, goal.id + u':' + entry.day.toString(Qt::ISODate))
               .toString(QUuid::WithoutBraces);
    r.goalId = goal.id;
    r.day = entry.day;
    r.note = entry.note;
    switch (entry.kind) {
    case LoopEntry::Kind::Yes:
        r.value = 1.0;
        break;
    case LoopEntry::Kind::No:
        r.status = RecordStatus::Failed;
        break;
    case LoopEntry::Kind::Skip:
        r.status = RecordStatus::Skipped;
        break;
    case LoopEntry::Kind::Value:
        r.value = entry.value.value_or(0.0);
        break;
    case LoopEntry::Kind::Auto:
    case LoopEntry::Kind::Unknown:
        if (entry.note.trimmed().isEmpty())
            return std::nullopt;
        break; // a note about the goal on that day, not a check-in
    }
    return r;
}

} // namespace selftrack::core
