// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {
Record bareCheckIn(const QString& goalId, QDate day) {
    Record r;
    r.goalId = goalId;
    r.day = day;
    return r;
}
} // namespace

TEST_CASE("a check-in before a goal's start moves the start back as a goal revision", "[core][start]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Read"), QDate(2026, 2, 10)));
    REQUIRE(goal);
    f.published.clear();

    SECTION("an earlier check-in") {
        auto early = f.store->checkIn(StoreFixture::checkIn(goal->id, QDate(2026, 2, 3)));
        REQUIRE(early);
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 3));
        auto history = f.store->history(goal->id);
        REQUIRE(history->size() == 2);
        CHECK(history->last().content.value(QStringLiteral("start_date")).toString() == QStringLiteral("2026-02-03"));
        // One transaction, one ChangeSet: the moved start and the record.
        REQUIRE(f.published.size() == 1);
        CHECK(f.published.first().ofType(ItemType::Goal).size() == 1);
        CHECK(f.published.first().ofType(ItemType::Record).size() == 1);
        // Reverting the goal's revision puts the start where it was; the record stays.
        REQUIRE(f.store->revert(goal->id, history->first().revId));
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 10));
        CHECK(f.store->record(early->id));
    }
    SECTION("a check-in on or after the start leaves the goal alone") {
        REQUIRE(f.store->checkIn(StoreFixture::checkIn(goal->id, QDate(2026, 2, 10))));
        REQUIRE(f.store->addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 2, 20))));
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 10));
        CHECK(f.store->history(goal->id)->size() == 1);
    }
    SECTION("moving a check-in to an earlier day") {
        auto record = f.store->checkIn(StoreFixture::checkIn(goal->id, QDate(2026, 2, 12)));
        REQUIRE(record);
        record->day = QDate(2026, 1, 31);
        REQUIRE(f.store->updateRecord(*record));
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 1, 31));
    }
    SECTION("moving a check-in to another goal moves that goal's start") {
        auto other = f.store->addGoal(StoreFixture::goal(QStringLiteral("Walk"), QDate(2026, 3, 1)));
        REQUIRE(other);
        auto record = f.store->checkIn(StoreFixture::checkIn(goal->id, QDate(2026, 2, 12)));
        REQUIRE(record);
        record->goalId = other->id;
        REQUIRE(f.store->updateRecord(*record));
        CHECK(f.store->goal(other->id)->startDate == QDate(2026, 2, 12));
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 10));
    }
    SECTION("a refused record moves nothing") {
        Record bad = StoreFixture::checkIn(goal->id, QDate(2026, 2, 1));
        bad.mood = 9;
        CHECK_FALSE(f.store->checkIn(bad));
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 10));
        CHECK(f.published.isEmpty());
    }
    SECTION("a batch that fails takes the moved start back with it") {
        auto st = f.store->batch([&]() -> Status {
            if (auto r = f.store->checkIn(StoreFixture::checkIn(goal->id, QDate(2026, 1, 5))); !r)
                return std::unexpected(r.error());
            return fail(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        CHECK_FALSE(st);
        CHECK(f.store->goal(goal->id)->startDate == QDate(2026, 2, 10));
        CHECK(f.store->history(goal->id)->size() == 1);
        CHECK(f.published.isEmpty());
    }
}

TEST_CASE("check-ins see the goal as it is now, after updates, trash and rolled-back batches", "[core][start]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Water")));
    REQUIRE(goal);
    // A bare check-in of a check goal counts 1 (and reads the goal, which may be cached).
    CHECK(f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 1)))->value == 1.0);

    SECTION("the goal becomes an amount goal") {
        goal->kind = GoalKind::Amount;
        goal->unit = QStringLiteral("ml");
        REQUIRE(f.store->updateGoal(*goal));
        auto bare = f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 2)));
        REQUIRE_FALSE(bare);
        CHECK(bare.error().message.contains(QStringLiteral("ml")));
    }
    SECTION("the goal goes to the trash and back") {
        REQUIRE(f.store->remove(goal->id));
        CHECK(f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 2))).error().code == ErrorCode::NotFound);
        REQUIRE(f.store->restore(goal->id));
        CHECK(f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 2))));
    }
    SECTION("a change inside a batch that rolls back is forgotten") {
        auto st = f.store->batch([&]() -> Status {
            Goal changed = *goal;
            changed.kind = GoalKind::Amount;
            if (auto g = f.store->updateGoal(changed); !g)
                return std::unexpected(g.error());
            Record amount = bareCheckIn(goal->id, QDate(2026, 2, 2));
            amount.value = 250.0;
            if (auto r = f.store->checkIn(amount); !r) // reads the changed goal
                return std::unexpected(r.error());
            return fail(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        REQUIRE_FALSE(st);
        CHECK(f.store->goal(goal->id)->kind == GoalKind::Check);
        CHECK(f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 3)))->value == 1.0);
    }
    SECTION("a purged goal takes no check-ins") {
        REQUIRE(f.store->purge(goal->id));
        CHECK(f.store->checkIn(bareCheckIn(goal->id, QDate(2026, 2, 2))).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("an item id the caller chooses must be new", "[core][store]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Read")));
    REQUIRE(goal);
    Record entry = StoreFixture::entry(QStringLiteral("first"));
    entry.id = QStringLiteral("fixed-id");
    REQUIRE(f.store->addRecord(entry));
    entry.note = QStringLiteral("second");
    auto again = f.store->addRecord(entry);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::InvalidInput);
    CHECK(f.store->record(QStringLiteral("fixed-id"))->note == QStringLiteral("first"));
    Goal sameId = StoreFixture::goal(QStringLiteral("Other"));
    sameId.id = goal->id;
    CHECK_FALSE(f.store->addGoal(sameId));
    CHECK(f.store->goal(goal->id)->title == QStringLiteral("Read"));
}
