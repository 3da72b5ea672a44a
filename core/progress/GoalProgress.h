// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DateRange.h"
#include "core/progress/GoalRule.h"

#include <QDate>

#include <optional>

namespace selftrack::core {

enum class ProgressStatus { NotStarted, OnTrack, Behind, Done };

// All figures for one goal on one day ("today" of the ProgressContext).
struct GoalProgress {
    QDate today;
    // The period containing today (Whole: start .. deadline, or start .. today without deadline).
    DateRange period;
    // Aggregated value of `period` up to today: done days for check goals, else sum / average of
    // the daily totals / last value. hasValue is false when no entry falls into the period.
    double periodValue = 0.0;
    bool hasValue = false;
    // periodValue / target (not clamped; 0 when target is 0). For at_most: share of the limit used.
    double fraction = 0.0;
    // Share of the target that a steady pace would have reached by now (sum aggregation only).
    double expectedFraction = 0.0;
    // Done: target met (at_most: the period ended within the limit; daily check goals also on days
    // their frequency covers). OnTrack / Behind: compared with a steady pace through the period
    // (sum), or with the forecast against the deadline (whole and average / last goals); a daily
    // goal explicitly failed today is Behind. NotStarted: today is before the start.
    ProgressStatus status = ProgressStatus::NotStarted;

    // Streaks count consecutive successful units of `streakUnit` (Day for daily and whole goals,
    // else the goal's period). A check goal's day succeeds when done or covered by its frequency
    // (Loop's automatic days); an amount goal's unit when its aggregate meets the target; a Whole
    // goal's day when it was worked on. Skipped units neither extend nor break a streak; an open unit
    // (today, the current period) not yet successful does not break it either.
    PeriodKind streakUnit = PeriodKind::Day;
    int currentStreak = 0;
    int bestStreak = 0;

    // Successful units / counted units over the last 30, 90, 365 days (nullopt when none counts).
    std::optional<double> completion30;
    std::optional<double> completion90;
    std::optional<double> completion365;

    // Loop Habit Tracker compatible habit strength in [0, 1] for today.
    double score = 0.0;

    // "At this pace the target is reached on ...": whole-period and deadline goals only; nullopt
    // when there is too little data or the trend goes the wrong way. forecastOnTime tells whether
    // that date is on or before the deadline (nullopt without deadline or forecast).
    std::optional<QDate> forecast;
    std::optional<double> slopePerDay;
    std::optional<bool> forecastOnTime;
};

} // namespace selftrack::core
