// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The progress engine as it was before the flat-timeline optimisation: a test-only oracle. The
// production engine must give exactly the same figures (see TestProgressReference.cpp).

#include "core/Error.h"
#include "core/progress/DateRange.h"
#include "core/progress/DayEntry.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/HabitScore.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ProgressHistory.h"

#include <QDate>
#include <Qt>

#include <optional>
#include <span>
#include <vector>

namespace selftrack::core::reference {

// What one calendar day holds after collapsing its entries.
// Done: a check goal was done. Auto: not done but covered by a Loop-style frequency interval.
// Entered: an amount goal has data. Skipped: explicitly skipped, or not a due weekday.
// Failed: a check goal was marked failed. Unknown: nothing recorded.
enum class DayState { Unknown, Done, Auto, Entered, Skipped, Failed };

struct DaySummary {
    DayState state = DayState::Unknown;
    double total = 0.0;         // sum of the day's values (0 when none)
    int valueCount = 0;         // number of entries carrying a value
    std::optional<double> last; // value of the day's last entry with a value
};

// One DaySummary per day from the first known day (the oldest entry or auto interval, as Loop
// starts its score there) up to `today`. Days outside that range read as Unknown (or Skipped when
// the frequency's weekday set excludes them). Entries dated before the goal's start (when valid)
// are ignored and auto days never reach before it, so nothing before the start counts.
// Immutable after build(); cheap to query by date.
class DailyTimeline {
public:
    static DailyTimeline build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    int size() const { return static_cast<int>(m_days.size()); }
    // True when at least one entry (or auto day) exists up to today.
    bool hasData() const { return m_hasData; }
    // True when today lies before the goal's first day: before its start, or before its oldest
    // entry when only entries after today exist. Loop has no figures for such days (its score
    // there is 0), so the score series is empty.
    bool beforeFirstDay() const { return m_beforeFirstDay; }

    const DaySummary& at(int offset) const { return m_days[static_cast<std::size_t>(offset)]; }
    DaySummary day(QDate date) const;

private:
    QDate m_first;
    QDate m_last;
    bool m_hasData = false;
    bool m_beforeFirstDay = false;
    unsigned m_weekdayMask = 0;
    std::vector<DaySummary> m_days;
};

// Calendar periods. Weeks begin on `weekStart` (the user's locale setting); months and years are
// calendar months and years. Day, Week, Month and Year only: Whole is goal-specific, see
// wholePeriod().
DateRange periodContaining(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart);

// The period right before `period` of the same kind.
DateRange previousPeriod(PeriodKind kind, const DateRange& period, Qt::DayOfWeek weekStart);

// The cumulative period of a Whole goal: start .. deadline, or start .. today without deadline.
DateRange wholePeriod(const GoalRule& rule, QDate today);

// The goal's period that contains `today` (Whole: wholePeriod()).
DateRange currentPeriod(const GoalRule& rule, QDate today, Qt::DayOfWeek weekStart);

// The unit streaks and completion rates count in: the goal's period, or Day for Whole goals.
PeriodKind streakUnit(const GoalRule& rule);

// The aggregated value of a range of days. Check goals: number of Done days (auto days excluded).
// Amount goals: Sum of daily totals, Average of the daily totals of days with values, or the Last
// value. hasValue tells whether any day in the range holds an entry.
struct PeriodValue {
    double value = 0.0;
    bool hasValue = false;
};

// Aggregates the days of `range` up to and including `upTo`.
PeriodValue aggregatePeriod(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& range, QDate upTo);

// Whether `value` satisfies the rule's target: at_least needs value >= target (Average/Last also
// need data), at_most needs data and value <= target (no data is "unknown", as in Loop).
bool meetsTarget(const GoalRule& rule, const PeriodValue& value);

enum class UnitOutcome { Success, Failed, Skipped, Open };

// Outcome of one streak unit (a day, or a period of the goal's kind; see streakUnit()).
// Skipped: every day of the unit is skipped. Open: the unit contains `today` and is not yet a
// success (it must not break a streak). Whole goals count a day as success when worked on.
UnitOutcome unitOutcome(const GoalRule& rule, const DailyTimeline& timeline, const DateRange& unit, QDate today);

struct StreakSummary {
    int current = 0;
    int best = 0;
};

// Current and best streak in units of streakUnit(rule), from the first recorded day up to
// `today`, as Loop counts them: a streak is a run of successful and skipped units holding at
// least one success, and its length counts the skipped units too (leading, inner and trailing
// ones). The open unit containing today counts once it succeeds or is skipped and otherwise does
// not break the current streak.
StreakSummary computeStreaks(const GoalRule& rule, const DailyTimeline& timeline, QDate today, Qt::DayOfWeek weekStart);

// Share of successful units (see streakUnit()) among the counted units whose last day falls in
// the `days` days ending `today` and not before the goal's start. Skipped units and the open
// unit (today / the current period while not yet successful) are not counted. nullopt when no
// unit counts (for example a goal that starts today).
std::optional<double> completionRate(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                                     Qt::DayOfWeek weekStart, int days);

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

// Whether the rule gets a forecast: Whole goals, and Average / Last goals with a deadline.
bool hasForecast(const GoalRule& rule);

// "At this pace the target is reached on ...". Fits a line to the last kForecastWindowDays days up
// to `today` (Sum: the cumulative total since the start, one point per day; Average / Last: one
// point per day with values) and extends it from today's value to the target. Returns the first
// day the target was reached when it already is (today for Average / Last). Sum with at_most
// has no target to reach and gets no date; neither does a flat or wrong-way trend.
ForecastResult forecastTarget(const GoalRule& rule, const DailyTimeline& timeline, QDate today);

using core::DayScore;
double scoreMultiplier(double frequency);
double nextScore(double frequency, double previous, double checked);
std::vector<DayScore> scoreSeries(const GoalRule& rule, const DailyTimeline& timeline);

Status validateRule(const GoalRule& rule);
Result<GoalProgress> computeProgress(const GoalRule& rule, std::span<const DayEntry> entries,
                                     const ProgressContext& context);
Result<std::vector<PeriodPoint>> periodHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                               const ProgressContext& context, const DateRange& range);
Result<std::vector<DayScore>> scoreHistory(const GoalRule& rule, std::span<const DayEntry> entries,
                                           const ProgressContext& context);

} // namespace selftrack::core::reference
