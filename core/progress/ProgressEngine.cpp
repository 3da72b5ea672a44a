// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/ProgressEngine.h"

#include "core/progress/DailyTimeline.h"
#include "core/progress/Forecast.h"
#include "core/progress/HabitScore.h"
#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"
#include "core/progress/UnitFigures.h"

#include <algorithm>
#include <cmath>

namespace selftrack::core {

namespace {

// Share of the period's days before today (a steady pace would have reached this share).
double elapsedShare(const DateRange& period, QDate today, bool includeToday) {
    if (period.days() <= 0)
        return 1.0;
    if (today > period.last)
        return 1.0;
    const qint64 elapsed = period.first.daysTo(today) + (includeToday ? 1 : 0);
    return std::clamp(static_cast<double>(elapsed) / period.days(), 0.0, 1.0);
}

bool forecastSaysOnTrack(const GoalProgress& progress) {
    if (!progress.forecast)
        return false;
    return progress.forecastOnTime.value_or(true);
}

ProgressStatus classify(const GoalRule& rule, const PeriodValue& value, GoalProgress& progress) {
    const QDate today = progress.today;
    if (today < rule.start)
        return ProgressStatus::NotStarted;
    const bool met = meetsTarget(rule, value);
    const bool cumulative = rule.kind == GoalKind::Check || rule.aggregation == Aggregation::Sum;
    const bool openEnded = rule.period == PeriodKind::Whole && !rule.deadline;
    const bool ended = today > progress.period.last;
    if (rule.direction == Direction::AtLeast) {
        if (met)
            return ProgressStatus::Done;
        if (ended)
            return ProgressStatus::Behind;
        if (!cumulative || openEnded) {
            if (hasForecast(rule))
                return forecastSaysOnTrack(progress) ? ProgressStatus::OnTrack : ProgressStatus::Behind;
            return ProgressStatus::Behind;
        }
        progress.expectedFraction = elapsedShare(progress.period, today, false);
        return progress.fraction + 1e-9 >= progress.expectedFraction ? ProgressStatus::OnTrack : ProgressStatus::Behind;
    }
    if (!cumulative) {
        if (met)
            return ProgressStatus::Done;
        if (hasForecast(rule) && !ended)
            return forecastSaysOnTrack(progress) ? ProgressStatus::OnTrack : ProgressStatus::Behind;
        return ProgressStatus::Behind;
    }
    if (value.value > rule.target)
        return ProgressStatus::Behind;
    if (ended)
        return ProgressStatus::Done;
    if (openEnded)
        return ProgressStatus::OnTrack;
    progress.expectedFraction = elapsedShare(progress.period, today, true);
    return progress.fraction <= progress.expectedFraction + 1e-9 ? ProgressStatus::OnTrack : ProgressStatus::Behind;
}

// Daily goals look at today's own outcome: an explicit failure (or an exceeded limit) is behind
// even though the day is not over, and a day covered by a "x times per y days" frequency is done.
ProgressStatus adjustForToday(const GoalRule& rule, const DailyTimeline& timeline, const GoalProgress& progress) {
    if (rule.period != PeriodKind::Day || progress.status == ProgressStatus::NotStarted)
        return progress.status;
    switch (unitOutcome(rule, timeline, progress.period, progress.today)) {
    case UnitOutcome::Failed:
        return ProgressStatus::Behind;
    case UnitOutcome::Success:
        return rule.direction == Direction::AtLeast ? ProgressStatus::Done : progress.status;
    case UnitOutcome::Skipped:
    case UnitOutcome::Open:
        break;
    }
    return progress.status;
}

} // namespace

Status validateRule(const GoalRule& rule) {
    if (!rule.start.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The goal has no valid start date."));
    if (!std::isfinite(rule.target) || rule.target < 0.0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The goal's target must be a number of at least 0."));
    const Frequency& f = rule.frequency;
    if (!f.usesWeekdays() && (f.numerator < 1 || f.denominator < 1 || f.numerator > f.denominator))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The frequency must be between once and every day of its interval."));
    if (f.weekdayMask > 0x7Fu)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The weekday set holds an unknown day."));
    if (rule.deadline && (!rule.deadline->isValid() || *rule.deadline < rule.start))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The deadline must be a valid date on or after the start."));
    return {};
}

Result<GoalProgress> computeProgress(const GoalRule& rule, std::span<const DayEntry> entries,
                                     const ProgressContext& context) {
    if (auto valid = validateRule(rule); !valid)
        return std::unexpected(valid.error());
    const QDate today = context.today();
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The current time is not valid."));
    const DailyTimeline timeline = DailyTimeline::build(rule, entries, today);
    return progressOnTimeline(rule, timeline, context, nullptr, nullptr);
}

GoalProgress progressOnTimeline(const GoalRule& rule, const DailyTimeline& timeline, const ProgressContext& context,
                                const ResumeState* prior, ScoreState* scoreOut) {
    GoalProgress progress;
    progress.today = timeline.last();
    const QDate today = progress.today;

    progress.period = currentPeriod(rule, today, context.weekStart);
    PeriodValue value;
    if (prior && rule.period == PeriodKind::Whole) {
        // The days before the boundary are summed in `prior`; the same additions go on from there.
        PeriodSum sum = prior->whole;
        const qint64 from = std::max(rule.start.toJulianDay(), prior->firstDay);
        sum.add(rule, timeline, std::max(prior->boundary, from),
                std::min(progress.period.last.toJulianDay(), timeline.lastDay()));
        value = sum.result(rule);
    } else {
        value = aggregatePeriod(rule, timeline, progress.period, today);
    }
    progress.periodValue = value.value;
    progress.hasValue = value.hasValue;
    progress.fraction = rule.target > 0.0 ? value.value / rule.target : 0.0;

    const ForecastResult forecast = prior ? forecastTarget(rule, timeline, today, prior->cumulative, prior->boundary)
                                          : forecastTarget(rule, timeline, today);
    progress.forecast = forecast.date;
    progress.slopePerDay = forecast.slopePerDay;
    if (forecast.date && rule.deadline)
        progress.forecastOnTime = *forecast.date <= *rule.deadline;
    progress.status = classify(rule, value, progress);
    progress.status = adjustForToday(rule, timeline, progress);

    progress.streakUnit = streakUnit(rule);
    const UnitFigures units =
        prior ? resumeUnitFigures(rule, timeline, today, context.weekStart, prior->boundary, prior->streaks)
              : computeUnitFigures(rule, timeline, today, context.weekStart);
    progress.currentStreak = units.streaks.current;
    progress.bestStreak = units.streaks.best;
    progress.completion30 = units.completion30;
    progress.completion90 = units.completion90;
    progress.completion365 = units.completion365;
    const ScoreState score = prior ? continueScore(rule, timeline, prior->score) : scoreState(rule, timeline);
    progress.score = score.started ? score.score : 0.0;
    if (scoreOut)
        *scoreOut = score;
    return progress;
}

} // namespace selftrack::core
