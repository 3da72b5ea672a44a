// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/DayCheckIns.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {

int liveCheckIns(ContentStore& store, const QString& goalId, QDate day) {
    RecordFilter filter;
    filter.goalId = goalId;
    filter.from = day;
    filter.to = day;
    auto records = store.records(filter);
    REQUIRE(records);
    return static_cast<int>(
        std::count_if(records->cbegin(), records->cend(), [](const Record& r) { return r.isCheckIn(); }));
}

} // namespace

TEST_CASE("clearing a day trashes the goal's check-ins of that day only, in one change", "[core][daycheckins]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Read")));
    REQUIRE(goal);
    const QDate day(2026, 2, 10);
    REQUIRE(f.store->checkIn(StoreFixture::checkIn(goal->id, day)));
    Record skip = StoreFixture::checkIn(goal->id, day);
    skip.value.reset();
    skip.status = RecordStatus::Skipped;
    REQUIRE(f.store->addRecord(skip));
    Record note;
    note.goalId = goal->id;
    note.day = day;
    note.note = QStringLiteral("a thought about reading");
    auto kept = f.store->addRecord(note);
    REQUIRE(kept);
    REQUIRE(f.store->checkIn(StoreFixture::checkIn(goal->id, day.addDays(1))));
    f.published.clear();

    auto cleared = DayCheckIns::clear(*f.store, goal->id, day);
    REQUIRE(cleared);
    CHECK(cleared->size() == 2);
    for (const DayCheckIns::Edit& edit : *cleared) {
        CHECK_FALSE(edit.beforeRev.isEmpty());
        CHECK(edit.afterRev != edit.beforeRev);
        CHECK(f.store->record(edit.recordId)->deleted);
    }
    CHECK(f.published.size() == 1);
    CHECK(liveCheckIns(*f.store, goal->id, day) == 0);
    CHECK(liveCheckIns(*f.store, goal->id, day.addDays(1)) == 1);
    CHECK_FALSE(f.store->record(kept->id)->deleted);

    SECTION("a day without check-ins changes nothing and publishes nothing") {
        f.published.clear();
        auto none = DayCheckIns::clear(*f.store, goal->id, day);
        REQUIRE(none);
        CHECK(none->isEmpty());
        CHECK(f.published.isEmpty());
    }
    SECTION("an invalid day is refused") {
        CHECK(DayCheckIns::clear(*f.store, goal->id, QDate()).error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("toggling a check goal checks in, then clears the day again", "[core][daycheckins]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Stretch")));
    REQUIRE(goal);
    const QDate day(2026, 2, 20);
    Record bare;
    bare.goalId = goal->id;
    bare.day = day;

    auto on = DayCheckIns::toggle(*f.store, bare);
    REQUIRE(on);
    REQUIRE(on->size() == 1);
    CHECK(on->first().beforeRev.isEmpty());
    CHECK(f.store->record(on->first().recordId)->value == 1.0); // the check-in rule applied
    CHECK(liveCheckIns(*f.store, goal->id, day) == 1);

    auto off = DayCheckIns::toggle(*f.store, bare);
    REQUIRE(off);
    REQUIRE(off->size() == 1);
    CHECK(off->first().recordId == on->first().recordId);
    CHECK(liveCheckIns(*f.store, goal->id, day) == 0);

    SECTION("a skipped day becomes done, in one change") {
        Record skip = bare;
        skip.status = RecordStatus::Skipped;
        REQUIRE(f.store->addRecord(skip));
        f.published.clear();
        auto done = DayCheckIns::toggle(*f.store, bare);
        REQUIRE(done);
        CHECK(done->size() == 2);
        CHECK(f.published.size() == 1);
        CHECK(liveCheckIns(*f.store, goal->id, day) == 1);
    }
    SECTION("an amount goal is refused and nothing is written") {
        Goal water = StoreFixture::goal(QStringLiteral("Water"));
        water.kind = GoalKind::Amount;
        water.target = 2000;
        auto amount = f.store->addGoal(water);
        REQUIRE(amount);
        Record r = bare;
        r.goalId = amount->id;
        auto refused = DayCheckIns::toggle(*f.store, r);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(liveCheckIns(*f.store, amount->id, day) == 0);
    }
}
