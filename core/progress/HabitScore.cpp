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

} // namespace selftrack::core
