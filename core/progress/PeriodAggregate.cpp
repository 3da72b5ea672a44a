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

bool allSkipped(const DailyTimeline& timeline, qint64 first, qint64 last) {
    for (qint64 d = first; d <= last; ++d) {
        if (timeline.onDay(d).state != DayState::Skipped)
            return false;
    }
    return true;
}

// The days [from, to] clipped to the timeline and to `upTo`.
PeriodValue aggregateClipped(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to, qint64 upTo) {
    return aggregateDays(rule, timeline, std::max(from, timeline.firstDay()), std::min({to, upTo, timeline.lastDay()}));
}

UnitOutcome dayOutcome(const GoalRule& rule, const DailyTimeline& timeline, qint64 date, qint64 today) {
    const DaySummary& day = timeline.onDay(date);
    if (day.state == DayState::Skipped)
        return UnitOutcome::Skipped;
    bool success = false;
    if (rule.period == PeriodKind::Whole)
        success = wholeDaySuccess(rule, day);
    else if (rule.kind == GoalKind::Check)
        success = day.state == DayState::Done || day.state == DayState::Auto;
    else
        success = meetsTarget(rule, aggregateClipped(rule, timeline, date, date, date));
    if (success)
        return UnitOutcome::Success;
    const bool stillOpen =
        day.state == DayState::Unknown || (rule.kind == GoalKind::Amount && rule.direction == Direction::AtLeast);
    return date == today && stillOpen ? UnitOutcome::Open : UnitOutcome::Failed;
}

} // namespace

void PeriodSum::add(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to) {
    const bool isCheck = rule.kind == GoalKind::Check;
    const bool last = rule.aggregation == Aggregation::Last;
    for (qint64 d = from; d <= to; ++d) {
        const DaySummary& day = timeline.at(static_cast<int>(d - timeline.firstDay()));
        if (isCheck) {
            hasValue = hasValue || isKnown(day.state);
            value += day.state == DayState::Done ? 1.0 : 0.0;
            continue;
        }
        hasValue = hasValue || day.state == DayState::Entered;
        if (day.valueCount == 0)
            continue;
        ++valueDays;
        if (last)
            value = *day.last;
        else
            value += day.total;
    }
}

PeriodValue PeriodSum::result(const GoalRule& rule) const {
    PeriodValue out{value, hasValue};
    if (rule.kind != GoalKind::Check && rule.aggregation == Aggregation::Average && valueDays > 0)
        out.value /= valueDays;
    return out;
}

PeriodValue aggregateDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to) {
    PeriodSum sum;
    sum.add(rule, timeline, from, to);
    return sum.result(rule);
}

PeriodValue aggregatePeriod(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& range, QDate upTo) {
    const QDate from = std::max(range.first, timeline.first());
    const QDate to = std::min({range.last, upTo, timeline.last()});
    if (!from.isValid() || !to.isValid())
        return {};
    return aggregateDays(rule, timeline, from.toJulianDay(), to.toJulianDay());
}

bool meetsTarget(const GoalRule& rule, const PeriodValue& value) {
    if (rule.direction == Direction::AtMost)
        return value.hasValue && value.value <= rule.target;
    const bool needsData = rule.kind == GoalKind::Amount && rule.aggregation != Aggregation::Sum;
    return (value.hasValue || !needsData) && value.value >= rule.target;
}

UnitOutcome unitOutcomeOfDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 first, qint64 last,
                              qint64 today) {
    if (first == last)
        return dayOutcome(rule, timeline, first, today);
    if (allSkipped(timeline, first, last))
        return UnitOutcome::Skipped;
    if (meetsTarget(rule, aggregateClipped(rule, timeline, first, last, today)))
        return UnitOutcome::Success;
    return first <= today && today <= last ? UnitOutcome::Open : UnitOutcome::Failed;
}

UnitOutcome unitOutcome(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& unit, QDate today) {
    // Invalid ends as the date-based loops always read them: an invalid first day is no skipped
    // day and contains nothing; an invalid last day ends the unit before it starts.
    if (!unit.first.isValid())
        return meetsTarget(rule, aggregatePeriod(rule, timeline, unit, today)) ? UnitOutcome::Success
                                                                               : UnitOutcome::Failed;
    if (!unit.last.isValid())
        return UnitOutcome::Skipped;
    // An invalid today is the smallest Julian day: it equals no day and clips every aggregate.
    return unitOutcomeOfDays(rule, timeline, unit.first.toJulianDay(), unit.last.toJulianDay(), today.toJulianDay());
}

} // namespace selftrack::core
