// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/progress/ProgressHistory.h"

#include <QDate>
#include <Qt>

#include <vector>

namespace selftrack::core {

// What the values chart of a daily check goal shows: the days done in each calendar week, against
// the days a week the goal asks for (a line of daily 0s and 1s tells nothing). Pure.
class WeeklyTotals {
public:
    struct Week {
        QDate first;     // the week's first day (weekStart)
        double done = 0; // sum of the week's daily values (1 a day done)
    };
    // A check goal counted per day: its chart is in weeks.
    static bool applies(const Goal& goal);
    // The daily points (oldest first, as GoalDetail::periods() gives them) summed per calendar
    // week beginning on `weekStart`, oldest first; a week without points is not listed.
    static std::vector<Week> of(const std::vector<PeriodPoint>& daily, Qt::DayOfWeek weekStart);
    // Days a week the goal asks for: its weekdays, or freqNum per freqDen days scaled to 7.
    static double target(const Goal& goal);
};

} // namespace selftrack::core
