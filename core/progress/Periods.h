// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DateRange.h"
#include "core/progress/GoalRule.h"

#include <QDate>
#include <Qt>

namespace selftrack::core {

// Calendar periods. Weeks begin on `weekStart` (the user's locale setting); months and years are
// calendar months and years. Day, Week, Month and Year only: Whole is goal-specific, see
// wholePeriod().
DateRange periodContaining(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart);

// The period right before `period` of the same kind.
DateRange previousPeriod(PeriodKind kind, const DateRange& period, Qt::DayOfWeek weekStart);

// The cumulative period of a Whole goal: start .. deadline, or start .. today without deadline.
DateRange wholePeriod(const GoalRule& rule, QDate today);

// The goal's period that contains `today` (Whole: wholePeriod()).
DateRange currentPeriod(const GoalRule& rule, QDate today, Qt::DayOfWeek weekStart);

// The unit streaks and completion rates count in: the goal's period, or Day for Whole goals.
PeriodKind streakUnit(const GoalRule& rule);

} // namespace selftrack::core
