// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProgressHelpers.h"

#include "core/progress/ProgressEngine.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::core::testing::contextOn;
using selftrack::core::testing::dailyCheck;
using selftrack::core::testing::EntryBuilder;

namespace {

const QDate kToday(2026, 3, 11); // a Wednesday

GoalProgress progressOf(const GoalRule& rule, const EntryBuilder& builder, QDate today = kToday,
                        Qt::DayOfWeek weekStart = Qt::Monday) {
    auto result = computeProgress(rule, builder.entries(), contextOn(today, weekStart));
    REQUIRE(result);
    return *result;
}

} // namespace

TEST_CASE("an unchecked today does not break the current streak, a failed today does", "[core][progress][streaks]") {
    const GoalRule rule = dailyCheck(kToday.addDays(-60));
    EntryBuilder b(kToday);
    b.doneRange(1, 6); // yesterday and the four days before

    SECTION("today still open") {
        const GoalProgress p = progressOf(rule, b);
        CHECK(p.streakUnit == PeriodKind::Day);
        CHECK(p.currentStreak == 5);
        CHECK(p.bestStreak == 5);
        CHECK(p.status == ProgressStatus::OnTrack);
    }
    SECTION("today done") {
        b.done(0);
        const GoalProgress p = progressOf(rule, b);
        CHECK(p.currentStreak == 6);
        CHECK(p.bestStreak == 6);
        CHECK(p.status == ProgressStatus::Done);
    }
    SECTION("today failed") {
        b.failed(0);
        const GoalProgress p = progressOf(rule, b);
        CHECK(p.currentStreak == 0);
        CHECK(p.bestStreak == 5);
        CHECK(p.status == ProgressStatus::Behind);
    }
}

TEST_CASE("skipped days count in a streak and a gap breaks it", "[core][progress][streaks]") {
    const GoalRule rule = dailyCheck(kToday.addDays(-60));
    EntryBuilder b(kToday);
    b.doneRange(12, 17); // five days, then a gap on day 11
    b.doneRange(5, 11)
        .skipped(4)
        .skipped(3)       // six days, two skipped days
        .doneRange(0, 3); // and three more
    const GoalProgress p = progressOf(rule, b);
    CHECK(p.currentStreak == 11); // the two skipped days count, as in Loop
    CHECK(p.bestStreak == 11);

    b.failed(4); // a failed entry next to the skip on the same day: skipped wins over failed
    CHECK(progressOf(rule, b).currentStreak == 11);
}

TEST_CASE("Loop's auto days extend streaks of non-daily habits", "[core][progress][streaks][loop]") {
    // "Wake up early", 2 times per 3 days, from Loop's export: the automatic days 18, 19 and 23
    // January join the repetitions into an eight-day streak; the failed 24th ends it.
    GoalRule rule = dailyCheck(QDate(2015, 1, 16));
    rule.frequency = Frequency::perDays(2, 3);
    const QDate today(2015, 1, 25);
    std::vector<DayEntry> entries;
    for (int day : {16, 17, 20, 21, 22, 25})
        entries.push_back(DayEntry{QDate(2015, 1, day), std::nullopt, EntryStatus::Done});
    entries.push_back(DayEntry{QDate(2015, 1, 24), std::nullopt, EntryStatus::Failed});
    const auto result = computeProgress(rule, entries, contextOn(today));
    REQUIRE(result);
    CHECK(result->bestStreak == 8);
    CHECK(result->currentStreak == 1);
    CHECK(result->score == Approx(0.2557).margin(5e-5));

    // On the 23rd (covered by the interval of the 21st and 22nd) the habit is done without a check-in.
    const auto covered = computeProgress(rule, entries, contextOn(QDate(2015, 1, 23)));
    REQUIRE(covered);
    CHECK(covered->periodValue == 0);
    CHECK(covered->status == ProgressStatus::Done);
    CHECK(covered->currentStreak == 8);
    const auto notCovered = computeProgress(rule, entries, contextOn(QDate(2015, 1, 24)));
    REQUIRE(notCovered);
    CHECK(notCovered->status == ProgressStatus::Behind); // failed on the 24th
}

