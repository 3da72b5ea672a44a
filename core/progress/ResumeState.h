// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DayEntry.h"
#include "core/progress/Forecast.h"
#include "core/progress/HabitScore.h"
#include "core/progress/PeriodAggregate.h"
#include "core/progress/UnitFigures.h"

#include <QtGlobal>

#include <vector>

namespace selftrack::core {

// The progress engine's state for one goal as of one day D (`day`), from which a later day's
// figures follow without the goal's whole history (see resumeProgress()). Julian days throughout.
// - The score walk as it stood at the end of D (the rolling sums carried exactly).
// - The units ending before `boundary` (the first day of a unit, about a year before D) summarised:
//   their streaks, and the running sums of a Whole goal's period and of its cumulative forecast.
// - `tail`: the goal's check-ins dated from the tail's first day (the boundary, less a frequency
//   interval for habits with automatic days) to D, in engine order. The later day re-reads the
//   check-ins after D only and builds its timeline from tail + those.
// When `coversAll` is set, the tail holds every check-in that counts (a short history) and the
// later figures are simply computed afresh from tail + new check-ins.
struct ResumeState {
    qint64 day = 0;
    qint64 boundary = 0;
    qint64 firstDay = 0; // the first day of the goal's timeline on D
    bool coversAll = false;
    StreakTail streaks;
    PeriodSum whole;
    CumulativeState cumulative;
    ScoreState score;
    std::vector<DayEntry> tail;
};

} // namespace selftrack::core
