// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "TestGoalStatsSupport.h"
#include "core/stats/GoalDetail.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::contextOn;
using selftrack::test::fullPath;
using selftrack::test::StoreFixture;

TEST_CASE("GoalDetail: day states, periods, scores and weekdays from one read", "[goaldetail]") {
    StoreFixture f;
    const Goal walk = *f.store->addGoal(StoreFixture::goal(QStringLiteral("Walk"), QDate(2026, 2, 1)));
    // Done every day of February except the 10th (skipped) and the 20th (nothing).
    for (QDate day(2026, 2, 1); day <= QDate(2026, 2, 28); day = day.addDays(1)) {
        if (day.day() == 20)
            continue;
        Record r = StoreFixture::checkIn(walk.id, day);
        if (day.day() == 10) {
            r.value.reset();
            r.status = RecordStatus::Skipped;
        }
        REQUIRE(f.store->addRecord(r));
    }
    const ProgressContext context = contextOn(QDate(2026, 2, 28));
    auto detail = GoalDetail::load(f.vault->database(), walk, context);
    REQUIRE(detail);

    CHECK(detail->today() == QDate(2026, 2, 28));
    CHECK(detail->timeline().day(QDate(2026, 2, 1)).state == DayState::Done);
    CHECK(detail->timeline().day(QDate(2026, 2, 10)).state == DayState::Skipped);
    CHECK(detail->timeline().day(QDate(2026, 2, 20)).state == DayState::Unknown);
    CHECK(detail->timeline().day(QDate(2026, 1, 31)).state == DayState::Unknown); // before the start

    // Daily goal: one period per day from the start, the last one is today's.
    REQUIRE(detail->periods().size() == 28);
    CHECK(detail->periods().front().period.first == QDate(2026, 2, 1));
    CHECK(detail->periods().back().period.first == QDate(2026, 2, 28));
    CHECK(detail->periods().back().met);
    CHECK_FALSE(detail->periods().at(19).hasValue); // the 20th

    // The last score is the figure the Today view shows.
    const GoalProgress progress = fullPath(*f.store, walk, context);
    REQUIRE_FALSE(detail->scores().empty());
    CHECK(detail->scores().back().date == QDate(2026, 2, 28));
    CHECK(detail->scores().back().score == progress.score);

    // February 2026 starts on a Sunday: 4 of each weekday; the 10th (Tuesday) was skipped and
    // the 20th (Friday) empty.
    const std::array<int, 7> counts = detail->weekdayCounts(QDate(2026, 2, 1), QDate(2026, 2, 28));
    CHECK(counts == std::array<int, 7>{4, 3, 4, 4, 3, 4, 4});
    // A range outside the data counts nothing; one reaching past today stops at today.
    CHECK(detail->weekdayCounts(QDate(2025, 1, 1), QDate(2025, 12, 31)) == std::array<int, 7>{});
    CHECK(detail->weekdayCounts(QDate(2026, 2, 27), QDate(2026, 3, 31)) == std::array<int, 7>{0, 0, 0, 0, 1, 1, 0});
}

TEST_CASE("GoalDetail: an amount goal's weekly periods carry its sums", "[goaldetail]") {
    StoreFixture f;
    Goal pages = StoreFixture::goal(QStringLiteral("Pages"), QDate(2026, 2, 2)); // a Monday
    pages.kind = GoalKind::Amount;
    pages.unit = QStringLiteral("pages");
    pages.period = Period::Week;
    pages.target = 50;
    pages = *f.store->addGoal(pages);
    for (QDate day(2026, 2, 2); day <= QDate(2026, 2, 18); day = day.addDays(1)) {
        Record r = StoreFixture::checkIn(pages.id, day);
        r.value = 10;
        REQUIRE(f.store->addRecord(r));
    }
    const ProgressContext context = contextOn(QDate(2026, 2, 18));
    auto detail = GoalDetail::load(f.vault->database(), pages, context);
    REQUIRE(detail);
    REQUIRE(detail->periods().size() == 3);
    CHECK(detail->periods().at(0).value == 70);
    CHECK(detail->periods().at(0).met);
    CHECK(detail->periods().at(1).value == 70);
    CHECK(detail->periods().at(2).value == 30); // Monday to Wednesday so far
    CHECK_FALSE(detail->periods().at(2).met);
    CHECK(detail->periods().at(2).value == fullPath(*f.store, pages, context).periodValue);
    CHECK(detail->timeline().day(QDate(2026, 2, 3)).state == DayState::Entered);
    CHECK(detail->timeline().day(QDate(2026, 2, 3)).total == 10);
}

TEST_CASE("GoalDetail: a goal that has not started yet has no periods and no scores", "[goaldetail]") {
    StoreFixture f;
    const Goal later = *f.store->addGoal(StoreFixture::goal(QStringLiteral("Later"), QDate(2026, 6, 1)));
    auto detail = GoalDetail::load(f.vault->database(), later, contextOn(QDate(2026, 3, 1)));
    REQUIRE(detail);
    CHECK(detail->periods().empty());
    CHECK(detail->scores().empty());
    CHECK(detail->weekdayCounts(QDate(2026, 1, 1), QDate(2026, 12, 31)) == std::array<int, 7>{});
}
