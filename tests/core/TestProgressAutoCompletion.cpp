// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProgressHelpers.h"

#include "core/progress/AutoCompletion.h"
#include "core/progress/DailyTimeline.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

TEST_CASE("x times per y days: intervals start at the oldest of x done days within y days",
          "[core][progress][autocompletion]") {
    // 3 per 7: Mon 2, Wed 4, Thu 5 March make one interval Mon 2 .. Sun 8; Mon 16 alone makes none.
    const std::vector<QDate> done{QDate(2026, 3, 16), QDate(2026, 3, 5), QDate(2026, 3, 4), QDate(2026, 3, 2)};
    const auto intervals = autoCompletionIntervals(Frequency::perDays(3, 7), done);
    REQUIRE(intervals.size() == 1);
    CHECK(intervals[0] == DateRange{QDate(2026, 3, 2), QDate(2026, 3, 8)});

    // Too far apart: 2 per 3 with done days 4 days apart gives nothing.
    const std::vector<QDate> sparse{QDate(2026, 3, 5), QDate(2026, 3, 1)};
    CHECK(autoCompletionIntervals(Frequency::perDays(2, 3), sparse).empty());
    // Weekday sets never auto-complete.
    CHECK(autoCompletionIntervals(Frequency::onWeekdays({Qt::Monday}), done).empty());
}

TEST_CASE("monthly habits use calendar months and older intervals slide back", "[core][progress][autocompletion]") {
    // Loop's 1 per 30 days: an interval as long as the month it starts in (the next month when it
    // starts on a month's last day).
    const std::vector<QDate> january{QDate(2026, 1, 31)};
    CHECK(autoCompletionIntervals(Frequency::perDays(1, 30), january)[0] ==
          DateRange{QDate(2026, 1, 31), QDate(2026, 2, 27)});
    const std::vector<QDate> february{QDate(2026, 2, 10)};
    CHECK(autoCompletionIntervals(Frequency::perDays(1, 31), february)[0] ==
          DateRange{QDate(2026, 2, 10), QDate(2026, 3, 9)});

    // Both: the older interval slides back so it ends the day before the newer begins.
    const std::vector<QDate> both{QDate(2026, 2, 10), QDate(2026, 1, 31)};
    const auto intervals = autoCompletionIntervals(Frequency::perDays(1, 30), both);
    REQUIRE(intervals.size() == 2);
    CHECK(intervals[0] == DateRange{QDate(2026, 2, 10), QDate(2026, 3, 9)});
    CHECK(intervals[1] == DateRange{QDate(2026, 1, 13), QDate(2026, 2, 9)});
}

TEST_CASE("several entries on one day collapse by precedence", "[core][progress][autocompletion]") {
    const QDate today(2026, 3, 11);
    const GoalRule check = selftrack::core::testing::dailyCheck(today.addDays(-10));
    const std::vector<DayEntry> entries{{today.addDays(-2), std::nullopt, EntryStatus::Failed},
                                        {today.addDays(-2), std::nullopt, EntryStatus::Done},
                                        {today.addDays(-1), std::nullopt, EntryStatus::Failed},
                                        {today.addDays(-1), std::nullopt, EntryStatus::Skipped},
                                        {today.addDays(1), std::nullopt, EntryStatus::Done}};
    const DailyTimeline timeline = DailyTimeline::build(check, entries, today);
    CHECK(timeline.first() == today.addDays(-2));
    CHECK(timeline.last() == today);
    CHECK(timeline.day(today.addDays(-2)).state == DayState::Done);
    CHECK(timeline.day(today.addDays(-1)).state == DayState::Skipped);
    CHECK(timeline.day(today).state == DayState::Unknown);
    CHECK(timeline.day(today.addDays(1)).state == DayState::Unknown); // the future is not read

    GoalRule amount = check;
    amount.kind = GoalKind::Amount;
    const std::vector<DayEntry> values{{today, 2.0, EntryStatus::Done},
                                       {today, 3.5, EntryStatus::Done},
                                       {today, 9.0, EntryStatus::Skipped}, // a skip's value is not counted
                                       {today.addDays(-1), std::nullopt, EntryStatus::Skipped}};
    const DailyTimeline amounts = DailyTimeline::build(amount, values, today);
    CHECK(amounts.day(today).state == DayState::Entered);
    CHECK(amounts.day(today).total == Approx(5.5));
    CHECK(amounts.day(today).valueCount == 2);
    CHECK(*amounts.day(today).last == Approx(3.5));
    CHECK(amounts.day(today.addDays(-1)).state == DayState::Skipped);
}
