// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DateRange.h"
#include "core/progress/GoalRule.h"

#include <QDate>

#include <span>
#include <vector>

namespace selftrack::core {

// Loop Habit Tracker's automatic completion for "x times per y days" check habits: whenever x
// done days fall within y consecutive days, the whole y-day interval starting at the oldest of
// them counts as completed; older intervals are then slid back (at most to their newest done day)
// to close gaps and lengthen streaks. Days inside an interval that are not done are "auto" days:
// they extend streaks but do not add to the score.
//
// `doneDays` must be sorted newest first without duplicates. The result is sorted newest first.
// For denominators 30 and 31 the interval is a calendar month long (Loop's monthly habits).
// Weekday-set frequencies produce no intervals.
std::vector<DateRange> autoCompletionIntervals(const Frequency& frequency, std::span<const QDate> doneDays);

} // namespace selftrack::core
