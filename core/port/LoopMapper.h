// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/Record.h"
#include "core/port/LoopEntry.h"
#include "core/port/LoopHabit.h"

#include <QList>

#include <optional>

namespace selftrack::core {

// Turns Loop Habit Tracker's habits and entries into goals and records, the same way for its CSV
// export and its database backup. Ids are derived from the habit's name and the day, so a second
// import of the same (or a newer) file finds what the first one added.
class LoopMapper {
public:
    // `entries` of this habit set the goal's start (its first entered day).
    static Goal goalOf(const LoopHabit& habit, const QList<LoopEntry>& entries);
    // The record an entry becomes: yes = a check-in, no = failed, skip = skipped, a number = a value;
    // a derived (auto) or unknown day becomes a note about the goal when it has a note, else nothing.
    static std::optional<Record> recordOf(const Goal& goal, const LoopEntry& entry);
    // Loop's palette (its database stores an index into it).
    static QString paletteColor(int index);
    // Loop's packed weekdays (bit 0 = Saturday, 1 = Sunday, ... 6 = Friday) as SelfTrack's
    // (bit 0 = Monday ... bit 6 = Sunday).
    static int weekdays(int loopDays);
    // Loop's stored entry values: yes/no habits 2 = yes, 1 = derived (auto), 0 = no, -3 (3 before
    // Loop 2.1) = skip, -1 = unknown; numerical habits the number times 1000, or -3 = skip.
    static constexpr qint64 kSkip = -3;
    static constexpr qint64 kOldSkip = 3;
    static constexpr qint64 kUnknown = -1;
    // One value of Loop's Checkmarks.csv ("YES_MANUAL", "SKIP", "2500", ...) without its day and
    // note; nullopt when it cannot be read.
    static std::optional<LoopEntry> entryOfText(const QString& text, bool numerical);
    // A stored value (the .db's Repetitions.value, or a number in the CSV).
    static LoopEntry entryOfStored(qint64 stored, bool numerical);
    static QString goalId(const QString& habitName);
};

} // namespace selftrack::core
