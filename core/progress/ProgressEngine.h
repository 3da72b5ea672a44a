// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/DailyTimeline.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ResumeState.h"

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

// computeProgress() on a timeline already built up to today (its last day), for a valid rule.
// With `prior` (ProgressResume), the timeline need only hold the days from the tail of `prior` on,
// and what lies before prior->boundary comes from `prior`. The score walk's end state goes to
// `scoreOut` when given.
GoalProgress progressOnTimeline(const GoalRule& rule, const DailyTimeline& timeline, const ProgressContext& context,
                                const ResumeState* prior, ScoreState* scoreOut);

} // namespace selftrack::core
