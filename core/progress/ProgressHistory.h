// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/DateRange.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalRule.h"
#include "core/progress/HabitScore.h"
#include "core/progress/ProgressContext.h"

#include <span>
#include <vector>

namespace selftrack::core {

// One bar of a goal's history chart.
struct PeriodPoint {
    DateRange period;      // the whole calendar period (it may reach past today)
    double value = 0.0;    // aggregated up to today, as GoalProgress::periodValue
    bool hasValue = false; // any entry in the period
    double fraction = 0.0; // value / target (0 when target is 0)
    bool met = false;      // the target is met (see meetsTarget())
};

// The goal's periods (Whole: the single cumulative period) that overlap `range` and start on or
// before today, oldest first. Pure; fails with InvalidInput like computeProgress().
Result<std::vector<PeriodPoint>> periodHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                               const ProgressContext& context, const DateRange& range);

// The daily habit-strength series from the first recorded day to today (see scoreSeries()).
Result<std::vector<DayScore>> scoreHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                           const ProgressContext& context);

} // namespace selftrack::core
