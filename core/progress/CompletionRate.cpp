// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/CompletionRate.h"

#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"

#include <algorithm>

namespace selftrack::core {

std::optional<double> completionRate(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                                     Qt::DayOfWeek weekStart, int days) {
    if (!today.isValid() || days <= 0)
        return std::nullopt;
    QDate lowerBound = today.addDays(-(days - 1));
    lowerBound = std::max(lowerBound, rule.start.isValid() ? rule.start : timeline.first());
    const PeriodKind unit = streakUnit(rule);
    int counted = 0;
    int successes = 0;
    for (DateRange range = periodContaining(unit, today, weekStart); range.last >= lowerBound;
         range = previousPeriod(unit, range, weekStart)) {
        const UnitOutcome outcome = unitOutcome(rule, timeline, range, today);
        if (outcome == UnitOutcome::Success) {
            ++successes;
            ++counted;
        } else if (outcome == UnitOutcome::Failed) {
            ++counted;
        }
    }
    if (counted == 0)
        return std::nullopt;
    return static_cast<double>(successes) / counted;
}

} // namespace selftrack::core
