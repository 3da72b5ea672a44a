// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/HabitScore.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace selftrack::core {

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

// The average of the daily totals, or the last value, of the days with values in a window that
// slides one day at a time. The sum is always the left-to-right sum of the window's totals (the
// same additions in the same order as summing the window afresh): a day entering adds at the
// end; a day with values leaving makes the next read sum the window again. Its state lives in a
// ScoreState, so a walk can stop and go on later.
class WindowValue {
public:
    WindowValue(const GoalRule& rule, const DailyTimeline& timeline, int window, ScoreState& state)
        : m_last(rule.aggregation == Aggregation::Last), m_timeline(timeline), m_window(window), m_state(state) {}

    // Moves the window to end on `end` (called for every day in order).
    void advance(qint64 end) {
        const DaySummary& entering = m_timeline.onDay(end);
        if (entering.valueCount > 0)
            m_state.lastValueDay = end;
        const qint64 leaving = end - m_window;
        if (leaving >= m_state.first && m_timeline.onDay(leaving).valueCount > 0) {
            m_state.levelStale = true;
        } else if (!m_state.levelStale && entering.valueCount > 0) {
            m_state.levelSum += entering.total;
            ++m_state.levelDays;
        }
    }

    std::optional<double> value() {
        const qint64 begin = std::max(m_state.first, m_state.day - m_window + 1);
        if (m_last)
            return m_state.lastValueDay >= begin ? m_timeline.onDay(m_state.lastValueDay).last : std::nullopt;
        if (m_state.levelStale)
            resum(begin);
        if (m_state.levelDays == 0)
            return std::nullopt;
        return m_state.levelSum / m_state.levelDays;
    }

private:
    void resum(qint64 begin) {
        m_state.levelSum = 0.0;
        m_state.levelDays = 0;
        for (qint64 d = begin; d <= m_state.day; ++d) {
            const DaySummary& day = m_timeline.onDay(d);
            if (day.valueCount == 0)
                continue;
            m_state.levelSum += day.total;
            ++m_state.levelDays;
        }
        m_state.levelStale = false;
    }

    bool m_last;
    const DailyTimeline& m_timeline;
    int m_window;
    ScoreState& m_state;
};

// Loop's score, one day at a time, on the days of `timeline` (see scoreSeries()).
class ScoreWalk {
public:
    ScoreWalk(const GoalRule& rule, const DailyTimeline& timeline, ScoreState& state)
        : m_rule(rule), m_timeline(timeline), m_state(state), m_isCheck(rule.kind == GoalKind::Check),
          m_sum(rule.aggregation == Aggregation::Sum), m_window(scoreWindowDays(rule)),
          m_level(rule, timeline, m_window, state) {
        const Frequency frequency = scoreFrequency(rule);
        const double ratio = frequency.ratio();
        m_multiplier = scoreMultiplier(ratio);
        m_numerator = frequency.numerator * (m_isCheck && ratio < 1.0 ? 2 : 1);
        m_target = windowTarget(rule, m_window);
    }

    // Walks `day`, the day after the last one walked.
    void step(qint64 day) {
        m_state.day = day;
        // The window is the last `window` calendar days, skipped ones included (as in Loop).
        m_state.rollingSum += contribution(day);
        if (day - m_window >= m_state.first)
            m_state.rollingSum -= contribution(day - m_window);
        if (!m_isCheck && !m_sum)
            m_level.advance(day);
        if (m_timeline.onDay(day).state == DayState::Skipped)
            return;
        double checked = 0.0;
        if (m_isCheck) {
            checked = std::min(1.0, m_state.rollingSum / m_numerator);
        } else if (m_sum) {
            checked = checkedAmount(m_rule, m_target, m_state.rollingSum);
        } else {
            const std::optional<double> value = m_level.value();
            checked = value ? checkedAmount(m_rule, m_rule.target, *value) : 0.0;
        }
        m_state.score = m_state.score * m_multiplier + checked * (1.0 - m_multiplier);
    }

private:
    // What one day adds to the rolling sum; a skipped day holds no done mark and no value.
    double contribution(qint64 day) const {
        const DaySummary& summary = m_timeline.onDay(day);
        if (m_isCheck)
            return summary.state == DayState::Done ? 1.0 : 0.0;
        return std::max(0.0, summary.total);
    }

    const GoalRule& m_rule;
    const DailyTimeline& m_timeline;
    ScoreState& m_state;
    bool m_isCheck;
    bool m_sum;
    int m_window;
    WindowValue m_level;
    double m_multiplier = 0.0;
    int m_numerator = 1;
    double m_target = 0.0;
};

ScoreState initialState(const GoalRule& rule, const DailyTimeline& timeline) {
    ScoreState state;
    if (timeline.beforeFirstDay())
        return state;
    state.started = true;
    state.first = timeline.firstDay();
    state.day = state.first - 1;
    state.lastValueDay = state.first - 1;
    state.score = (rule.kind != GoalKind::Check && rule.direction == Direction::AtMost) ? 1.0 : 0.0;
    return state;
}

// Runs Loop's score over every day of the timeline, oldest first, calling visit(day, score).
template <typename Visit>
ScoreState walkScores(const GoalRule& rule, const DailyTimeline& timeline, ScoreState state, Visit&& visit) {
    if (!state.started)
        return state;
    ScoreWalk walk(rule, timeline, state);
    for (qint64 day = state.day + 1; day <= timeline.lastDay(); ++day) {
        walk.step(day);
        visit(day, state.score);
    }
    return state;
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
    series.reserve(static_cast<std::size_t>(timeline.size()));
    walkScores(rule, timeline, initialState(rule, timeline), [&](qint64 day, double score) {
        series.push_back(DayScore{QDate::fromJulianDay(day), score});
    });
    return series;
}

double currentScore(const GoalRule& rule, const DailyTimeline& timeline) {
    const ScoreState state = scoreState(rule, timeline);
    return state.started ? state.score : 0.0;
}

ScoreState scoreState(const GoalRule& rule, const DailyTimeline& timeline) {
    return walkScores(rule, timeline, initialState(rule, timeline), [](qint64, double) {});
}

ScoreState continueScore(const GoalRule& rule, const DailyTimeline& timeline, ScoreState state) {
    return walkScores(rule, timeline, state, [](qint64, double) {});
}

int scoreWindowDays(const GoalRule& rule) {
    const Frequency frequency = scoreFrequency(rule);
    const bool doubled = rule.kind == GoalKind::Check && frequency.ratio() < 1.0;
    return frequency.denominator * (doubled ? 2 : 1);
}

} // namespace selftrack::core
