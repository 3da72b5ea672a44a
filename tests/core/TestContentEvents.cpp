// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

TEST_CASE("each committed write publishes one change set", "[core][events]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
    REQUIRE(goal);
    REQUIRE(f.published.size() == 1);
    CHECK(f.published[0].changes == QList<ItemChange>{{ItemType::Goal, goal->id, ChangeKind::Created, {}, {}}});

    auto record = f.store->addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 2, 1)));
    REQUIRE(record);
    REQUIRE(f.published.size() == 2);
    CHECK(f.published[1].changes ==
          QList<ItemChange>{{ItemType::Record, record->id, ChangeKind::Created, goal->id, {}}});
    CHECK(f.published[1].goalsAffected() == QSet<QString>{goal->id});

    REQUIRE(f.store->remove(record->id));
    REQUIRE(f.store->restore(record->id));
    REQUIRE(f.published.size() == 4);
    CHECK(f.published[2].changes[0].kind == ChangeKind::Trashed);
    CHECK(f.published[3].changes[0].kind == ChangeKind::Restored);
}

TEST_CASE("a write that changes nothing publishes nothing", "[core][events]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
    REQUIRE(goal);
    f.published.clear();
    REQUIRE(f.store->updateGoal(*goal));
    CHECK(f.published.isEmpty());
    CHECK_FALSE(f.store->remove(QStringLiteral("no-such-id")));
    CHECK(f.published.isEmpty());
}

TEST_CASE("a batch publishes once, after its commit, and a rolled-back batch never", "[core][events]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
    REQUIRE(goal);
    f.published.clear();
    int seenInside = -1;
    REQUIRE(f.store->batch([&]() -> Status {
        for (int d = 1; d <= 3; ++d)
            if (auto r = f.store->addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 2, d))); !r)
                return std::unexpected(r.error());
        seenInside = static_cast<int>(f.published.size());
        return {};
    }));
    CHECK(seenInside == 0);
    REQUIRE(f.published.size() == 1);
    CHECK(f.published[0].changes.size() == 3);

    f.published.clear();
    auto failed = f.store->batch([&]() -> Status {
        if (auto r = f.store->addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 2, 9))); !r)
            return std::unexpected(r.error());
        return fail(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
    });
    CHECK_FALSE(failed);
    CHECK(f.published.isEmpty());
    RecordFilter all;
    all.goalId = goal->id;
    CHECK(f.store->records(all)->size() == 3);
}

TEST_CASE("a failing commit hook rolls the write back and nothing is published", "[core][events]") {
    StoreFixture f;
    QList<ChangeSet> hooked;
    bool refuse = false;
    f.store->addCommitHook([&](const ChangeSet& changes) -> Status {
        hooked.append(changes);
        if (refuse)
            return fail(ErrorCode::Storage, QStringLiteral("outbox full"));
        return {};
    });
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
    REQUIRE(goal);
    CHECK(hooked.size() == 1);
    refuse = true;
    auto refused = f.store->addGoal(StoreFixture::goal(QStringLiteral("Swim")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == QStringLiteral("outbox full"));
    CHECK(hooked.size() == 2);
    CHECK(f.published.size() == 1);
    CHECK(f.store->goals()->size() == 1);
}

TEST_CASE("purging a goal reports the goal and everything purged with it", "[core][events]") {
    StoreFixture f;
    auto goal = f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
    REQUIRE(goal);
    auto record = f.store->addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 2, 1)));
    REQUIRE(record);
    Milestone milestone;
    milestone.goalId = goal->id;
    milestone.title = QStringLiteral("First 5k");
    auto m = f.store->addMilestone(milestone);
    REQUIRE(m);
    f.published.clear();
    REQUIRE(f.store->purge(goal->id));
    REQUIRE(f.published.size() == 1);
    const QList<ItemChange>& changes = f.published[0].changes;
    REQUIRE(changes.size() == 3);
    for (const ItemChange& c : changes)
        CHECK(c.kind == ChangeKind::Purged);
    CHECK(changes.contains(ItemChange{ItemType::Record, record->id, ChangeKind::Purged, goal->id, {}}));
    CHECK(changes.contains(ItemChange{ItemType::Milestone, m->id, ChangeKind::Purged, goal->id, {}}));
    CHECK(changes.contains(ItemChange{ItemType::Goal, goal->id, ChangeKind::Purged, {}, {}}));
}

TEST_CASE("moving a record to another goal names both goals", "[core][events]") {
    StoreFixture f;
    auto a = f.store->addGoal(StoreFixture::goal(QStringLiteral("A")));
    auto b = f.store->addGoal(StoreFixture::goal(QStringLiteral("B")));
    REQUIRE(a);
    REQUIRE(b);
    auto record = f.store->addRecord(StoreFixture::checkIn(a->id, QDate(2026, 2, 1)));
    REQUIRE(record);
    record->goalId = b->id;
    REQUIRE(f.store->updateRecord(*record));
    CHECK(f.published.last().goalsAffected() == QSet<QString>{a->id, b->id});
}
