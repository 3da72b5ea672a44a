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

    int run = 0;
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
        if (*it == UnitOutcome::Success)
            summary.best = std::max(summary.best, ++run);
        else if (*it == UnitOutcome::Failed)
            run = 0;
    }
    for (const UnitOutcome outcome : newestFirst) {
        if (outcome == UnitOutcome::Failed)
            break;
        if (outcome == UnitOutcome::Success)
            ++summary.current;
    }
    return summary;
}

} // namespace selftrack::core
