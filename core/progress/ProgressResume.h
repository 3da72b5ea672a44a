// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ResumeState.h"

#include <optional>
#include <span>

namespace selftrack::core {

// A goal's figures for context's day and the state to resume from on a later day (none when the
// figures cannot be carried: an invalid context, or a today before the goal's first day).
struct ResumableProgress {
    GoalProgress progress;
    std::optional<ResumeState> state;
};

// computeProgress() plus the state as of context's day. `entries`: every check-in up to that day.
Result<ResumableProgress> computeResumable(const GoalRule& rule, std::span<const DayEntry> entries,
                                           const ProgressContext& context);

// The figures for context's day from `prior` (computed for the same rule and first day of the
// week) and the check-ins dated after prior.day up to that day (`newEntries`, in engine order),
// exactly equal to computeProgress() over all check-ins, and the state as of that day. nullopt
// when the state cannot be carried to that day (the caller computes from every check-in): a day
// not after prior.day, or a new done day of a habit with automatic days (Loop's intervals may
// then slide back into the summarised past).
Result<std::optional<ResumableProgress>> resumeProgress(const GoalRule& rule, const ResumeState& prior,
                                                        std::span<const DayEntry> newEntries,
                                                        const ProgressContext& context);

} // namespace selftrack::core