TEST_CASE("weekly goals count streaks in weeks", "[core][progress][streaks]") {
    GoalRule rule = dailyCheck(QDate(2026, 1, 5));
    rule.period = PeriodKind::Week;
    rule.target = 3;
    // Weeks (Monday start) of 16, 23 Feb and 2 Mar have three done days each; the week of 9 Feb has two.
    EntryBuilder b(kToday);
    for (const QDate monday : {QDate(2026, 2, 16), QDate(2026, 2, 23), QDate(2026, 3, 2)})
        b.done(static_cast<int>(monday.daysTo(kToday)))
            .done(static_cast<int>(monday.daysTo(kToday)) - 2)
            .done(static_cast<int>(monday.daysTo(kToday)) - 4);
    b.done(static_cast<int>(QDate(2026, 2, 9).daysTo(kToday)))
        .done(static_cast<int>(QDate(2026, 2, 10).daysTo(kToday)));

    GoalProgress p = progressOf(rule, b);
    CHECK(p.streakUnit == PeriodKind::Week);
    CHECK(p.period == DateRange{QDate(2026, 3, 9), QDate(2026, 3, 15)});
    CHECK(p.currentStreak == 3); // this week is open and does not break it
    CHECK(p.bestStreak == 3);

    b.done(0).done(1).done(2); // Monday to Wednesday of this week
    p = progressOf(rule, b);
    CHECK(p.currentStreak == 4);
    CHECK(p.status == ProgressStatus::Done);
}

TEST_CASE("completion rates count units since the start, without skipped and open ones",
          "[core][progress][completion]") {
    EntryBuilder b(kToday);
    b.doneRange(1, 7).failed(7).failed(8).skipped(9); // 6 done, 2 failed, 1 skipped, today open

    GoalProgress p = progressOf(dailyCheck(kToday.addDays(-9)), b);
    REQUIRE(p.completion30);
    CHECK(*p.completion30 == Approx(6.0 / 8.0));
    CHECK(*p.completion90 == Approx(6.0 / 8.0));

    // Started 100 days ago: the 30-day window counts 29 closed days, the 90-day window 89.
    p = progressOf(dailyCheck(kToday.addDays(-100)), b);
    CHECK(*p.completion30 == Approx(6.0 / 28.0)); // 29 days minus the skipped one
    CHECK(*p.completion90 == Approx(6.0 / 88.0));
    CHECK(*p.completion365 == Approx(6.0 / 99.0));

    b.done(0);
    p = progressOf(dailyCheck(kToday.addDays(-100)), b);
    CHECK(*p.completion30 == Approx(7.0 / 29.0)); // today now counts

    CHECK_FALSE(progressOf(dailyCheck(kToday), EntryBuilder(kToday)).completion30.has_value());
}

TEST_CASE("completion rates of monthly amount goals count whole months", "[core][progress][completion]") {
    GoalRule rule = selftrack::core::testing::amountGoal(100, Direction::AtLeast, Aggregation::Sum, PeriodKind::Month,
                                                         QDate(2025, 1, 1));
    EntryBuilder b(kToday);
    b.value(static_cast<int>(QDate(2026, 2, 10).daysTo(kToday)), 120);  // February met
    b.value(static_cast<int>(QDate(2026, 1, 10).daysTo(kToday)), 40);   // January missed
    b.value(static_cast<int>(QDate(2025, 12, 10).daysTo(kToday)), 100); // December met
    const GoalProgress p = progressOf(rule, b);
    CHECK(p.streakUnit == PeriodKind::Month);
    CHECK(p.currentStreak == 1);
    CHECK(p.bestStreak == 1);
    REQUIRE(p.completion90);
    // Months whose last day lies in the 90 days back to 12 Dec: December, January, February.
    CHECK(*p.completion90 == Approx(2.0 / 3.0));
    CHECK(*p.completion30 == Approx(1.0)); // only February ends in the last 30 days
}
