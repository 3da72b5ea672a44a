// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/ContentStore.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"

namespace selftrack::core {

// Maps the domain (Goal, Record) onto the pure progress engine and computes a goal's figures.
// Shared by the CLI and the GUI so both show the same numbers.
class GoalStats {
public:
    static GoalRule ruleFor(const Goal& goal);
    // The check-ins among `records` (Record::isCheckIn), sorted by day and time as the engine expects.
    static QList<DayEntry> entriesFor(const QList<Record>& records);
    // Loads the goal's full records from the store and computes its progress at `context`. The
    // reference path: it reads every column of every record (tests compare the fast path with it).
    static Result<GoalProgress> compute(ContentStore& store, const Goal& goal, const ProgressContext& context);
    // The same figures from `db` (the store's database), reading only what the engine needs
    // (CheckInQuery). For repeated reads use ProgressCache, which keeps them per goal and day.
    static Result<GoalProgress> compute(Database& db, const Goal& goal, const ProgressContext& context);
    // The system's clock and time zone with the locale's first day of the week.
    static ProgressContext systemContext();
};

} // namespace selftrack::core
