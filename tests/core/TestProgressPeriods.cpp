// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProgressHelpers.h"

#include "core/progress/Periods.h"
#include "core/progress/ProgressEngine.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::core::testing::amountGoal;
using selftrack::core::testing::contextOn;
using selftrack::core::testing::dailyCheck;
using selftrack::core::testing::EntryBuilder;

namespace {

GoalProgress progressOf(const GoalRule& rule, const std::vector<DayEntry>& entries, QDate today,
                        Qt::DayOfWeek weekStart = Qt::Monday) {
    auto result = computeProgress(rule, entries, contextOn(today, weekStart));
    REQUIRE(result);
    return *result;
}

DayEntry amountOn(QDate date, double value) {
    return DayEntry{date, value, EntryStatus::Done};
}

} // namespace

TEST_CASE("calendar periods follow the week start, month and year", "[core][progress][periods]") {
    const QDate sunday(2026, 3, 15);
    CHECK(periodContaining(PeriodKind::Week, sunday, Qt::Monday) == DateRange{QDate(2026, 3, 9), sunday});
    CHECK(periodContaining(PeriodKind::Week, sunday, Qt::Sunday) == DateRange{sunday, QDate(2026, 3, 21)});
    CHECK(periodContaining(PeriodKind::Week, sunday, Qt::Saturday) ==
          DateRange{QDate(2026, 3, 14), QDate(2026, 3, 20)});
    CHECK(periodContaining(PeriodKind::Week, QDate(2027, 1, 1), Qt::Monday) ==
          DateRange{QDate(2026, 12, 28), QDate(2027, 1, 3)});
    CHECK(periodContaining(PeriodKind::Month, QDate(2028, 2, 10), Qt::Monday) ==
          DateRange{QDate(2028, 2, 1), QDate(2028, 2, 29)});
    CHECK(periodContaining(PeriodKind::Year, sunday, Qt::Monday) == DateRange{QDate(2026, 1, 1), QDate(2026, 12, 31)});
    CHECK(previousPeriod(PeriodKind::Month, DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}, Qt::Monday) ==
          DateRange{QDate(2026, 2, 1), QDate(2026, 2, 28)});
}

TEST_CASE("the weekly sum depends on the pinned week start", "[core][progress][periods]") {
    const QDate sunday(2026, 3, 15);
    const GoalRule rule = amountGoal(10, Direction::AtLeast, Aggregation::Sum, PeriodKind::Week, QDate(2026, 1, 1));
    const std::vector<DayEntry> entries{amountOn(QDate(2026, 3, 8), 100), amountOn(QDate(2026, 3, 9), 1),
                                        amountOn(QDate(2026, 3, 14), 5), amountOn(sunday, 3)};

    const GoalProgress monday = progressOf(rule, entries, sunday, Qt::Monday);
    CHECK(monday.period == DateRange{QDate(2026, 3, 9), sunday});
    CHECK(monday.periodValue == Approx(9));
    CHECK(monday.fraction == Approx(0.9));
    CHECK(monday.expectedFraction == Approx(6.0 / 7.0));
    CHECK(monday.status == ProgressStatus::OnTrack);

    const GoalProgress sundayStart = progressOf(rule, entries, sunday, Qt::Sunday);
    CHECK(sundayStart.period == DateRange{sunday, QDate(2026, 3, 21)});
    CHECK(sundayStart.periodValue == Approx(3));
    CHECK(sundayStart.expectedFraction == Approx(0.0));

    const GoalProgress saturday = progressOf(rule, entries, sunday, Qt::Saturday);
    CHECK(saturday.periodValue == Approx(8));
}

TEST_CASE("check goals compare done days with the target pace of the period", "[core][progress][periods]") {
    const QDate wednesday(2026, 3, 11);
    GoalRule rule = dailyCheck(QDate(2026, 1, 1));
    rule.period = PeriodKind::Week;
    rule.target = 3;
    EntryBuilder b(wednesday);
    CHECK(progressOf(rule, b.entries(), wednesday).status == ProgressStatus::Behind); // 0 of 2/7 * 3

    b.done(2).skipped(1); // Monday done, Tuesday skipped
    GoalProgress p = progressOf(rule, b.entries(), wednesday);
    CHECK(p.periodValue == Approx(1));
    CHECK(p.fraction == Approx(1.0 / 3.0));
    CHECK(p.status == ProgressStatus::OnTrack);

    b.done(0).done(1);
    CHECK(progressOf(rule, b.entries(), wednesday).status == ProgressStatus::Done);
    CHECK(progressOf(rule, b.entries(), QDate(2025, 12, 31)).status == ProgressStatus::NotStarted);
}

