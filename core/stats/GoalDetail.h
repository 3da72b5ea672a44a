// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Goal.h"
#include "core/progress/DailyTimeline.h"
#include "core/progress/DayEntry.h"
#include "core/progress/HabitScore.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ProgressHistory.h"
#include "core/storage/Database.h"

#include <array>
#include <vector>

namespace selftrack::core {

// What a goal's page draws besides its figures (ProgressCache): the state of every day (heat
// map), every period's aggregate (values chart), the daily habit strength (score chart) and how
// often each weekday was done. One read of the goal's check-ins (CheckInQuery) up to the
// context's day feeds all of them, through the same engine as the figures, so the page and the
// Today view never disagree. Immutable; cheap to copy around by move.
class GoalDetail {
public:
    static Result<GoalDetail> load(Database& db, const Goal& goal, const ProgressContext& context);
    // The same from entries already read (tests; sorted by day as CheckInQuery gives them).
    static Result<GoalDetail> build(const Goal& goal, std::vector<DayEntry> entries, const ProgressContext& context);

    QDate today() const { return m_today; }
    const GoalRule& rule() const { return m_rule; }
    const DailyTimeline& timeline() const { return m_timeline; }
    // Every period from the goal's start (or first entry) to today, oldest first.
    const std::vector<PeriodPoint>& periods() const { return m_periods; }
    const std::vector<DayScore>& scores() const { return m_scores; }
    // Days of [from, to] that were done (check goals) or have data (amount goals), per weekday:
    // index 0 is Monday ... 6 Sunday.
    std::array<int, 7> weekdayCounts(QDate from, QDate to) const;

private:
    QDate m_today;
    GoalRule m_rule;
    DailyTimeline m_timeline;
    std::vector<PeriodPoint> m_periods;
    std::vector<DayScore> m_scores;
};

} // namespace selftrack::core
