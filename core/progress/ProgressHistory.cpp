// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/ProgressHistory.h"

#include "core/progress/DailyTimeline.h"
#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"
#include "core/progress/ProgressEngine.h"

#include <algorithm>

namespace selftrack::core {

namespace {

Result<QDate> checkedToday(const GoalRule& rule, const ProgressContext& context) {
    if (auto valid = validateRule(rule); !valid)
        return std::unexpected(valid.error());
    const QDate today = context.today();
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The current time is not valid."));
    return today;
}

PeriodPoint pointFor(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& period, QDate today) {
    const PeriodValue value = aggregatePeriod(rule, timeline, period, today);
    PeriodPoint point;
    point.period = period;
    point.value = value.value;
    point.hasValue = value.hasValue;
    point.fraction = rule.target > 0.0 ? value.value / rule.target : 0.0;
    point.met = meetsTarget(rule, value);
    return point;
}

} // namespace

Result<std::vector<PeriodPoint>> periodHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                               const ProgressContext& context, const DateRange& range) {
    const Result<QDate> today = checkedToday(rule, context);
    if (!today)
        return std::unexpected(today.error());
    if (range.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The date range is empty."));
    const DailyTimeline timeline = DailyTimeline::build(rule, entries, *today);
    std::vector<PeriodPoint> points;
    if (rule.period == PeriodKind::Whole) {
        const DateRange whole = wholePeriod(rule, *today);
        if (whole.first <= range.last && whole.last >= range.first && whole.first <= *today)
            points.push_back(pointFor(rule, timeline, whole, *today));
        return points;
    }
    const QDate newest = std::min(range.last, *today);
    for (DateRange period = periodContaining(rule.period, newest, context.weekStart); period.last >= range.first;
         period = previousPeriod(rule.period, period, context.weekStart))
        points.push_back(pointFor(rule, timeline, period, *today));
    std::reverse(points.begin(), points.end());
    return points;
}

Result<std::vector<DayScore>> scoreHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                           const ProgressContext& context) {
    const Result<QDate> today = checkedToday(rule, context);
    if (!today)
        return std::unexpected(today.error());
    return scoreSeries(rule, DailyTimeline::build(rule, entries, *today));
}

} // namespace selftrack::core
