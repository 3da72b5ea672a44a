// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/SampleData.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

TEST_CASE("sample data gives a new vault goals of every kind with weeks of history, in one change",
          "[core][sampledata]") {
    StoreFixture f;
    const QDate today(2026, 3, 1);
    auto counts = SampleData::add(*f.store, today);
    REQUIRE(counts);
    CHECK(counts->goals == 5);
    CHECK(counts->milestones == 3);
    CHECK(f.published.size() == 1);

    auto goals = f.store->goals();
    REQUIRE(goals);
    REQUIRE(goals->size() == 5);
    bool check = false, amount = false, atMost = false, whole = false, fewPerWeek = false;
    for (const Goal& g : *goals) {
        CHECK(g.problems().isEmpty());
        CHECK_FALSE(g.categoryId.isEmpty());
        check |= g.kind == GoalKind::Check && g.freqDen == 1;
        fewPerWeek |= g.kind == GoalKind::Check && g.freqNum == 3 && g.freqDen == 7;
        amount |= g.kind == GoalKind::Amount && g.direction == Direction::AtLeast && g.period == Period::Day;
        atMost |= g.direction == Direction::AtMost;
        whole |= g.period == Period::Whole && g.deadline.has_value();
    }
    CHECK((check && fewPerWeek && amount && atMost && whole));
    CHECK(f.store->categories()->size() == 3);

    auto all = f.store->records(RecordFilter{});
    REQUIRE(all);
    CHECK(all->size() == counts->records);
    int journal = 0;
    for (const Record& r : *all) {
        CHECK(r.day < today); // history ends yesterday: today is the user's to check in
        CHECK(r.day >= today.addDays(-56));
        journal += r.goalId.isEmpty() ? 1 : 0;
    }
    CHECK(journal == 3); // and three notes about a goal
    CHECK(f.store->journalTags()->contains(QStringLiteral("outside")));

    SECTION("the same day gives the same sample") {
        StoreFixture other;
        auto again = SampleData::add(*other.store, today);
        REQUIRE(again);
        CHECK(again->records == counts->records);
    }
    SECTION("an invalid day writes nothing") {
        StoreFixture empty;
        CHECK_FALSE(SampleData::add(*empty.store, QDate()));
        CHECK(empty.store->goals()->isEmpty());
        CHECK(empty.published.isEmpty());
    }
}
