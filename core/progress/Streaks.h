// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"

#include <QDate>
#include <Qt>

namespace selftrack::core {

struct StreakSummary {
    int current = 0;
    int best = 0;
};

// Current and best streak in units of streakUnit(rule), from the first recorded day up to
// `today`. A skipped unit is bridged (neither counted nor breaking); the open unit containing
// today counts once it succeeds and otherwise does not break the current streak.
StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today, Qt::DayOfWeek weekStart);

} // namespace selftrack::core
