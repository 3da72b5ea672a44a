// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProgressHelpers.h"

#include "core/progress/Forecast.h"
#include "core/progress/ProgressEngine.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::core::testing::amountGoal;
using selftrack::core::testing::contextOn;
using selftrack::core::testing::EntryBuilder;

namespace {

const QDate kToday(2026, 3, 11);

GoalProgress progressOf(const GoalRule& rule, const EntryBuilder& builder) {
    auto result = computeProgress(rule, builder.entries(), contextOn(kToday));
    REQUIRE(result);
    return *result;
}

} // namespace

TEST_CASE("the least-squares slope", "[core][progress][forecast]") {
    const std::vector<FitPoint> line{{0, 1}, {1, 3}, {2, 5}};
    CHECK(*fitSlope(line) == Approx(2.0));
    const std::vector<FitPoint> noisy{{0, 0}, {1, 2}, {2, 1}, {3, 3}};
    CHECK(*fitSlope(noisy) == Approx(0.8));
    const std::vector<FitPoint> single{{4, 4}};
    CHECK_FALSE(fitSlope(single));
    const std::vector<FitPoint> vertical{{1, 1}, {1, 2}};
    CHECK_FALSE(fitSlope(vertical));
}

TEST_CASE("a cumulative goal is forecast from its recent pace", "[core][progress][forecast]") {
    GoalRule rule = amountGoal(100, Direction::AtLeast, Aggregation::Sum, PeriodKind::Whole, kToday.addDays(-9));
    EntryBuilder b(kToday);
    b.valueRange(0, 10, 5.0); // 50 of 100 after ten days, 5 a day

    SECTION("open-ended") {
        const GoalProgress p = progressOf(rule, b);
        CHECK(p.periodValue == Approx(50));
        CHECK(*p.slopePerDay == Approx(5.0));
        REQUIRE(p.forecast);
        CHECK(*p.forecast == kToday.addDays(10));
        CHECK_FALSE(p.forecastOnTime);
        CHECK(p.status == ProgressStatus::OnTrack);
    }
    SECTION("deadline too close") {
        rule.deadline = kToday.addDays(5);
        const GoalProgress p = progressOf(rule, b);
        CHECK(*p.forecast == kToday.addDays(10));
        CHECK(p.forecastOnTime == false);
        CHECK(p.expectedFraction == Approx(9.0 / 15.0));
        CHECK(p.status == ProgressStatus::Behind);
    }
    SECTION("deadline far enough") {
        rule.deadline = kToday.addDays(20);
        const GoalProgress p = progressOf(rule, b);
        CHECK(p.forecastOnTime == true);
        CHECK(p.status == ProgressStatus::OnTrack);
    }
    SECTION("already reached: the day it was reached") {
        rule.target = 30;
        const GoalProgress p = progressOf(rule, b);
        CHECK(*p.forecast == kToday.addDays(-4));
        CHECK(p.status == ProgressStatus::Done);
    }
    SECTION("only recent days set the pace") {
        EntryBuilder slowStart(kToday);
        slowStart.valueRange(0, 28, 1.0).valueRange(28, 60, 0.0).value(59, 40.0);
        rule.start = kToday.addDays(-59);
        const GoalProgress p = progressOf(rule, slowStart);
        CHECK(p.periodValue == Approx(68));
        CHECK(*p.slopePerDay == Approx(1.0));
        CHECK(*p.forecast == kToday.addDays(32));
    }
    SECTION("no progress, no forecast") {
        const GoalProgress p = progressOf(rule, EntryBuilder(kToday));
        CHECK_FALSE(p.forecast);
        CHECK(p.status == ProgressStatus::Behind);
    }
}

