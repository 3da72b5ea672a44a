// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/UnitFigures.h"

#include "core/progress/PeriodAggregate.h"
#include "core/progress/Periods.h"
#include "core/progress/UnitWalker.h"

#include <algorithm>
#include <array>
#include <limits>

namespace selftrack::core {

namespace {

// Loop's streaks read newest first. A streak is a run of successful and skipped units between
// failures (open units are left out) that holds a success; its length counts the skipped units
// too. The best streak is the longest such run, whichever way the runs are read.
class StreakCounter {
public:
    void add(UnitOutcome outcome) {
        if (outcome == UnitOutcome::Open)
            return;
        if (outcome == UnitOutcome::Failed) {
            endRun();
            return;
        }
        ++m_run;
        m_succeeded = m_succeeded || outcome == UnitOutcome::Success;
    }

    StreakSummary finish() {
        endRun();
        return StreakSummary{m_current.value_or(0), m_best};
    }

private:
    void endRun() {
        const int length = m_succeeded ? m_run : 0;
        if (!m_current)
            m_current = length;
        m_best = std::max(m_best, length);
        m_run = 0;
        m_succeeded = false;
    }

    int m_run = 0;
    bool m_succeeded = false;
    std::optional<int> m_current;
    int m_best = 0;
};

struct RateCounter {
    qint64 lowerBound = 0;
    int counted = 0;
    int successes = 0;

    void add(UnitOutcome outcome) {
        successes += outcome == UnitOutcome::Success ? 1 : 0;
        counted += outcome == UnitOutcome::Success || outcome == UnitOutcome::Failed ? 1 : 0;
    }
    std::optional<double> rate() const {
        if (counted == 0)
            return std::nullopt;
        return static_cast<double>(successes) / counted;
    }
};

std::array<RateCounter, 3> rateCounters(const GoalRule& rule, const DailyTimeline& timeline, qint64 todayDay) {
    static constexpr std::array<int, 3> kWindows = {30, 90, 365};
    const qint64 rateFloor = rule.start.isValid() ? rule.start.toJulianDay() : timeline.firstDay();
    std::array<RateCounter, 3> rates;
    for (std::size_t i = 0; i < rates.size(); ++i)
        rates[i].lowerBound = std::max(todayDay - (kWindows[i] - 1), rateFloor);
    return rates;
}

} // namespace

UnitFigures computeUnitFigures(const GoalRule& rule, const DailyTimeline& timeline, QDate today,
                               Qt::DayOfWeek weekStart) {
    UnitFigures figures;
    if (!today.isValid())
        return figures;
    const qint64 todayDay = today.toJulianDay();
    // Rates look at units ending in the window and not before the start; streaks at units ending
    // on or after the timeline's first day (none without data).
    std::array<RateCounter, 3> rates = rateCounters(rule, timeline, todayDay);
    const qint64 streakFloor = timeline.hasData() ? timeline.firstDay() : std::numeric_limits<qint64>::max();
    const qint64 floor = std::min(streakFloor, rates[2].lowerBound);

    StreakCounter streaks;
    for (UnitWalker unit(streakUnit(rule), today, weekStart); unit.last() >= floor; unit.previous()) {
        const UnitOutcome outcome = unitOutcomeOfDays(rule, timeline, unit.first(), unit.last(), todayDay);
        if (unit.last() >= streakFloor)
            streaks.add(outcome);
        for (RateCounter& rate : rates) {
            if (unit.last() >= rate.lowerBound)
                rate.add(outcome);
        }
    }
    figures.streaks = timeline.hasData() ? streaks.finish() : StreakSummary{};
    figures.completion30 = rates[0].rate();
    figures.completion90 = rates[1].rate();
    figures.completion365 = rates[2].rate();
    return figures;
}

void StreakTail::add(UnitOutcome outcome) {
    switch (outcome) {
    case UnitOutcome::Open:
        return;
    case UnitOutcome::Failed:
        if (closed)
            finish();
        closed = true;
        return;
    case UnitOutcome::Success:
    case UnitOutcome::Skipped:
        break;
    }
    const bool success = outcome == UnitOutcome::Success;
    if (closed) {
        ++run;
        succeeded = succeeded || success;
    } else {
        ++headRun;
        headSucceeded = headSucceeded || success;
    }
}

void StreakTail::finish() {
    if (closed)
        bestAfter = std::max(bestAfter, succeeded ? run : 0);
    run = 0;
    succeeded = false;
}

void StreakTail::appendOlder(const StreakTail& older) {
    if (!closed) {
        headRun += older.headRun;
        headSucceeded = headSucceeded || older.headSucceeded;
        closed = older.closed;
        bestAfter = older.bestAfter;
        return;
    }
    run += older.headRun;
    succeeded = succeeded || older.headSucceeded;
    finish();
    if (older.closed)
        bestAfter = std::max(bestAfter, older.bestAfter);
}

StreakSummary StreakTail::summary() const {
    const int current = headSucceeded ? headRun : 0;
    return StreakSummary{current, std::max(current, bestAfter)};
}

StreakTail streakTailOf(const GoalRule& rule, const DailyTimeline& timeline, qint64 newestDay, qint64 floorDay,
                        qint64 today, Qt::DayOfWeek weekStart) {
    StreakTail tail;
    for (UnitWalker unit(streakUnit(rule), QDate::fromJulianDay(newestDay), weekStart); unit.last() >= floorDay;
         unit.previous())
        tail.add(unitOutcomeOfDays(rule, timeline, unit.first(), unit.last(), today));
    return tail;
}

UnitFigures resumeUnitFigures(const GoalRule& rule, const DailyTimeline& timeline, QDate today, Qt::DayOfWeek weekStart,
                              qint64 boundary, const StreakTail& older) {
    UnitFigures figures;
    const qint64 todayDay = today.toJulianDay();
    std::array<RateCounter, 3> rates = rateCounters(rule, timeline, todayDay);
    StreakTail streaks;
    for (UnitWalker unit(streakUnit(rule), today, weekStart); unit.last() >= boundary; unit.previous()) {
        const UnitOutcome outcome = unitOutcomeOfDays(rule, timeline, unit.first(), unit.last(), todayDay);
        streaks.add(outcome);
        for (RateCounter& rate : rates) {
            if (unit.last() >= rate.lowerBound)
                rate.add(outcome);
        }
    }
    streaks.appendOlder(older);
    figures.streaks = streaks.summary();
    figures.completion30 = rates[0].rate();
    figures.completion90 = rates[1].rate();
    figures.completion365 = rates[2].rate();
    return figures;
}

} // namespace selftrack::core
