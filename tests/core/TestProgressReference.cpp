// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: the production progress engine gives exactly (==, bit for bit) the figures of the
// pre-optimisation engine kept in ReferenceEngine.cpp, over random histories of every goal shape.
#include "RandomGoals.h"
#include "ReferenceEngine.h"

#include "core/progress/ProgressEngine.h"
#include "core/progress/ProgressHistory.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <vector>

using namespace selftrack::core;
using selftrack::core::testing::RandomGoals;

namespace {

void checkSame(const GoalProgress& actual, const GoalProgress& expected) {
    CHECK(actual.today == expected.today);
    CHECK(actual.period == expected.period);
    CHECK(actual.periodValue == expected.periodValue);
    CHECK(actual.hasValue == expected.hasValue);
    CHECK(actual.fraction == expected.fraction);
    CHECK(actual.expectedFraction == expected.expectedFraction);
    CHECK(actual.status == expected.status);
    CHECK(actual.streakUnit == expected.streakUnit);
    CHECK(actual.currentStreak == expected.currentStreak);
    CHECK(actual.bestStreak == expected.bestStreak);
    CHECK(actual.completion30 == expected.completion30);
    CHECK(actual.completion90 == expected.completion90);
    CHECK(actual.completion365 == expected.completion365);
    CHECK(actual.score == expected.score);
    CHECK(actual.forecast == expected.forecast);
    CHECK(actual.slopePerDay == expected.slopePerDay);
    CHECK(actual.forecastOnTime == expected.forecastOnTime);
}

void checkSameHistory(const GoalRule& rule, std::span<const DayEntry> entries, const ProgressContext& context) {
    const QDate today = context.today();
    const DateRange range{rule.start.addDays(-40), today.addDays(10)};
    const auto points = periodHistory(rule, entries, context, range);
    const auto expectedPoints = reference::periodHistory(rule, entries, context, range);
    REQUIRE(points.has_value());
    REQUIRE(expectedPoints.has_value());
    REQUIRE(points->size() == expectedPoints->size());
    for (std::size_t i = 0; i < points->size(); ++i) {
        const PeriodPoint& a = (*points)[i];
        const PeriodPoint& b = (*expectedPoints)[i];
        CHECK(a.period == b.period);
        CHECK(a.value == b.value);
        CHECK(a.hasValue == b.hasValue);
        CHECK(a.fraction == b.fraction);
        CHECK(a.met == b.met);
    }
    const auto scores = scoreHistory(rule, entries, context);
    const auto expectedScores = reference::scoreHistory(rule, entries, context);
    REQUIRE(scores.has_value());
    REQUIRE(expectedScores.has_value());
    REQUIRE(scores->size() == expectedScores->size());
    for (std::size_t i = 0; i < scores->size(); ++i) {
        CHECK((*scores)[i].date == (*expectedScores)[i].date);
        CHECK((*scores)[i].score == (*expectedScores)[i].score);
    }
}

} // namespace

TEST_CASE("the engine gives exactly the reference engine's figures for random histories of every goal shape",
          "[core][progress][reference]") {
    const unsigned seed = GENERATE(1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u);
    RandomGoals random(seed);
    for (int n = 0; n < 60; ++n) {
        const QDate today = QDate(2026, 3, 1).addDays(-random.uniform(0, 800));
        const GoalRule rule = random.rule(today);
        const std::vector<DayEntry> entries = random.entries(rule, today);
        const ProgressContext context = random.context(today);
        INFO("seed " << seed << " goal " << n << " kind " << static_cast<int>(rule.kind) << " period "
                     << static_cast<int>(rule.period) << " aggregation " << static_cast<int>(rule.aggregation)
                     << " direction " << static_cast<int>(rule.direction) << " frequency " << rule.frequency.numerator
                     << "/" << rule.frequency.denominator << " weekdays " << rule.frequency.weekdayMask << " entries "
                     << entries.size());
        const auto actual = computeProgress(rule, entries, context);
        const auto expected = reference::computeProgress(rule, entries, context);
        REQUIRE(actual.has_value());
        REQUIRE(expected.has_value());
        checkSame(*actual, *expected);
        checkSameHistory(rule, entries, context);
    }
}

TEST_CASE("the engine gives exactly the reference engine's figures for the start and the edges of time",
          "[core][progress][reference]") {
    RandomGoals random(99);
    const QDate today(2026, 3, 1);
    for (int n = 0; n < 80; ++n) {
        GoalRule rule = random.rule(today);
        // Goals starting today, tomorrow, long ago; entries only after today; no entries at all.
        static const int kStarts[] = {0, -1, -3, 1, 6, 3650};
        rule.start = today.addDays(-kStarts[n % 6]);
        if (rule.deadline)
            rule.deadline = rule.start.addDays(random.uniform(0, 400));
        std::vector<DayEntry> entries = random.entries(rule, today);
        if (n % 7 == 0)
            entries = {DayEntry{today.addDays(3), 1.0, EntryStatus::Done}};
        if (n % 11 == 0)
            entries.clear();
        const ProgressContext context = random.context(today);
        INFO("goal " << n);
        const auto actual = computeProgress(rule, entries, context);
        const auto expected = reference::computeProgress(rule, entries, context);
        REQUIRE(actual.has_value());
        REQUIRE(expected.has_value());
        checkSame(*actual, *expected);
        checkSameHistory(rule, entries, context);
    }
}
