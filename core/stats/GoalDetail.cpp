// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/GoalDetail.h"

#include "core/domain/GoalStats.h"
#include "core/stats/CheckInQuery.h"

#include <algorithm>

namespace selftrack::core {

Result<GoalDetail> GoalDetail::load(Database& db, const Goal& goal, const ProgressContext& context) {
    auto entries = CheckInQuery::load(db, goal.id, context.today());
    if (!entries)
        return std::unexpected(entries.error());
    return build(goal, std::move(*entries), context);
}

Result<GoalDetail> GoalDetail::build(const Goal& goal, std::vector<DayEntry> entries, const ProgressContext& context) {
    GoalDetail detail;
    detail.m_today = context.today();
    detail.m_rule = GoalStats::ruleFor(goal);
    detail.m_timeline = DailyTimeline::build(detail.m_rule, entries, detail.m_today);
    QDate first = detail.m_rule.start;
    if (detail.m_timeline.hasData() && detail.m_timeline.first() < first)
        first = detail.m_timeline.first();
    if (first.isValid() && first <= detail.m_today) { // nothing to show before the start
        auto periods = periodHistory(detail.m_rule, entries, context, DateRange{first, detail.m_today});
        if (!periods)
            return std::unexpected(periods.error());
        detail.m_periods = std::move(*periods);
    }
    auto scores = scoreHistory(detail.m_rule, entries, context);
    if (!scores)
        return std::unexpected(scores.error());
    detail.m_scores = std::move(*scores);
    return detail;
}

std::array<int, 7> GoalDetail::weekdayCounts(QDate from, QDate to) const {
    std::array<int, 7> counts{};
    if (!from.isValid() || !to.isValid())
        return counts;
    const qint64 last = std::min(to.toJulianDay(), m_timeline.lastDay());
    for (qint64 day = std::max(from.toJulianDay(), m_timeline.firstDay()); day <= last; ++day) {
        const DayState state = m_timeline.onDay(day).state;
        if (state == DayState::Done || state == DayState::Entered)
            ++counts[static_cast<std::size_t>(QDate::fromJulianDay(day).dayOfWeek() - 1)];
    }
    return counts;
}

} // namespace selftrack::core
