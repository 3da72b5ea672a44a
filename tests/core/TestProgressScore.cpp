// SPDX-License-Identifier: GPL-3.0-or-later
// The habit score against the expectations of Loop Habit Tracker's own score tests
// (uhabits-core ScoreListTest; values newest day first).
#include "TestProgressHelpers.h"

#include "core/progress/DailyTimeline.h"
#include "core/progress/HabitScore.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace selftrack::core;
using selftrack::core::testing::EntryBuilder;

namespace {

const QDate kToday(2026, 2, 15);

std::vector<DayScore> scoresFor(const GoalRule& rule, const EntryBuilder& builder) {
    return scoreSeries(rule, DailyTimeline::build(rule, builder.entries(), kToday));
}

double scoreOn(const std::vector<DayScore>& scores, int daysAgo) {
    const QDate date = kToday.addDays(-daysAgo);
    for (const DayScore& s : scores) {
        if (s.date == date)
            return s.score;
    }
    return 0.0; // before the first recorded day, as in Loop
}

void checkNewestFirst(const std::vector<DayScore>& scores, const std::vector<double>& expected) {
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("days ago " << i);
        CHECK(scoreOn(scores, static_cast<int>(i)) == Approx(expected[i]).margin(1e-6));
    }
}

GoalRule checkRule(int numerator, int denominator) {
    GoalRule rule;
    rule.frequency = Frequency::perDays(numerator, denominator);
    rule.start = kToday.addDays(-1000);
    return rule;
}

GoalRule numericRule(Direction direction, int numerator = 1, int denominator = 1) {
    GoalRule rule = checkRule(numerator, denominator);
    rule.kind = GoalKind::Amount;
    rule.direction = direction;
    rule.target = 2.0;
    return rule;
}

const std::vector<double> kTwentyDailyDays{
    0.655747, 0.636894, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.443734, 0.413270,
    0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820, 0.101149, 0.051922, 0.0,      0.0};

} // namespace

TEST_CASE("the multiplier and one step follow Loop's formula", "[core][progress][score]") {
    CHECK(scoreMultiplier(1.0) == Approx(0.948078).margin(1e-6));
    CHECK(nextScore(1.0, 0.0, 1.0) == Approx(0.051922).margin(1e-6));
    CHECK(nextScore(1.0, 0.5, 0.0) == Approx(0.5 * 0.948078).margin(1e-6));
    CHECK(scoreMultiplier(1.0 / 7.0) < 1.0);
    CHECK(scoreMultiplier(1.0 / 7.0) > scoreMultiplier(1.0)); // rarer habits decay slower
}

TEST_CASE("a daily habit done for twenty days", "[core][progress][score]") {
    const auto scores = scoresFor(checkRule(1, 1), EntryBuilder(kToday).doneRange(0, 20));
    REQUIRE(scores.size() == 20);
    CHECK(scores.front().date == kToday.addDays(-19));
    checkNewestFirst(scores, kTwentyDailyDays);
}

TEST_CASE("skipped days keep the score and stay in the calendar window", "[core][progress][score]") {
    SECTION("daily habit with three skips") {
        EntryBuilder b(kToday);
        b.doneRange(0, 20).replaceWithSkip(5).replaceWithSkip(10).replaceWithSkip(11);
        checkNewestFirst(scoresFor(checkRule(1, 1), b),
                         {0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.472617,
                          0.443734, 0.413270, 0.381137, 0.347244, 0.347244, 0.347244, 0.311495,
                          0.273788, 0.234017, 0.192067, 0.147820, 0.101149, 0.051922, 0.0});
    }
    SECTION("a skip right after the only repetition, then unknown days") {
        EntryBuilder b(kToday);
        b.done(5).skipped(4);
        checkNewestFirst(scoresFor(checkRule(1, 1), b),
                         {0.041949, 0.044247, 0.046670, 0.049226, 0.051922, 0.051922, 0.0});
    }
    SECTION("six times a week: skipped days take their place in the doubled 14-day window") {
        // Loop's released ScoreList: once the skips are inside the window, 11 checks of 12 count.
        EntryBuilder b(kToday);
        b.doneRange(0, 18).replaceWithSkip(10).replaceWithSkip(11).replaceWithSkip(12);
        checkNewestFirst(scoresFor(checkRule(6, 7), b),
                         {0.350290, 0.321630, 0.291519, 0.259885, 0.226651, 0.191734, 0.159268, 0.129375, 0.102187,
                          0.077839, 0.056477, 0.056477, 0.056477, 0.056477, 0.038251, 0.023319, 0.011848, 0.004014,
                          0.0});
    }
    SECTION("doing or skipping every day: daily habits reach 100 %, 6 of 7 the share of checks") {
        EntryBuilder b(kToday);
        b.doneRange(0, 500);
        for (int k = 0; k < 100; ++k)
            b.replaceWithSkip(7 * k + 5).replaceWithSkip(7 * k + 6);
        CHECK(scoresFor(checkRule(1, 1), b).back().score == Approx(1.0).margin(1e-6));
        // Ten checks in every 14 days against the doubled 12: 10 / 12.
        CHECK(scoresFor(checkRule(6, 7), b).back().score == Approx(10.0 / 12.0).margin(1e-6));
    }
}

