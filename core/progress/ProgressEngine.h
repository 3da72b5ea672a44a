// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"

#include <span>

namespace selftrack::core {

// Checks the rule's invariants (valid start, finite target >= 0, frequency 1 <= x <= y, deadline
// not before start). InvalidInput with a human message otherwise.
Status validateRule(const GoalRule& rule);

// All progress figures of one goal for the local day of context.now (see GoalProgress).
// Pure: the result depends only on the arguments; safe to call from any thread.
// Fails with InvalidInput for an invalid rule or an invalid context.now.
Result<GoalProgress> computeProgress(const GoalRule& rule, std::span<const DayEntry> entries,
                                     const ProgressContext& context);

} // namespace selftrack::core
