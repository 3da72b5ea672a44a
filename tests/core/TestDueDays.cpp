// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/DueDays.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

TEST_CASE("a goal is due on its weekdays between start and deadline", "[core][progress][due]") {
    GoalRule rule;
    rule.start = QDate(2026, 3, 2); // a Monday
    CHECK_FALSE(isDueOn(rule, QDate(2026, 3, 1)));
    CHECK(isDueOn(rule, QDate(2026, 3, 2)));
    CHECK(isDueOn(rule, QDate(2026, 3, 8)));
    rule.frequency = Frequency::onWeekdays({Qt::Monday, Qt::Wednesday});
    CHECK(isDueOn(rule, QDate(2026, 3, 2)));
    CHECK_FALSE(isDueOn(rule, QDate(2026, 3, 3)));
    CHECK(isDueOn(rule, QDate(2026, 3, 4)));
    CHECK_FALSE(isDueOn(rule, QDate(2026, 3, 8)));
    rule.frequency = Frequency::perDays(3, 7);
    CHECK(isDueOn(rule, QDate(2026, 3, 3)));
    rule.deadline = QDate(2026, 3, 5);
    CHECK(isDueOn(rule, QDate(2026, 3, 5)));
    CHECK_FALSE(isDueOn(rule, QDate(2026, 3, 6)));
    CHECK_FALSE(isDueOn(rule, QDate()));
}