TEST_CASE("non-daily habits converge to the share of repetitions done", "[core][progress][score]") {
    EntryBuilder twoOfSeven(kToday);
    for (int k = 0; k < 100; ++k)
        twoOfSeven.done(7 * k).done(7 * k + 1);
    CHECK(scoresFor(checkRule(3, 7), twoOfSeven).back().score == Approx(2.0 / 3.0).margin(1e-6));
    CHECK(scoresFor(checkRule(4, 7), twoOfSeven).back().score == Approx(0.5).margin(1e-6));

    EntryBuilder irregularWeekly(kToday);
    for (int k = 0; k < 100; ++k)
        irregularWeekly.done(14 * k).done(14 * k + 13);
    CHECK(scoresFor(checkRule(1, 7), irregularWeekly).back().score == Approx(1.0).margin(1e-3));
}

TEST_CASE("frequency changes the score of the same repetitions", "[core][progress][score]") {
    EntryBuilder b(kToday);
    b.doneRange(0, 2);
    CHECK(scoresFor(checkRule(1, 1), b).back().score == Approx(0.101149).margin(1e-6));
    CHECK(scoresFor(checkRule(1, 2), b).back().score == Approx(0.054816).margin(1e-6));
    CHECK(scoresFor(checkRule(2, 2), b).back().score == Approx(0.101149).margin(1e-6)); // 2 per 2 days is daily
}

TEST_CASE("at-least amounts score the window sum against the target", "[core][progress][score]") {
    const GoalRule rule = numericRule(Direction::AtLeast);
    checkNewestFirst(scoresFor(rule, EntryBuilder(kToday).valueRange(0, 20, 2.0)), kTwentyDailyDays);
    CHECK(scoresFor(rule, EntryBuilder(kToday).valueRange(0, 500, 1.0)).back().score == Approx(0.5).margin(1e-6));
    CHECK(scoresFor(rule, EntryBuilder(kToday).value(0, 10000.0)).back().score == Approx(0.051922).margin(1e-6));
    CHECK(scoresFor(numericRule(Direction::AtLeast, 1, 2), EntryBuilder(kToday).valueRange(0, 2, 2.0)).back().score ==
          Approx(0.072631).margin(1e-6));

    EntryBuilder withSkips(kToday);
    withSkips.valueRange(0, 10, 2.0).skipped(10).valueRange(11, 15, 2.0).skipped(15).valueRange(16, 20, 2.0);
    checkNewestFirst(scoresFor(rule, withSkips), {0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617,
                                                  0.443734, 0.413270, 0.381137, 0.347244, 0.347244, 0.311495, 0.273788,
                                                  0.234017, 0.192067, 0.192067, 0.147820, 0.101149, 0.051922, 0.0});
}

TEST_CASE("at-most amounts start full and lose score when over the limit", "[core][progress][score]") {
    const GoalRule rule = numericRule(Direction::AtMost);
    checkNewestFirst(scoresFor(rule, EntryBuilder(kToday).value(20, 1.0).valueRange(0, 20, 5.0)),
                     {0.344253, 0.363106, 0.382992, 0.403967, 0.426090, 0.449426, 0.474039, 0.500000,
                      0.527383, 0.556266, 0.586730, 0.618863, 0.652756, 0.688505, 0.726212, 0.765983,
                      0.807933, 0.852180, 0.898851, 0.948078, 1.0,      0.0});
    CHECK(scoresFor(rule, EntryBuilder(kToday)).back().score == Approx(1.0).margin(1e-6));
    CHECK(scoresFor(rule, EntryBuilder(kToday).valueRange(0, 2, 5.0)).back().score == Approx(0.898850).margin(1e-6));
    CHECK(scoresFor(numericRule(Direction::AtMost, 1, 2), EntryBuilder(kToday).valueRange(0, 2, 5.0)).back().score ==
          Approx(0.927369).margin(1e-6));
    CHECK(scoresFor(rule, EntryBuilder(kToday).valueRange(0, 500, 3.0)).back().score == Approx(0.5).margin(1e-6));
    CHECK(scoresFor(rule, EntryBuilder(kToday).value(1, 10000.0)).back().score == Approx(0.950773).margin(1e-6));
    CHECK(scoresFor(rule, EntryBuilder(kToday).value(0, 5.0).value(1, 1.0)).back().score ==
          Approx(0.948077).margin(1e-6));
}

TEST_CASE("weekday habits skip the days they are not due", "[core][progress][score]") {
    GoalRule rule = checkRule(1, 1);
    rule.frequency = Frequency::onWeekdays({Qt::Monday, Qt::Wednesday, Qt::Friday});
    // kToday is a Sunday; done on every Monday, Wednesday and Friday of the last 20 weeks.
    REQUIRE(kToday.dayOfWeek() == Qt::Sunday);
    EntryBuilder b(kToday);
    for (int daysAgo = 0; daysAgo < 140; ++daysAgo) {
        const int dow = kToday.addDays(-daysAgo).dayOfWeek();
        if (dow == Qt::Monday || dow == Qt::Wednesday || dow == Qt::Friday)
            b.done(daysAgo);
    }
    const auto scores = scoresFor(rule, b);
    // Only due days move the score, each like a daily repetition: 60 of them.
    CHECK(scores.back().score == Approx(1.0 - std::pow(scoreMultiplier(1.0), 60)).margin(1e-9));
    CHECK(scoreOn(scores, 0) == scoreOn(scores, 1)); // Sunday and Saturday keep Friday's score
}
