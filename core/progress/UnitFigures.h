// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"
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

} // namespace selftrack::core
