// SPDX-License-Identifier: GPL-3.0-or-later
// The progress engine as it was before the flat-timeline optimisation, kept verbatim (renamed into
// its own namespace) as the oracle the property test compares the production engine with.
// Test code only: never link it into the application.
#include "ReferenceEngine.h"

#include "core/progress/AutoCompletion.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <ranges>
#include <vector>

namespace selftrack::core::reference {

// ---- DailyTimeline (pre-optimisation) ----

namespace {

struct Collected {
    bool done = false;
    bool skipped = false;
    bool failed = false;
    DaySummary summary;
};

bool beforeStart(const GoalRule& rule, QDate date) {
    return rule.start.isValid() && date < rule.start;
}

std::map<QDate, Collected> collect(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    std::map<QDate, Collected> days;
    for (const DayEntry& entry : entries) {
        if (!entry.date.isValid() || entry.date > today || beforeStart(rule, entry.date))
            continue;
        Collected& day = days[entry.date];
        day.done = day.done || entry.status == EntryStatus::Done;
        day.skipped = day.skipped || entry.status == EntryStatus::Skipped;
        day.failed = day.failed || entry.status == EntryStatus::Failed;
        if (entry.value && entry.status != EntryStatus::Skipped) {
            day.summary.total += *entry.value;
            day.summary.valueCount += 1;
            day.summary.last = *entry.value;
        }
    }
    return days;
}

bool isDueOn(unsigned weekdayMask, QDate date) {
    return weekdayMask == 0 || (weekdayMask & (1u << (date.dayOfWeek() - 1))) != 0;
}

DayState checkState(const Collected* day, bool inInterval, bool due) {
    if (day && day->done)
        return DayState::Done;
    if (day && day->skipped)
        return DayState::Skipped;
    if (inInterval)
        return DayState::Auto;
    if (day && day->failed)
        return DayState::Failed;
    return due ? DayState::Unknown : DayState::Skipped;
}

DayState amountState(const Collected* day, bool due) {
    if (day && day->skipped && day->summary.valueCount == 0)
        return DayState::Skipped;
    if (day)
        return DayState::Entered;
    return due ? DayState::Unknown : DayState::Skipped;
}

std::vector<DateRange> intervalsFor(const GoalRule& rule, const std::map<QDate, Collected>& days) {
    if (rule.kind != GoalKind::Check)
        return {};
    std::vector<QDate> doneNewestFirst;
    for (const auto& [day, collected] : std::views::reverse(days)) {
        if (collected.done)
            doneNewestFirst.push_back(day);
    }
    // Sliding older intervals back may reach before the start; those days do not count.
    std::vector<DateRange> intervals = autoCompletionIntervals(rule.frequency, doneNewestFirst);
    for (DateRange& interval : intervals) {
        if (beforeStart(rule, interval.first))
            interval.first = rule.start;
    }
    std::erase_if(intervals, [](const DateRange& interval) { return interval.first > interval.last; });
    return intervals;
}

bool hasEntryAfter(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    return std::any_of(entries.begin(), entries.end(), [&](const DayEntry& entry) {
        return entry.date.isValid() && entry.date > today && !beforeStart(rule, entry.date);
    });
}

} // namespace

DailyTimeline DailyTimeline::build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    DailyTimeline timeline;
    timeline.m_weekdayMask = rule.frequency.weekdayMask & 0x7Fu;
    timeline.m_first = today;
    timeline.m_last = today;
    if (!today.isValid())
        return timeline;
    const std::map<QDate, Collected> days = collect(rule, entries, today);
    const std::vector<DateRange> intervals = intervalsFor(rule, days);
    if (!days.empty())
        timeline.m_first = days.begin()->first;
    for (const DateRange& interval : intervals)
        timeline.m_first = std::min(timeline.m_first, interval.first);
    timeline.m_hasData = !days.empty();
    timeline.m_beforeFirstDay = beforeStart(rule, today) || (days.empty() && hasEntryAfter(rule, entries, today));

    std::vector<bool> covered(static_cast<std::size_t>(timeline.m_first.daysTo(today) + 1), false);
    for (const DateRange& interval : intervals) {
        for (QDate d = interval.first; d <= interval.last && d <= today; d = d.addDays(1))
            covered[static_cast<std::size_t>(timeline.m_first.daysTo(d))] = true;
    }
    timeline.m_days.resize(covered.size());
    for (std::size_t i = 0; i < covered.size(); ++i) {
        const QDate date = timeline.m_first.addDays(static_cast<qint64>(i));
        const auto found = days.find(date);
        const Collected* day = found == days.end() ? nullptr : &found->second;
        const bool due = isDueOn(timeline.m_weekdayMask, date);
        DaySummary& summary = timeline.m_days[i];
        if (day)
            summary = day->summary;
        summary.state = rule.kind == GoalKind::Check ? checkState(day, covered[i], due) : amountState(day, due);
    }
    return timeline;
}

