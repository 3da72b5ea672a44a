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
// `today`, as Loop counts them: a streak is a run of successful and skipped units holding at
// least one success, and its length counts the skipped units too (leading, inner and trailing
// ones). The open unit containing today counts once it succeeds or is skipped and otherwise does
// not break the current streak.
StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today, Qt::DayOfWeek weekStart);

} // namespace selftrack::core
