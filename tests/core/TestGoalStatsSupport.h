// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreFixture.h"
#include "core/domain/GoalStats.h"

#include <catch2/catch.hpp>

#include <random>

namespace selftrack::test {

// Every figure of two GoalProgress values, compared exactly: the fast paths must not differ from
// the full path by a rounding step.
inline void checkSameProgress(const core::GoalProgress& a, const core::GoalProgress& b) {
    CHECK(a.today == b.today);
    CHECK(a.period == b.period);
    CHECK(a.periodValue == b.periodValue);
    CHECK(a.hasValue == b.hasValue);
    CHECK(a.fraction == b.fraction);
    CHECK(a.expectedFraction == b.expectedFraction);
    CHECK(a.status == b.status);
    CHECK(a.streakUnit == b.streakUnit);
    CHECK(a.currentStreak == b.currentStreak);
    CHECK(a.bestStreak == b.bestStreak);
    CHECK(a.completion30 == b.completion30);
    CHECK(a.completion90 == b.completion90);
    CHECK(a.completion365 == b.completion365);
    CHECK(a.score == b.score);
    CHECK(a.forecast == b.forecast);
    CHECK(a.slopePerDay == b.slopePerDay);
    CHECK(a.forecastOnTime == b.forecastOnTime);
}

// The reference: GoalStats on the store's full Record objects.
inline core::GoalProgress fullPath(core::ContentStore& store, const core::Goal& goal,
                                   const core::ProgressContext& context) {
    auto progress = core::GoalStats::compute(store, goal, context);
    REQUIRE(progress);
    return *progress;
}

inline core::ProgressContext contextOn(QDate day, Qt::DayOfWeek weekStart = Qt::Monday) {
    core::ProgressContext context;
    context.now = QDateTime(day, QTime(20, 0), QTimeZone::utc());
    context.weekStart = weekStart;
    return context;
}

// One goal of each shape the engine distinguishes, started on 2025-01-01.
inline QList<core::Goal> variedGoals() {
    using namespace core;
    QList<Goal> goals;
    auto make = [&](const char* title, GoalKind kind, Period period, double target) -> Goal& {
        Goal g = StoreFixture::goal(QString::fromLatin1(title), QDate(2025, 1, 1));
        g.kind = kind;
        g.period = period;
        g.target = target;
        goals.append(g);
        return goals.last();
    };
    make("daily habit", GoalKind::Check, Period::Day, 1);
    Goal& thrice = make("3 per week", GoalKind::Check, Period::Day, 1);
    thrice.freqNum = 3;
    thrice.freqDen = 7;
    make("weekdays", GoalKind::Check, Period::Day, 1).weekdays = 0b0011111;
    make("weekly check", GoalKind::Check, Period::Week, 3);
    make("pages a day", GoalKind::Amount, Period::Day, 20);
    make("minutes a week", GoalKind::Amount, Period::Week, 150);
    make("coffee at most", GoalKind::Amount, Period::Day, 2).direction = Direction::AtMost;
    make("average sleep", GoalKind::Amount, Period::Month, 7).aggregation = Aggregation::Average;
    Goal& weight = make("weight", GoalKind::Amount, Period::Whole, 70);
    weight.aggregation = Aggregation::Last;
    weight.direction = Direction::AtMost;
    weight.deadline = QDate(2026, 12, 31);
    make("km this year", GoalKind::Amount, Period::Year, 1000);
    return goals;
}

// Saves `goals` and ~400 days of records for each: check-ins, skips, failures, several entries
// on some days (with and without a time), notes about the goal, trashed records, records after
// the test days. Returns the saved goals.
inline QList<core::Goal> seedVariedHistory(StoreFixture& f, std::uint32_t seed) {
    using namespace core;
    std::mt19937 rng(seed);
    auto roll = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    QList<Goal> saved;
    for (const Goal& g : variedGoals()) {
        auto goal = f.store->addGoal(g);
        REQUIRE(goal);
        saved.append(*goal);
    }
    REQUIRE(f.store->batch([&]() -> Status {
        for (const Goal& goal : saved) {
            for (int day = 0; day < 420; ++day) {
                for (int n = roll(100) < 20 ? 2 : (roll(100) < 70 ? 1 : 0); n > 0; --n) {
                    Record r;
                    r.goalId = goal.id;
                    r.day = QDate(2025, 1, 1).addDays(day);
                    if (roll(4) != 0)
                        r.time = QTime(6 + roll(16), roll(60));
                    const int kind = roll(100);
                    if (goal.kind == GoalKind::Check) {
                        r.status =
                            kind < 80 ? RecordStatus::Done : (kind < 90 ? RecordStatus::Skipped : RecordStatus::Failed);
                        if (r.status == RecordStatus::Done)
                            r.value = 1.0;
                    } else if (kind < 92) {
                        r.value = 1 + roll(goal.target > 100 ? 40 : 30) / (goal.target < 10 ? 4.0 : 1.0);
                    } else {
                        r.status = RecordStatus::Skipped;
                    }
                    if (roll(100) < 5) { // a note about the goal: no value, done
                        r.value.reset();
                        r.status = RecordStatus::Done;
                        r.note = QStringLiteral("note");
                    }
                    auto added = f.store->addRecord(r);
                    if (!added)
                        return std::unexpected(added.error());
                    if (roll(100) < 3)
                        if (auto st = f.store->remove(added->id); !st)
                            return st;
                }
            }
        }
        return {};
    }));
    return saved;
}

} // namespace selftrack::test
