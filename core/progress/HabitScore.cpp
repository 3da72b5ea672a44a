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
// end; a day with values leaving makes the next read sum the window again.
class WindowValue {
public:
    WindowValue(const GoalRule& rule, const DailyTimeline& timeline, int window)
        : m_last(rule.aggregation == Aggregation::Last), m_timeline(timeline), m_window(window) {}

    // Moves the window to end on offset `end` (called for every offset in order).
    void advance(int end) {
        const DaySummary& entering = m_timeline.at(end);
        if (entering.valueCount > 0)
            m_lastOffset = end;
        const int leaving = end - m_window;
        if (leaving >= 0 && m_timeline.at(leaving).valueCount > 0) {
            m_stale = true;
        } else if (!m_stale && entering.valueCount > 0) {
            m_sum += entering.total;
            ++m_days;
        }
        m_end = end;
    }

    std::optional<double> value() {
        const int begin = std::max(0, m_end - m_window + 1);
        if (m_last)
            return m_lastOffset >= begin ? m_timeline.at(m_lastOffset).last : std::nullopt;
        if (m_stale)
            resum(begin);
        if (m_days == 0)
            return std::nullopt;
        return m_sum / m_days;
    }

private:
    void resum(int begin) {
        m_sum = 0.0;
        m_days = 0;
        for (int i = begin; i <= m_end; ++i) {
            const DaySummary& day = m_timeline.at(i);
            if (day.valueCount == 0)
                continue;
            m_sum += day.total;
            ++m_days;
        }
        m_stale = false;
    }

    bool m_last;
    const DailyTimeline& m_timeline;
    int m_window;
    int m_end = -1;
    int m_lastOffset = -1;
    bool m_stale = false;
    double m_sum = 0.0;
    int m_days = 0;
};

// Runs Loop's score over every day of the timeline, oldest first, calling visit(offset, score).
template <typename Visit> void walkScores(const GoalRule& rule, const DailyTimeline& timeline, Visit&& visit) {
    if (timeline.beforeFirstDay())
        return;
    const Frequency frequency = scoreFrequency(rule);
    const double ratio = frequency.ratio();
    const double multiplier = scoreMultiplier(ratio);
    const bool isCheck = rule.kind == GoalKind::Check;
    const bool sum = rule.aggregation == Aggregation::Sum;
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

    WindowValue level(rule, timeline, window);
    double score = (!isCheck && rule.direction == Direction::AtMost) ? 1.0 : 0.0;
    double rollingSum = 0.0;
    for (int i = 0; i < timeline.size(); ++i) {
        // The window is the last `window` calendar days, skipped ones included (as in Loop).
        rollingSum += contribution(i);
        if (i >= window)
            rollingSum -= contribution(i - window);
        if (!isCheck && !sum)
            level.advance(i);
        if (timeline.at(i).state != DayState::Skipped) {
            double checked = 0.0;
            if (isCheck) {
                checked = std::min(1.0, rollingSum / numerator);
            } else if (sum) {
                checked = checkedAmount(rule, target, rollingSum);
            } else {
                const std::optional<double> value = level.value();
                checked = value ? checkedAmount(rule, rule.target, *value) : 0.0;
            }
            score = score * multiplier + checked * (1.0 - multiplier);
        }
        visit(i, score);
    }
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
    walkScores(rule, timeline, [&](int offset, double score) {
        series.push_back(DayScore{QDate::fromJulianDay(timeline.firstDay() + offset), score});
    });
    return series;
}

double currentScore(const GoalRule& rule, const DailyTimeline& timeline) {
    double current = 0.0;
    walkScores(rule, timeline, [&](int, double score) { current = score; });
    return current;
}

} // namespace selftrack::core