DaySummary DailyTimeline::day(QDate date) const {
    if (date.isValid() && date >= m_first && date <= m_last)
        return m_days[static_cast<std::size_t>(m_first.daysTo(date))];
    DaySummary unknown;
    if (date.isValid() && !isDueOn(m_weekdayMask, date))
        unknown.state = DayState::Skipped;
    return unknown;
}

// ---- Periods (pre-optimisation) ----

DateRange periodContaining(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart) {
    if (!date.isValid())
        return {};
    switch (kind) {
    case PeriodKind::Week: {
        const int offset = (date.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
        const QDate first = date.addDays(-offset);
        return DateRange{first, first.addDays(6)};
    }
    case PeriodKind::Month:
        return DateRange{QDate(date.year(), date.month(), 1), QDate(date.year(), date.month(), date.daysInMonth())};
    case PeriodKind::Year:
        return DateRange{QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
    case PeriodKind::Day:
    case PeriodKind::Whole:
        break;
    }
    return DateRange{date, date};
}

DateRange previousPeriod(PeriodKind kind, const DateRange& period, Qt::DayOfWeek weekStart) {
    return periodContaining(kind, period.first.addDays(-1), weekStart);
}

DateRange wholePeriod(const GoalRule& rule, QDate today) {
    return DateRange{rule.start, rule.deadline.value_or(today)};
}

DateRange currentPeriod(const GoalRule& rule, QDate today, Qt::DayOfWeek weekStart) {
    if (rule.period == PeriodKind::Whole)
        return wholePeriod(rule, today);
    return periodContaining(rule.period, today, weekStart);
}

PeriodKind streakUnit(const GoalRule& rule) {
    return rule.period == PeriodKind::Whole ? PeriodKind::Day : rule.period;
}

// ---- PeriodAggregate (pre-optimisation) ----

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

// ---- Streaks (pre-optimisation) ----

StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                             Qt::DayOfWeek weekStart) {
    StreakSummary summary;
    if (!timeline.hasData() || !today.isValid())
        return summary;
    const PeriodKind unit = streakUnit(rule);
    std::vector<UnitOutcome> newestFirst;
    for (DateRange range = periodContaining(unit, today, weekStart); range.last >= timeline.first();
         range = previousPeriod(unit, range, weekStart))
        newestFirst.push_back(unitOutcome(rule, timeline, range, today));

    // As in Loop, a skipped unit counts in the length of the streak it belongs to (before, inside
    // or after its successes); a run of skipped units alone is no streak.
    int run = 0;
    bool succeeded = false;
    for (const UnitOutcome outcome : std::views::reverse(newestFirst)) {
        if (outcome == UnitOutcome::Failed) {
            run = 0;
            succeeded = false;
            continue;
        }
        if (outcome == UnitOutcome::Open)
            continue;
        ++run;
        succeeded = succeeded || outcome == UnitOutcome::Success;
        if (succeeded)
            summary.best = std::max(summary.best, run);
    }
    run = 0;
    succeeded = false;
    for (const UnitOutcome outcome : newestFirst) {
        if (outcome == UnitOutcome::Failed)
            break;
        if (outcome == UnitOutcome::Open)
            continue;
        ++run;
        succeeded = succeeded || outcome == UnitOutcome::Success;
    }
    summary.current = succeeded ? run : 0;
    return summary;
}

// ---- CompletionRate (pre-optimisation) ----

std::optional<double> completionRate(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                                     Qt::DayOfWeek weekStart, int days) {
    if (!today.isValid() || days <= 0)
        return std::nullopt;
    QDate lowerBound = today.addDays(-(days - 1));
    lowerBound = std::max(lowerBound, rule.start.isValid() ? rule.start : timeline.first());
    const PeriodKind unit = streakUnit(rule);
    int counted = 0;
    int successes = 0;
    for (DateRange range = periodContaining(unit, today, weekStart); range.last >= lowerBound;
         range = previousPeriod(unit, range, weekStart)) {
        const UnitOutcome outcome = unitOutcome(rule, timeline, range, today);
        if (outcome == UnitOutcome::Success) {
            ++successes;
            ++counted;
        } else if (outcome == UnitOutcome::Failed) {
            ++counted;
        }
    }
    if (counted == 0)
        return std::nullopt;
    return static_cast<double>(successes) / counted;
}

// ---- HabitScore (pre-optimisation) ----

namespace {

// The amount one score window should hold. A cumulative goal with a deadline spreads its target
// evenly over its days, so its score says whether the user keeps the needed pace.
double windowTarget(const GoalRule& rule, int window) {
    const bool spread = rule.kind == GoalKind::Amount && rule.period == PeriodKind::Whole &&
                        rule.aggregation == Aggregation::Sum && rule.deadline && rule.start.isValid();
    if (!spread)
        return rule.target;
    const auto days = static_cast<double>(rule.start.daysTo(*rule.deadline) + 1);
    return days > 0 ? rule.target * window / days : rule.target;
}

double checkedAmount(const GoalRule& rule, double target, double amount) {
    if (rule.direction == Direction::AtLeast)
        return target > 0.0 ? std::min(1.0, amount / target) : 1.0;
    if (target > 0.0)
        return std::clamp(1.0 - (amount - target) / target, 0.0, 1.0);
    return amount > 0.0 ? 0.0 : 1.0;
}

// Average of the daily totals, or the last value, over timeline offsets [begin, end].
std::optional<double> windowValue(const GoalRule& rule, const DailyTimeline& timeline, int begin, int end) {
    double sum = 0.0;
    int days = 0;
    std::optional<double> last;
    for (int i = std::max(0, begin); i <= end; ++i) {
        const DaySummary& day = timeline.at(i);
        if (day.valueCount == 0)
            continue;
        sum += day.total;
        ++days;
        last = day.last;
    }
    if (days == 0)
        return std::nullopt;
    return rule.aggregation == Aggregation::Last ? last : std::optional<double>(sum / days);
}

} // namespace

double scoreMultiplier(double frequency) {
    return std::pow(0.5, std::sqrt(frequency) / 13.0);
}

double nextScore(double frequency, double previous, double checked) {
    const double multiplier = scoreMultiplier(frequency);
    return previous * multiplier + checked * (1.0 - multiplier);
}

std::vector<DayScore> scoreSeries(const GoalRule& rule, const DailyTimeline& timeline) {
    std::vector<DayScore> series;
    if (timeline.beforeFirstDay())
        return series;
    const Frequency frequency = scoreFrequency(rule);
    const double ratio = frequency.ratio();
    const bool isCheck = rule.kind == GoalKind::Check;
    int numerator = frequency.numerator;
    int window = frequency.denominator;
    if (isCheck && ratio < 1.0) {
        numerator *= 2;
        window *= 2;
    }
    const double target = windowTarget(rule, window);
    // What one day adds to the rolling sum; a skipped day holds no done mark and no value.
    const auto contribution = [&](int offset) {
        const DaySummary& day = timeline.at(offset);
        if (isCheck)
            return day.state == DayState::Done ? 1.0 : 0.0;
        return std::max(0.0, day.total);
    };

    series.reserve(static_cast<std::size_t>(timeline.size()));
    double score = (!isCheck && rule.direction == Direction::AtMost) ? 1.0 : 0.0;
    double rollingSum = 0.0;
    for (int i = 0; i < timeline.size(); ++i) {
        // The window is the last `window` calendar days, skipped ones included (as in Loop).
        rollingSum += contribution(i);
        if (i >= window)
            rollingSum -= contribution(i - window);
        if (timeline.at(i).state != DayState::Skipped) {
            double checked = 0.0;
            if (isCheck) {
                checked = std::min(1.0, rollingSum / numerator);
            } else if (rule.aggregation == Aggregation::Sum) {
                checked = checkedAmount(rule, target, rollingSum);
            } else {
                const std::optional<double> value = windowValue(rule, timeline, i - window + 1, i);
                checked = value ? checkedAmount(rule, rule.target, *value) : 0.0;
            }
            score = nextScore(ratio, score, checked);
        }
        series.push_back(DayScore{timeline.first().addDays(i), score});
    }
    return series;
}

// ---- Forecast (pre-optimisation) ----

namespace {

struct Series {
    std::vector<FitPoint> points;
    double current = 0.0;
    std::optional<QDate> reachedOn;
};

bool isCumulative(const GoalRule& rule) {
    return rule.kind == GoalKind::Check || rule.aggregation == Aggregation::Sum;
}

double dayValue(const GoalRule& rule, const DaySummary& day) {
    if (rule.kind == GoalKind::Check)
        return day.state == DayState::Done ? 1.0 : 0.0;
    return day.total;
}

Series cumulativeSeries(const GoalRule& rule, const DailyTimeline& timeline, QDate today) {
    Series series;
    const QDate windowStart = today.addDays(-(kForecastWindowDays - 1));
    const QDate from = rule.start.isValid() ? rule.start : timeline.first();
    for (QDate d = from; d <= today; d = d.addDays(1)) {
        series.current += dayValue(rule, timeline.day(d));
        if (!series.reachedOn && series.current >= rule.target)
            series.reachedOn = d;
        if (d >= windowStart)
            series.points.push_back(FitPoint{static_cast<double>(windowStart.daysTo(d)), series.current});
    }
    return series;
}

Series levelSeries(const GoalRule& rule, const DailyTimeline& timeline, QDate today) {
    Series series;
    const QDate windowStart = today.addDays(-(kForecastWindowDays - 1));
    for (QDate d = windowStart; d <= today; d = d.addDays(1)) {
        const DaySummary day = timeline.day(d);
        if (day.valueCount == 0)
            continue;
        const double value = rule.aggregation == Aggregation::Last ? *day.last : day.total / day.valueCount;
        series.points.push_back(FitPoint{static_cast<double>(windowStart.daysTo(d)), value});
        series.current = value;
    }
    const bool reached =
        !series.points.empty() &&
        (rule.direction == Direction::AtLeast ? series.current >= rule.target : series.current <= rule.target);
    if (reached)
        series.reachedOn = today;
    return series;
}

} // namespace

std::optional<double> fitSlope(std::span<const FitPoint> points) {
    if (points.size() < 2)
        return std::nullopt;
    double meanX = 0.0;
    double meanY = 0.0;
    for (const FitPoint& p : points) {
        meanX += p.x;
        meanY += p.y;
    }
    meanX /= static_cast<double>(points.size());
    meanY /= static_cast<double>(points.size());
    double sxx = 0.0;
    double sxy = 0.0;
    for (const FitPoint& p : points) {
        sxx += (p.x - meanX) * (p.x - meanX);
        sxy += (p.x - meanX) * (p.y - meanY);
    }
    if (sxx <= 0.0)
        return std::nullopt;
    return sxy / sxx;
}

bool hasForecast(const GoalRule& rule) {
    return rule.period == PeriodKind::Whole || (!isCumulative(rule) && rule.deadline.has_value());
}

ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today) {
    ForecastResult result;
    if (!today.isValid() || !hasForecast(rule))
        return result;
    const bool cumulative = isCumulative(rule);
    if (cumulative && rule.direction == Direction::AtMost)
        return result;
    const Series series = cumulative ? cumulativeSeries(rule, timeline, today) : levelSeries(rule, timeline, today);
    result.slopePerDay = fitSlope(series.points);
    if (series.reachedOn) {
        result.date = series.reachedOn;
        return result;
    }
    if (!result.slopePerDay)
        return result;
    const double slope = *result.slopePerDay;
    const bool rightWay = rule.direction == Direction::AtLeast ? slope > 1e-12 : slope < -1e-12;
    if (!rightWay)
        return result;
    const double daysNeeded = std::ceil((rule.target - series.current) / slope - 1e-9);
    if (!std::isfinite(daysNeeded) || daysNeeded > 365.0 * 1000)
        return result;
    result.date = today.addDays(static_cast<qint64>(std::max(0.0, daysNeeded)));
    return result;
}

