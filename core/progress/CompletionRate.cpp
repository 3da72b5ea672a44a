// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/CompletionRate.h"

#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"
#include "core/progress/UnitWalker.h"

#include <algorithm>

namespace selftrack::core {

std::optional<double> completionRate(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                                     Qt::DayOfWeek weekStart, int days) {
    if (!today.isValid() || days <= 0)
        return std::nullopt;
    QDate lowerBound = today.addDays(-(days - 1));
    lowerBound = std::max(lowerBound, rule.start.isValid() ? rule.start : timeline.first());
    const qint64 todayDay = today.toJulianDay();
    int counted = 0;
    int successes = 0;
    for (UnitWalker unit(streakUnit(rule), today, weekStart); unit.last() >= lowerBound.toJulianDay();
         unit.previous()) {
        const UnitOutcome outcome = unitOutcomeOfDays(rule, timeline, unit.first(), unit.last(), todayDay);
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
