// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/WeeklyTotals.h"

#include <bit>

namespace selftrack::core {

bool WeeklyTotals::applies(const Goal& goal) {
    return goal.kind == GoalKind::Check && goal.period == Period::Day;
}

std::vector<WeeklyTotals::Week> WeeklyTotals::of(const std::vector<PeriodPoint>& daily, Qt::DayOfWeek weekStart) {
    std::vector<Week> weeks;
    for (const PeriodPoint& point : daily) {
        const QDate day = point.period.first;
        const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
        const QDate first = day.addDays(-back);
        if (weeks.empty() || weeks.back().first != first)
            weeks.push_back(Week{first, 0.0});
        weeks.back().done += point.value;
    }
    return weeks;
}

double WeeklyTotals::target(const Goal& goal) {
    if (goal.weekdays != 0)
        return std::popcount(static_cast<unsigned>(goal.weekdays & 0x7f));
    if (goal.freqDen <= 0)
        return 0.0;
    return 7.0 * goal.freqNum / goal.freqDen;
}

} // namespace selftrack::core
