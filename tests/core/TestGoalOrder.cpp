// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/GoalOrder.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {

QStringList titles(ContentStore& store) {
    QStringList out;
    const auto goals = store.goals(true); // named: a range-for over *temporary would dangle
    REQUIRE(goals);
    for (const Goal& g : *goals)
        out.append(g.title);
    return out;
}

struct OrderFixture : StoreFixture {
    QList<Goal> goals;
    OrderFixture() {
        int position = 0;
        for (const char* title : {"A", "B", "C", "D"}) {
            Goal g = goal(QString::fromLatin1(title));
            g.position = position++;
            goals.append(*store->addGoal(g));
        }
        published.clear();
    }
};

} // namespace

TEST_CASE("GoalOrder: moving a goal renumbers the list in one batch", "[goalorder]") {
    OrderFixture f;
    auto moved = GoalOrder::move(*f.store, f.goals.at(3).id, f.goals.at(1).id); // D before B
    REQUIRE(moved);
    CHECK(titles(*f.store) ==
          QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C")});
    // B, C and D changed position; A did not.
    REQUIRE(moved->size() == 3);
    CHECK(moved->at(0).after.title == QStringLiteral("D"));
    CHECK(moved->at(0).before.position == 3);
    CHECK(moved->at(0).after.position == 1);
    CHECK(moved->at(0).before.headRev != moved->at(0).after.headRev);
    CHECK(f.published.size() == 1); // one change event for the whole move
    CHECK(f.published.first().changes.size() == 3);
    // Each moved goal got one revision, so undo can revert it.
    CHECK(f.store->history(f.goals.at(3).id)->size() == 2);
    CHECK(f.store->history(f.goals.at(0).id)->size() == 1);
}

TEST_CASE("GoalOrder: to the end, into another category, and nothing to do", "[goalorder]") {
    OrderFixture f;
    REQUIRE(GoalOrder::move(*f.store, f.goals.at(0).id, QString()));
    CHECK(titles(*f.store) ==
          QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A")});

    const Category health = *f.store->categoryNamed(QStringLiteral("Health"));
    auto filed = GoalOrder::move(*f.store, f.goals.at(2).id, f.goals.at(1).id, health.id); // C before B, in Health
    REQUIRE(filed);
    CHECK(titles(*f.store) ==
          QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("A")});
    CHECK(f.store->goal(f.goals.at(2).id)->categoryId == health.id);

    f.published.clear();
    auto same = GoalOrder::move(*f.store, f.goals.at(2).id, f.goals.at(1).id); // already there
    REQUIRE(same);
    CHECK(same->isEmpty());
    CHECK(f.published.isEmpty());
}

TEST_CASE("GoalOrder: unknown goals are refused and nothing changes", "[goalorder]") {
    OrderFixture f;
    auto missing = GoalOrder::move(*f.store, QStringLiteral("nope"), QString());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto badTarget = GoalOrder::move(*f.store, f.goals.at(0).id, QStringLiteral("nope"));
    REQUIRE_FALSE(badTarget);
    CHECK(titles(*f.store) ==
          QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    CHECK(f.published.isEmpty());
}
