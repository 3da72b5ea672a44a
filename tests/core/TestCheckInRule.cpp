// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

TEST_CASE("the check-in rule decides what a value-less done means, once for every front-end", "[core][checkin]") {
    StoreFixture f;
    auto check = f.store->addGoal(StoreFixture::goal(QStringLiteral("Meditate")));
    Goal water = StoreFixture::goal(QStringLiteral("Water"));
    water.kind = GoalKind::Amount;
    water.unit = QStringLiteral("ml");
    water.target = 2000;
    auto amount = f.store->addGoal(water);
    REQUIRE(check);
    REQUIRE(amount);

    Record bare;
    bare.goalId = check->id;
    bare.day = QDate(2026, 2, 1);
    Record withNote = bare;
    withNote.note = QStringLiteral("calm");

    SECTION("an explicit check-in of a check goal carries 1, with or without a note") {
        CHECK(f.store->checkIn(bare)->value == 1.0);
        CHECK(f.store->checkIn(withNote)->value == 1.0);
    }
    SECTION("a plain record: bare done is a check-in, done with a note is a note") {
        CHECK(f.store->addRecord(bare)->value == 1.0);
        auto note = f.store->addRecord(withNote);
        REQUIRE(note);
        CHECK_FALSE(note->value.has_value());
        CHECK_FALSE(note->isCheckIn());
    }
    SECTION("an amount check-in needs a value and writes nothing without one") {
        Record r = bare;
        r.goalId = amount->id;
        auto refused = f.store->checkIn(r);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("ml")));
        r.status = RecordStatus::Skipped;
        CHECK(f.store->checkIn(r));
        r.status = RecordStatus::Done;
        r.value = 250;
        CHECK(f.store->checkIn(r)->value == 250);
    }
    SECTION("a check-in needs a goal") {
        CHECK(f.store->checkIn(StoreFixture::entry(QStringLiteral("just text"))).error().code ==
              ErrorCode::InvalidInput);
    }
}
