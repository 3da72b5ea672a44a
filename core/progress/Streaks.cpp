// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/Streaks.h"

#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"

#include <algorithm>
#include <vector>

namespace selftrack::core {

StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                             Qt::DayOfWeek weekStart) {
    StreakSummary summary;
    if (!timeline.hasData() || !today.isValid())
        return summary;
    const PeriodKind unit = streakUnit(rule);
    std::vector<UnitOutcome> newestFirst;
    for (DateRange range = periodContaining(unit, today, weekStart); range.last >= timeline.first();
         range = previousPeriod(unit, range, weekStart))
        newestFirst.push_back(unitOutcome(rule, timeline, range, today));

    // As in Loop, a skipped unit counts in the length of the streak it belongs to (before, inside
    // or after its successes); a run of skipped units alone is no streak.
    int run = 0;
    bool succeeded = false;
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
        if (*it == UnitOutcome::Failed) {
            run = 0;
            succeeded = false;
            continue;
        }
        if (*it == UnitOutcome::Open)
            continue;
        ++run;
        succeeded = succeeded || *it == UnitOutcome::Success;
        if (succeeded)
            summary.best = std::max(summary.best, run);
    }
    run = 0;
    succeeded = false;
    for (const UnitOutcome outcome : newestFirst) {
        if (outcome == UnitOutcome::Failed)
            break;
        if (outcome == UnitOutcome::Open)
            continue;
        ++run;
        succeeded = succeeded || outcome == UnitOutcome::Success;
    }
    summary.current = succeeded ? run : 0;
    return summary;
}

} // namespace selftrack::core
