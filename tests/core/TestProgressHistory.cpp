// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProgressHelpers.h"

#include "core/progress/ProgressEngine.h"
#include "core/progress/ProgressHistory.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::core::testing::amountGoal;
using selftrack::core::testing::contextOn;
using selftrack::core::testing::EntryBuilder;

namespace {
const QDate kToday(2026, 3, 11); // a Wednesday
} // namespace

TEST_CASE("period history lists every period of a range up to today", "[core][progress][history]") {
    const GoalRule rule = amountGoal(10, Direction::AtLeast, Aggregation::Sum, PeriodKind::Week, QDate(2026, 1, 1));
    const std::vector<DayEntry> entries{{QDate(2026, 2, 23), 4.0, EntryStatus::Done},
                                        {QDate(2026, 2, 25), 7.0, EntryStatus::Done},
                                        {QDate(2026, 3, 10), 2.0, EntryStatus::Done},
                                        {QDate(2026, 3, 12), 50.0, EntryStatus::Done}}; // tomorrow: ignored
    const auto history =
        periodHistory(rule, entries, contextOn(kToday), DateRange{QDate(2026, 2, 25), QDate(2026, 3, 31)});
    REQUIRE(history);
    REQUIRE(history->size() == 3); // weeks of 23 Feb, 2 Mar, 9 Mar; none after today
    CHECK(history->at(0).period == DateRange{QDate(2026, 2, 23), QDate(2026, 3, 1)});
    CHECK(history->at(0).value == Approx(11));
    CHECK(history->at(0).met);
    CHECK_FALSE(history->at(1).hasValue);
    CHECK_FALSE(history->at(1).met);
    CHECK(history->at(2).value == Approx(2));
    CHECK(history->at(2).fraction == Approx(0.2));

    CHECK_FALSE(periodHistory(rule, entries, contextOn(kToday), DateRange{kToday, kToday.addDays(-1)}));
}

TEST_CASE("score history ends today with the score of computeProgress", "[core][progress][history]") {
    GoalRule rule = selftrack::core::testing::dailyCheck(kToday.addDays(-30));
    EntryBuilder b(kToday);
    b.doneRange(0, 20);
    const auto scores = scoreHistory(rule, b.entries(), contextOn(kToday));
    REQUIRE(scores);
    REQUIRE(scores->size() == 20);
    CHECK(scores->back().date == kToday);
    const auto progress = computeProgress(rule, b.entries(), contextOn(kToday));
    REQUIRE(progress);
    CHECK(progress->score == scores->back().score);
    CHECK(progress->score == Approx(0.655747).margin(1e-6));
}

TEST_CASE("a cumulative goal with a deadline scores its daily share of the target", "[core][progress][score]") {
    // 5000 in 500 days needs 10 a day: doing 10 a day scores like a perfect daily habit, 5 a day half.
    GoalRule rule = amountGoal(5000, Direction::AtLeast, Aggregation::Sum, PeriodKind::Whole, kToday.addDays(-499));
    rule.deadline = kToday;
    auto full = computeProgress(rule, EntryBuilder(kToday).valueRange(0, 500, 10.0).entries(), contextOn(kToday));
    auto half = computeProgress(rule, EntryBuilder(kToday).valueRange(0, 500, 5.0).entries(), contextOn(kToday));
    REQUIRE(full);
    REQUIRE(half);
    CHECK(full->score == Approx(1.0).margin(1e-6));
    CHECK(half->score == Approx(0.5).margin(1e-6));
    CHECK(full->status == ProgressStatus::Done);
    CHECK(half->status == ProgressStatus::Behind);
}
