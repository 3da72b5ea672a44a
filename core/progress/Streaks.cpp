// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/Streaks.h"

#include "core/progress/UnitFigures.h"

namespace selftrack::core {

StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                             Qt::DayOfWeek weekStart) {
    return computeUnitFigures(rule, timeline, today, weekStart).streaks;
}

} // namespace selftrack::core
