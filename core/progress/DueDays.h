// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/GoalRule.h"

#include <QDate>

namespace selftrack::core {

// Whether the goal asks for something on `day`: not before its start or after its deadline, and
// for a weekday set only on those weekdays. Frequencies ("3 times in 7 days") and periods are due
// every day: any day may be one of the times. What the Today view shows apart ("not due today").
bool isDueOn(const GoalRule& rule, QDate day);

} // namespace selftrack::core
