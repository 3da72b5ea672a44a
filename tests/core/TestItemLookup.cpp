// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/ItemLookup.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

TEST_CASE("items are found by id prefix with one indexed query, trashed ones included", "[core][lookup]") {
    StoreFixture f;
    Goal g = StoreFixture::goal(QStringLiteral("Run"));
    g.id = QStringLiteral("abcd1111-0000-4000-8000-000000000001");
    REQUIRE(f.store->addGoal(g));
    Record r = StoreFixture::checkIn(g.id, QDate(2026, 2, 1));
    r.id = QStringLiteral("abcd2222-0000-4000-8000-000000000002");
    REQUIRE(f.store->addRecord(r));
    Record gone = StoreFixture::entry(QStringLiteral("secret"));
    gone.id = QStringLiteral("abcd3333-0000-4000-8000-000000000003");
    REQUIRE(f.store->addRecord(gone));
    REQUIRE(f.store->remove(r.id));
    REQUIRE(f.store->purge(gone.id));

    ItemLookup lookup(f.store->database());
    CHECK(*lookup.byIdPrefix(QStringLiteral("ABCD")) ==
          QList<ItemRef>{{g.id, ItemType::Goal}, {r.id, ItemType::Record}}); // purged ones are gone
    CHECK(*lookup.byIdPrefix(QStringLiteral("abcd2")) == QList<ItemRef>{{r.id, ItemType::Record}});
    CHECK(lookup.byIdPrefix(QStringLiteral("abce"))->isEmpty());
    CHECK(lookup.byIdPrefix(QStringLiteral("abcd"), 1)->size() == 1);
    CHECK(lookup.byIdPrefix(QString())->isEmpty());
}

TEST_CASE("goals are found by title prefix, case-insensitively also beyond ASCII", "[core][lookup]") {
    StoreFixture f;
    for (const char* title : {"Übungen", "uber rides", "Read 20 pages", "Read_me", "100% effort"})
        REQUIRE(f.store->addGoal(StoreFixture::goal(QString::fromUtf8(title))));
    auto trashed = f.store->addGoal(StoreFixture::goal(QStringLiteral("Reading club")));
    REQUIRE(trashed);
    REQUIRE(f.store->remove(trashed->id));

    ItemLookup lookup(f.store->database());
    auto titles = [&](const char* prefix) {
        QStringList out;
        auto goals = lookup.goalsByTitlePrefix(QString::fromUtf8(prefix));
        REQUIRE(goals);
        for (const Goal& g : *goals)
            out.append(g.title);
        out.sort();
        return out;
    };
    CHECK(titles("read") == QStringList{QStringLiteral("Read 20 pages"), QStringLiteral("Read_me")});
    CHECK(titles("READ_") == QStringList{QStringLiteral("Read_me")}); // '_' is literal, not a wildcard
    CHECK(titles("100%") == QStringList{QStringLiteral("100% effort")});
    CHECK(titles("übung") == QStringList{QString::fromUtf8("Übungen")});
    CHECK(titles("ub") == QStringList{QStringLiteral("uber rides")});
    CHECK(titles("").isEmpty());
}
