// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/DateRange.h"
#include "core/progress/GoalRule.h"

#include <QDate>

namespace selftrack::core {

// The aggregated value of a range of days. Check goals: number of Done days (auto days excluded).
// Amount goals: Sum of daily totals, Average of the daily totals of days with values, or the Last
// value. hasValue tells whether any day in the range holds an entry.
struct PeriodValue {
    double value = 0.0;
    bool hasValue = false;
};

// aggregateDays() as a running state, so a range can be aggregated in pieces (oldest first) with
// the same arithmetic as in one go: add() the pieces in order, then result().
struct PeriodSum {
    double value = 0.0;
    bool hasValue = false;
    int valueDays = 0;

    // Adds the Julian days [from, to] (inside the timeline; none when from > to).
    void add(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to);
    PeriodValue result(const GoalRule& rule) const;
};

// Aggregates the days of `range` up to and including `upTo`.
PeriodValue aggregatePeriod(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& range, QDate upTo);

// Aggregates the Julian days [from, to], which must lie inside the timeline (none when from > to).
PeriodValue aggregateDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to);

// Whether `value` satisfies the rule's target: at_least needs value >= target (Average/Last also
// need data), at_most needs data and value <= target (no data is "unknown", as in Loop).
bool meetsTarget(const GoalRule& rule, const PeriodValue& value);

enum class UnitOutcome { Success, Failed, Skipped, Open };

// Outcome of one streak unit (a day, or a period of the goal's kind; see streakUnit()).
// Skipped: every day of the unit is skipped. Open: the unit contains `today` and is not yet a
// success (it must not break a streak). Whole goals count a day as success when worked on.
UnitOutcome unitOutcome(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& unit, QDate today);

// unitOutcome() for the unit of Julian days [first, last] (first <= last) and a Julian `today`.
UnitOutcome unitOutcomeOfDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 first, qint64 last,
                              qint64 today);

} // namespace selftrack::core
