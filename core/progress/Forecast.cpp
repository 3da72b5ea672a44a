// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/Forecast.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace selftrack::core {

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

// The cumulative series from `prior` (the days before `from` already added) up to today.
Series cumulativeSeries(const GoalRule& rule, const DailyTimeline& timeline, QDate today, const CumulativeState& prior,
                        qint64 from) {
    Series series;
    series.current = prior.current;
    series.reachedOn = prior.reachedOn;
    const qint64 todayDay = today.toJulianDay();
    const qint64 windowStart = todayDay - (kForecastWindowDays - 1);
    if (from <= todayDay)
        series.points.reserve(static_cast<std::size_t>(std::min<qint64>(kForecastWindowDays, todayDay - from + 1)));
    for (qint64 d = from; d <= todayDay; ++d) {
        series.current += dayValue(rule, timeline.onDay(d));
        if (!series.reachedOn && series.current >= rule.target)
            series.reachedOn = QDate::fromJulianDay(d);
        if (d >= windowStart)
            series.points.push_back(FitPoint{static_cast<double>(d - windowStart), series.current});
    }
    return series;
}

qint64 cumulativeFrom(const GoalRule& rule, const DailyTimeline& timeline) {
    return (rule.start.isValid() ? rule.start : timeline.first()).toJulianDay();
}

Series levelSeries(const GoalRule& rule, const DailyTimeline& timeline, QDate today) {
    Series series;
    const qint64 todayDay = today.toJulianDay();
    const qint64 windowStart = todayDay - (kForecastWindowDays - 1);
    for (qint64 d = windowStart; d <= todayDay; ++d) {
        const DaySummary& day = timeline.onDay(d);
        if (day.valueCount == 0)
            continue;
        const double value = rule.aggregation == Aggregation::Last ? *day.last : day.total / day.valueCount;
        series.points.push_back(FitPoint{static_cast<double>(d - windowStart), value});
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

void addCumulativeDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to,
                       CumulativeState& state) {
    for (qint64 d = from; d <= to; ++d) {
        state.current += dayValue(rule, timeline.onDay(d));
        if (!state.reachedOn && state.current >= rule.target)
            state.reachedOn = QDate::fromJulianDay(d);
    }
}

namespace {
ForecastResult forecastFrom(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                            const CumulativeState& prior, qint64 from) {
    ForecastResult result;
    if (!today.isValid() || !hasForecast(rule))
        return result;
    const bool cumulative = isCumulative(rule);
    if (cumulative && rule.direction == Direction::AtMost)
        return result;
    const Series series =
        cumulative ? cumulativeSeries(rule, timeline, today, prior, from) : levelSeries(rule, timeline, today);
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
} // namespace

ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today) {
    return forecastFrom(rule, timeline, today, CumulativeState{}, cumulativeFrom(rule, timeline));
}

ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                              const CumulativeState& prior, qint64 resumeDay) {
    return forecastFrom(rule, timeline, today, prior, std::max(resumeDay, cumulativeFrom(rule, timeline)));
}

} // namespace selftrack::core
