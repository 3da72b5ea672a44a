// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DailyTimeline.h"
#include "core/progress/GoalRule.h"

#include <QDate>

#include <vector>

namespace selftrack::core {

struct DayScore {
    QDate date;
    double score = 0.0;
};

// Loop Habit Tracker's decay multiplier for frequency f (times per day): 0.5^(sqrt(f)/13).
double scoreMultiplier(double frequency);

// One step of Loop's score: previous * m + checked * (1 - m), with checked in [0, 1].
double nextScore(double frequency, double previous, double checked);

// The habit strength for every day of `timeline` (first() .. last()), oldest first, following
// Loop Habit Tracker: the checked fraction c of a day looks at a rolling window of the last
// `denominator` calendar days of scoreFrequency(rule), skipped days included (they hold nothing;
// days before the timeline count as empty);
// - check goals: c = min(1, done days / numerator), numerator and denominator doubled when the
//   frequency is below daily; auto and failed days add nothing;
// - amount goals with Sum: window sum s of the daily totals (negatives as 0), at_least
//   c = min(1, s / target), at_most c = clamp(1 - (s - target) / target, 0, 1) (target 0: c = 1 for
//   at_least, s > 0 ? 0 : 1 for at_most); Average / Last use the window's average of daily totals /
//   last value instead of s (c = 0 with no value in the window; a SelfTrack extension); a Whole
//   Sum goal with a deadline spreads its target evenly over start .. deadline (SelfTrack extension);
// - a skipped day keeps the previous score; the score starts at 0 (at_most amounts: 1);
// - empty when the timeline's today lies before the goal's first day (Loop scores such days 0).
std::vector<DayScore> scoreSeries(const GoalRule& rule, const DailyTimeline& timeline);

// The last score of scoreSeries() (today's), without building the series; 0 when it is empty.
double currentScore(const GoalRule& rule, const DailyTimeline& timeline);

// Loop's score walk as it stands at the end of one day, so it can go on later from there with the
// same arithmetic (the rolling sums are carried, not recomputed, so the result is bit for bit the
// score of a walk over the whole timeline). Julian days throughout.
struct ScoreState {
    bool started = false; // false: the walk has no day (the timeline's today is before its first day)
    qint64 first = 0;     // the walk's first day (days before it read as empty)
    qint64 day = 0;       // the last day walked
    double score = 0.0;
    double rollingSum = 0.0;
    // Average / Last goals: the value window's left-to-right sum and days with values, whether it
    // must be summed again before the next read, and the last day with values (first - 1: none).
    double levelSum = 0.0;
    int levelDays = 0;
    bool levelStale = false;
    qint64 lastValueDay = 0;
};

// The walk over the whole timeline (first() .. last()); its score is currentScore().
ScoreState scoreState(const GoalRule& rule, const DailyTimeline& timeline);
// Continues `state` over the days after state.day up to timeline.last(). The timeline must hold
// the same days as the full one from scoreWindowDays(rule) days before state.day + 1 onwards.
ScoreState continueScore(const GoalRule& rule, const DailyTimeline& timeline, ScoreState state);
// The rolling window, in days, the score looks back over.
int scoreWindowDays(const GoalRule& rule);

} // namespace selftrack::core
