// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"
#include "core/progress/PeriodAggregate.h"
#include "core/progress/Streaks.h"

#include <QDate>
#include <Qt>

#include <optional>

namespace selftrack::core {

// The streaks and the 30 / 90 / 365-day completion rates of one goal, as computeStreaks() and
// completionRate() give them, from one walk over the goal's units (each unit's outcome is
// computed once).
struct UnitFigures {
    StreakSummary streaks;
    std::optional<double> completion30;
    std::optional<double> completion90;
    std::optional<double> completion365;
};

UnitFigures computeUnitFigures(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                               Qt::DayOfWeek weekStart);

// The streaks of a run of units read newest first, as Loop's streak counter sees them: the run at
// the newest end up to the first failure (headRun units, headSucceeded when it holds a success),
// whether a failure ended it (closed), and the longest successful run older than that failure
// (bestAfter). Integers only, so the streaks of a goal's long past can be carried from one day to
// the next and joined with the units walked since.
struct StreakTail {
    int headRun = 0;
    bool headSucceeded = false;
    bool closed = false;
    int bestAfter = 0;
    // The run being read after the first failure (0 once finished).
    int run = 0;
    bool succeeded = false;

    // Reads the next older unit.
    void add(UnitOutcome outcome);
    // The oldest unit was read: the run being read ends.
    void finish();
    // Reads every unit of `older` (a finished tail of the units right before these) and finishes.
    void appendOlder(const StreakTail& older);
    // Current and best streak of a finished tail.
    StreakSummary summary() const;
};

// The units of streakUnit(rule) from the one containing `newestDay` back to the last one ending on
// or after `floorDay`, read newest first with `today` as the open day (not finished).
StreakTail streakTailOf(const GoalRule& rule, const DailyTimeline& timeline, qint64 newestDay, qint64 floorDay,
                        qint64 today, Qt::DayOfWeek weekStart);

// computeUnitFigures() for a goal with data whose units before `boundary` (the first day of a
// unit) are summarised in `older`: the timeline must hold the same days as the full one from
// boundary on, and every unit a completion rate counts must start on or after it.
UnitFigures resumeUnitFigures(const GoalRule& rule, const DailyTimeline& timeline, QDate today, Qt::DayOfWeek weekStart,
                              qint64 boundary, const StreakTail& older);

} // namespace selftrack::core
