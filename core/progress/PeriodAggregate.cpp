// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/PeriodAggregate.h"

#include <algorithm>

namespace selftrack::core {

namespace {

bool isKnown(DayState state) {
    return state != DayState::Unknown;
}

// Whether a day counts as "worked on" for the day-unit streaks of Whole goals.
bool wholeDaySuccess(const GoalRule& rule, const DaySummary& day) {
    if (rule.kind == GoalKind::Check)
        return day.state == DayState::Done || day.state == DayState::Auto;
    if (day.state != DayState::Entered)
        return false;
    return rule.direction == Direction::AtMost || day.total > 0.0;
}

bool allSkipped(const DailyTimeline& timeline, const DateRange& unit) {
    for (QDate d = unit.first; d <= unit.last; d = d.addDays(1)) {
        if (timeline.day(d).state != DayState::Skipped)
            return false;
    }
    return true;
}

UnitOutcome dayOutcome(const GoalRule& rule, const DailyTimeline& timeline, QDate date, QDate today) {
    const DaySummary day = timeline.day(date);
    if (day.state == DayState::Skipped)
        return UnitOutcome::Skipped;
    bool success = false;
    if (rule.period == PeriodKind::Whole)
        success = wholeDaySuccess(rule, day);
    else if (rule.kind == GoalKind::Check)
        success = day.state == DayState::Done || day.state == DayState::Auto;
    else
        success = meetsTarget(rule, aggregatePeriod(rule, timeline, DateRange{date, date}, date));
    if (success)
        return UnitOutcome::Success;
    const bool stillOpen =
        day.state == DayState::Unknown || (rule.kind == GoalKind::Amount && rule.direction == Direction::AtLeast);
    return date == today && stillOpen ? UnitOutcome::Open : UnitOutcome::Failed;
}

} // namespace

PeriodValue aggregatePeriod(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& range, QDate upTo) {
    PeriodValue result;
    const QDate from = std::max(range.first, timeline.first());
    const QDate to = std::min({range.last, upTo, timeline.last()});
    int valueDays = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        const DaySummary day = timeline.day(d);
        if (rule.kind == GoalKind::Check) {
            result.hasValue = result.hasValue || isKnown(day.state);
            result.value += day.state == DayState::Done ? 1.0 : 0.0;
            continue;
        }
        result.hasValue = result.hasValue || day.state == DayState::Entered;
        if (day.valueCount == 0)
            continue;
        ++valueDays;
        if (rule.aggregation == Aggregation::Last)
            result.value = *day.last;
        else
            result.value += day.total;
    }
    if (rule.kind == GoalKind::Amount && rule.aggregation == Aggregation::Average && valueDays > 0)
        result.value /= valueDays;
    return result;
}

bool meetsTarget(const GoalRule& rule, const PeriodValue& value) {
    if (rule.direction == Direction::AtMost)
        return value.hasValue && value.value <= rule.target;
    const bool needsData = rule.kind == GoalKind::Amount && rule.aggregation != Aggregation::Sum;
    return (value.hasValue || !needsData) && value.value >= rule.target;
}

UnitOutcome unitOutcome(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& unit, QDate today) {
    if (unit.days() == 1)
        return dayOutcome(rule, timeline, unit.first, today);
    if (allSkipped(timeline, unit))
        return UnitOutcome::Skipped;
    if (meetsTarget(rule, aggregatePeriod(rule, timeline, unit, today)))
        return UnitOutcome::Success;
    return unit.contains(today) ? UnitOutcome::Open : UnitOutcome::Failed;
}

} // namespace selftrack::core
