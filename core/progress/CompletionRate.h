// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"

#include <QDate>
#include <Qt>

#include <optional>

namespace selftrack::core {

// Share of successful units (see streakUnit()) among the counted units whose last day falls in
// the `days` days ending `today` and not before the goal's start. Skipped units and the open
// unit (today / the current period while not yet successful) are not counted. nullopt when no
// unit counts (for example a goal that starts today).
std::optional<double> completionRate(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                                     Qt::DayOfWeek weekStart, int days);

} // namespace selftrack::core
