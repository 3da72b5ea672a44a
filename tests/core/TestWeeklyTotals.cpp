// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/WeeklyTotals.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {

PeriodPoint day(QDate date, double value) {
    PeriodPoint p;
    p.period = DateRange{date, date};
    p.value = value;
    p.hasValue = value > 0;
    return p;
}

} // namespace

TEST_CASE("a daily check goal's values chart counts the days done in each calendar week", "[core][weeklytotals]") {
    std::vector<PeriodPoint> daily;
    // Sunday 2026-02-01 .. Sunday 2026-03-01, done on every day but the 14th.
    for (QDate d(2026, 2, 1); d <= QDate(2026, 3, 1); d = d.addDays(1))
        daily.push_back(day(d, d == QDate(2026, 2, 14) ? 0.0 : 1.0));

    const auto monday = WeeklyTotals::of(daily, Qt::Monday);
    REQUIRE(monday.size() == 5); // the 1st ends a week; the 2nd to the 1st of March are four full weeks
    CHECK(monday.front().first == QDate(2026, 1, 26));
    CHECK(monday.front().done == 1.0);
    CHECK(monday.at(2).first == QDate(2026, 2, 9));
    CHECK(monday.at(2).done == 6.0); // the 14th missed
    CHECK(monday.back().first == QDate(2026, 2, 23));
    CHECK(monday.back().done == 7.0);

    const auto sunday = WeeklyTotals::of(daily, Qt::Sunday);
    REQUIRE(sunday.size() == 5);
    CHECK(sunday.front().first == QDate(2026, 2, 1));
    CHECK(sunday.front().done == 7.0);
    CHECK(sunday.at(1).done == 6.0);
    CHECK(sunday.back().first == QDate(2026, 3, 1));
    CHECK(sunday.back().done == 1.0);

    CHECK(WeeklyTotals::of({}, Qt::Monday).empty());
}

TEST_CASE("the weekly target follows the goal's weekdays or frequency", "[core][weeklytotals]") {
    Goal g;
    CHECK(WeeklyTotals::applies(g));
    CHECK(WeeklyTotals::target(g) == 7.0);
    g.freqNum = 3;
    g.freqDen = 7;
    CHECK(WeeklyTotals::target(g) == Approx(3.0));
    g.freqNum = 1;
    g.freqDen = 2;
    CHECK(WeeklyTotals::target(g) == Approx(3.5));
    g.weekdays = 0x15; // Monday, Wednesday, Friday
    CHECK(WeeklyTotals::target(g) == 3.0);
    g.kind = GoalKind::Amount;
    CHECK_FALSE(WeeklyTotals::applies(g));
    g.kind = GoalKind::Check;
    g.period = Period::Week;
    CHECK_FALSE(WeeklyTotals::applies(g));
}
