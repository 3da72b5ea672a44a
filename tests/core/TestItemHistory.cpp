// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/history/ItemHistory.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

TEST_CASE("an item's history lists each revision with its parent and summary", "[core][history]") {
    StoreFixture f;
    Goal run = StoreFixture::goal(QStringLiteral("Run"));
    run.kind = GoalKind::Amount;
    run.unit = QStringLiteral("km");
    auto goal = f.store->addGoal(run);
    REQUIRE(goal);
    Record r = StoreFixture::checkIn(goal->id, QDate(2026, 2, 1));
    r.value = 5;
    auto record = f.store->addRecord(r);
    REQUIRE(record);
    record->value = 7;
    REQUIRE(f.store->updateRecord(*record));
    REQUIRE(f.store->remove(record->id));

    auto entries = ItemHistory::load(*f.store, record->id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).parent == -1);
    CHECK(entries->at(1).parent == 0);
    CHECK(entries->at(2).parent == 1);
    CHECK(entries->at(0).summary.contains(QStringLiteral("5 km"))); // knows the goal's unit
    CHECK(entries->at(2).summary == QStringLiteral("Moved to the trash"));
    CHECK(ItemHistory::load(*f.store, QStringLiteral("nope")).error().code == ErrorCode::NotFound);

    // A parent named by parentRev wins over the list order (a revert points back).
    QList<Revision> revisions = *f.store->history(record->id);
    std::swap(revisions[1], revisions[2]);
    const QList<qsizetype> parents = ItemHistory::parents(revisions);
    CHECK(parents == QList<qsizetype>{-1, 2, 0});
}
