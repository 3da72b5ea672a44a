// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"

#include <QDate>

#include <optional>
#include <span>

namespace selftrack::core {

// Days of recent history the forecast's linear fit looks at.
inline constexpr int kForecastWindowDays = 28;

struct FitPoint {
    double x = 0.0;
    double y = 0.0;
};

// Least-squares slope of y over x; nullopt with fewer than two distinct x.
std::optional<double> fitSlope(std::span<const FitPoint> points);

struct ForecastResult {
    std::optional<QDate> date;
    std::optional<double> slopePerDay;
};

// The running total of a cumulative forecast (Check / Sum goals) over the days from the start up
// to some day, so the series can go on from there (see forecastTarget()).
struct CumulativeState {
    double current = 0.0;
    std::optional<QDate> reachedOn;
};

// Adds the Julian days [from, to] to `state` in order (outside the timeline they count as empty).
void addCumulativeDays(const GoalRule& rule, const DailyTimeline& timeline, qint64 from, qint64 to,
                       CumulativeState& state);

// Whether the rule gets a forecast: Whole goals, and Average / Last goals with a deadline.
bool hasForecast(const GoalRule& rule);

// "At this pace the target is reached on ...". Fits a line to the last kForecastWindowDays days up
// to `today` (Sum: the cumulative total since the start, one point per day; Average / Last: one
// point per day with values) and extends it from today's value to the target. Returns the first
// day the target was reached when it already is (today for Average / Last). Sum with at_most
// has no target to reach and gets no date; neither does a flat or wrong-way trend.
ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today);
// The same with the cumulative series' days before `resumeDay` already in `prior` (a Sum goal's
// running total from its start); the timeline must hold the days from resumeDay to today, and
// resumeDay must lie at least kForecastWindowDays days before today.
ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                              const CumulativeState& prior, qint64 resumeDay);

} // namespace selftrack::core