TEST_CASE("at-most goals stay on track under the limit and fall behind above it", "[core][progress][periods]") {
    const QDate wednesday(2026, 3, 11);
    SECTION("daily limit") {
        const GoalRule rule = amountGoal(2, Direction::AtMost, Aggregation::Sum, PeriodKind::Day, QDate(2026, 1, 1));
        GoalProgress p = progressOf(rule, {amountOn(wednesday, 1)}, wednesday);
        CHECK(p.fraction == Approx(0.5));
        CHECK(p.status == ProgressStatus::OnTrack);
        p = progressOf(rule, {amountOn(wednesday, 1), amountOn(wednesday, 2)}, wednesday);
        CHECK(p.periodValue == Approx(3));
        CHECK(p.status == ProgressStatus::Behind);
        CHECK(p.currentStreak == 0);
    }
    SECTION("weekly limit against the pace including today") {
        const GoalRule rule = amountGoal(14, Direction::AtMost, Aggregation::Sum, PeriodKind::Week, QDate(2026, 1, 1));
        // Monday to Wednesday is 3/7 of the week: 6 of the 14 allowed.
        CHECK(progressOf(rule, {amountOn(QDate(2026, 3, 9), 5)}, wednesday).status == ProgressStatus::OnTrack);
        GoalProgress p = progressOf(rule, {amountOn(QDate(2026, 3, 9), 7)}, wednesday);
        CHECK(p.expectedFraction == Approx(3.0 / 7.0));
        CHECK(p.status == ProgressStatus::Behind);
    }
    SECTION("a cumulative limit is done once the deadline passed under it") {
        GoalRule rule = amountGoal(100, Direction::AtMost, Aggregation::Sum, PeriodKind::Whole, QDate(2026, 2, 1));
        rule.deadline = QDate(2026, 2, 28);
        const std::vector<DayEntry> entries{amountOn(QDate(2026, 2, 3), 40), amountOn(QDate(2026, 3, 2), 80)};
        const GoalProgress p = progressOf(rule, entries, wednesday);
        CHECK(p.period == DateRange{QDate(2026, 2, 1), QDate(2026, 2, 28)});
        CHECK(p.periodValue == Approx(40)); // the March entry is after the deadline
        CHECK(p.status == ProgressStatus::Done);
    }
}

TEST_CASE("average and last aggregation", "[core][progress][periods]") {
    const QDate wednesday(2026, 3, 11);
    SECTION("average of the daily totals of days with values") {
        const GoalRule rule =
            amountGoal(7, Direction::AtLeast, Aggregation::Average, PeriodKind::Week, QDate(2026, 1, 1));
        const std::vector<DayEntry> entries{amountOn(QDate(2026, 3, 9), 2), amountOn(QDate(2026, 3, 9), 3),
                                            amountOn(QDate(2026, 3, 10), 7),
                                            DayEntry{wednesday, std::nullopt, EntryStatus::Skipped}};
        const GoalProgress p = progressOf(rule, entries, wednesday);
        CHECK(p.periodValue == Approx(6));
        CHECK(p.hasValue);
        CHECK(p.status == ProgressStatus::Behind);
        CHECK(progressOf(rule, {amountOn(QDate(2026, 3, 9), 8)}, wednesday).status == ProgressStatus::Done);
    }
    SECTION("last value, later entries of a day win") {
        const GoalRule rule =
            amountGoal(79, Direction::AtMost, Aggregation::Last, PeriodKind::Month, QDate(2026, 1, 1));
        const std::vector<DayEntry> entries{amountOn(QDate(2026, 2, 27), 70), amountOn(QDate(2026, 3, 2), 80),
                                            amountOn(QDate(2026, 3, 9), 79.5), amountOn(QDate(2026, 3, 10), 79.2),
                                            amountOn(QDate(2026, 3, 10), 78.9)};
        GoalProgress p = progressOf(rule, entries, wednesday);
        CHECK(p.periodValue == Approx(78.9));
        CHECK(p.status == ProgressStatus::Done);
        std::vector<DayEntry> heavier = entries;
        heavier.push_back(amountOn(wednesday, 81));
        p = progressOf(rule, heavier, wednesday);
        CHECK(p.periodValue == Approx(81));
        CHECK(p.status == ProgressStatus::Behind);
    }
    SECTION("no value in the period is not a value of zero") {
        const GoalRule rule =
            amountGoal(79, Direction::AtMost, Aggregation::Last, PeriodKind::Month, QDate(2026, 1, 1));
        const GoalProgress p = progressOf(rule, {amountOn(QDate(2026, 2, 27), 70)}, wednesday);
        CHECK_FALSE(p.hasValue);
        CHECK(p.status == ProgressStatus::Behind);
    }
}

TEST_CASE("invalid rules and clocks are rejected", "[core][progress]") {
    const QDate today(2026, 3, 11);
    GoalRule rule = dailyCheck(today);
    CHECK(computeProgress(rule, {}, contextOn(today)));

    GoalRule noStart;
    auto result = computeProgress(noStart, {}, contextOn(today));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);

    rule.frequency = Frequency::perDays(4, 3);
    CHECK_FALSE(computeProgress(rule, {}, contextOn(today)));
    rule.frequency = Frequency::perDays(1, 1);
    rule.target = -1;
    CHECK_FALSE(computeProgress(rule, {}, contextOn(today)));
    rule.target = 1;
    rule.deadline = today.addDays(-1);
    CHECK_FALSE(computeProgress(rule, {}, contextOn(today)));
    rule.deadline.reset();
    CHECK_FALSE(computeProgress(rule, {}, ProgressContext{}));
}