TEST_CASE("a weight goal is forecast from the trend of its values", "[core][progress][forecast]") {
    GoalRule rule = amountGoal(75, Direction::AtMost, Aggregation::Last, PeriodKind::Whole, kToday.addDays(-100));
    EntryBuilder losing(kToday);
    for (int daysAgo = 0; daysAgo < 14; ++daysAgo)
        losing.value(daysAgo, 78.0 + 0.5 * daysAgo); // 78 today, half a kilo a day down

    rule.deadline = kToday.addDays(30);
    GoalProgress p = progressOf(rule, losing);
    CHECK(*p.slopePerDay == Approx(-0.5));
    CHECK(*p.forecast == kToday.addDays(6));
    CHECK(p.forecastOnTime == true);
    CHECK(p.status == ProgressStatus::OnTrack);

    rule.deadline = kToday.addDays(3);
    CHECK(progressOf(rule, losing).status == ProgressStatus::Behind);

    EntryBuilder gaining(kToday);
    for (int daysAgo = 0; daysAgo < 14; ++daysAgo)
        gaining.value(daysAgo, 78.0 - 0.5 * daysAgo);
    p = progressOf(rule, gaining);
    CHECK_FALSE(p.forecast);
    CHECK(p.status == ProgressStatus::Behind);

    // Weekly goals without deadline get no forecast.
    GoalRule weekly = amountGoal(10, Direction::AtLeast, Aggregation::Sum, PeriodKind::Week, kToday.addDays(-100));
    CHECK_FALSE(progressOf(weekly, EntryBuilder(kToday).valueRange(0, 10, 1.0)).forecast);
}

TEST_CASE("today is the local day of the injected instant, across DST changes", "[core][progress][timezone]") {
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    const auto at = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    };
    // Clocks go forward at 01:00 UTC on 29 March 2026: 22:30 UTC is 00:30 CEST the next day.
    CHECK(ProgressContext{at(2026, 3, 28, 23, 30), berlin, Qt::Monday}.today() == QDate(2026, 3, 29));
    CHECK(ProgressContext{at(2026, 3, 29, 21, 30), berlin, Qt::Monday}.today() == QDate(2026, 3, 29));
    CHECK(ProgressContext{at(2026, 3, 29, 22, 30), berlin, Qt::Monday}.today() == QDate(2026, 3, 30));
    // Clocks go back at 01:00 UTC on 25 October 2026: 22:30 UTC is 23:30 CET the same day.
    CHECK(ProgressContext{at(2026, 10, 24, 22, 30), berlin, Qt::Monday}.today() == QDate(2026, 10, 25));
    CHECK(ProgressContext{at(2026, 10, 25, 22, 30), berlin, Qt::Monday}.today() == QDate(2026, 10, 25));
    CHECK(ProgressContext{at(2026, 3, 29, 22, 30), QTimeZone::utc(), Qt::Monday}.today() == QDate(2026, 3, 29));

    // The same instant and check-in give different "today" figures in Berlin and in UTC.
    const GoalRule rule = selftrack::core::testing::dailyCheck(QDate(2026, 3, 1));
    const std::vector<DayEntry> entries{DayEntry{QDate(2026, 3, 30), std::nullopt, EntryStatus::Done}};
    auto local = computeProgress(rule, entries, ProgressContext{at(2026, 3, 29, 22, 30), berlin, Qt::Monday});
    REQUIRE(local);
    CHECK(local->today == QDate(2026, 3, 30));
    CHECK(local->status == ProgressStatus::Done);
    CHECK(local->currentStreak == 1);

    auto utc = computeProgress(rule, entries, ProgressContext{at(2026, 3, 29, 22, 30), QTimeZone::utc(), Qt::Monday});
    REQUIRE(utc);
    CHECK(utc->today == QDate(2026, 3, 29));
    CHECK_FALSE(utc->hasValue); // tomorrow's entry is ignored
    CHECK(utc->currentStreak == 0);

    // The local Monday already belongs to the next week.
    GoalRule weekly = rule;
    weekly.period = PeriodKind::Week;
    auto week = computeProgress(weekly, entries, ProgressContext{at(2026, 3, 29, 22, 30), berlin, Qt::Monday});
    REQUIRE(week);
    CHECK(week->period == DateRange{QDate(2026, 3, 30), QDate(2026, 4, 5)});
}