// ---- ProgressEngine (pre-optimisation) ----

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
    GoalProgress progress;
    progress.today = context.today();
    if (!progress.today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The current time is not valid."));
    const QDate today = progress.today;
    const DailyTimeline timeline = DailyTimeline::build(rule, entries, today);

    progress.period = currentPeriod(rule, today, context.weekStart);
    const PeriodValue value = aggregatePeriod(rule, timeline, progress.period, today);
    progress.periodValue = value.value;
    progress.hasValue = value.hasValue;
    progress.fraction = rule.target > 0.0 ? value.value / rule.target : 0.0;

    const ForecastResult forecast = forecastTarget(rule, timeline, today);
    progress.forecast = forecast.date;
    progress.slopePerDay = forecast.slopePerDay;
    if (forecast.date && rule.deadline)
        progress.forecastOnTime = *forecast.date <= *rule.deadline;
    progress.status = classify(rule, value, progress);
    progress.status = adjustForToday(rule, timeline, progress);

    progress.streakUnit = streakUnit(rule);
    const StreakSummary streaks = computeStreaks(rule, timeline, today, context.weekStart);
    progress.currentStreak = streaks.current;
    progress.bestStreak = streaks.best;
    progress.completion30 = completionRate(rule, timeline, today, context.weekStart, 30);
    progress.completion90 = completionRate(rule, timeline, today, context.weekStart, 90);
    progress.completion365 = completionRate(rule, timeline, today, context.weekStart, 365);

    const std::vector<DayScore> scores = scoreSeries(rule, timeline);
    progress.score = scores.empty() ? 0.0 : scores.back().score;
    return progress;
}

// ---- ProgressHistory (pre-optimisation) ----

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

} // namespace selftrack::core::reference
