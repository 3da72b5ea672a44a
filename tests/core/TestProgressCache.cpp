// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "TestGoalStatsSupport.h"
#include "core/stats/ProgressCache.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::checkSameProgress;
using selftrack::test::contextOn;
using selftrack::test::fullPath;
using selftrack::test::seedVariedHistory;
using selftrack::test::StoreFixture;

namespace {

// Two goals with history up to yesterday and a cache already holding their figures for today.
struct CacheFixture : StoreFixture {
    Goal walk;
    Goal read;
    Goal other;
    QList<Record> walkRecords;
    ProgressContext context = contextOn(QDate(2026, 3, 1));
    std::unique_ptr<ProgressCache> cache;

    CacheFixture() {
        walk = *store->addGoal(goal(QStringLiteral("Walk")));
        Goal r = goal(QStringLiteral("Read"));
        r.kind = GoalKind::Amount;
        r.target = 20;
        read = *store->addGoal(r);
        other = *store->addGoal(goal(QStringLiteral("Other")));
        REQUIRE(store->batch([&]() -> Status {
            for (QDate day = QDate(2026, 1, 1); day < QDate(2026, 3, 1); day = day.addDays(1)) {
                walkRecords.append(*store->addRecord(checkIn(walk.id, day)));
                Record pages = checkIn(read.id, day);
                pages.value = 10 + day.day() % 15;
                REQUIRE(store->addRecord(pages));
                REQUIRE(store->addRecord(checkIn(other.id, day)));
            }
            return {};
        }));
        cache = std::make_unique<ProgressCache>(vault->database(), *store);
        for (const Goal& g : {walk, read, other})
            REQUIRE(cache->progress(g, context));
        REQUIRE(cache->computations() == 3);
    }

    GoalProgress cached(const Goal& g) {
        auto progress = cache->progress(g, context);
        REQUIRE(progress);
        return *progress;
    }
    // The cached figures after a change: recomputed exactly once, equal to the full path and not
    // equal to `before` (so a stale cache would fail the test).
    GoalProgress expectRecomputed(const Goal& g, const GoalProgress& before) {
        const long long computations = cache->computations();
        const GoalProgress after = cached(g);
        CHECK(cache->computations() == computations + 1);
        checkSameProgress(after, fullPath(*store, g, context));
        INFO("score " << after.score << " vs " << before.score << " streak " << after.currentStreak << " vs "
                      << before.currentStreak);
        CHECK((after.score != before.score || after.currentStreak != before.currentStreak ||
               after.periodValue != before.periodValue));
        return after;
    }
    // The cached figures are still those from before and were not recomputed.
    void expectWarm(const Goal& g, const GoalProgress& before) {
        const long long computations = cache->computations();
        const GoalProgress now = cached(g);
        CHECK(cache->computations() == computations);
        checkSameProgress(now, before);
        checkSameProgress(now, fullPath(*store, g, context));
    }
};

} // namespace

TEST_CASE("cached figures are served without recomputation until something changes", "[core][stats][cache]") {
    CacheFixture f;
    const GoalProgress walk = f.cached(f.walk);
    const GoalProgress read = f.cached(f.read);
    CHECK(f.cache->computations() == 3);
    checkSameProgress(walk, fullPath(*f.store, f.walk, f.context));
    checkSameProgress(read, fullPath(*f.store, f.read, f.context));
    CHECK(walk.currentStreak == 59);

    SECTION("a journal entry or another goal's record leaves the goal's figures cached") {
        REQUIRE(f.store->addRecord(StoreFixture::entry(QStringLiteral("a day off"), QDate(2026, 3, 1))));
        REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.other.id, QDate(2026, 3, 1))));
        f.expectWarm(f.walk, walk);
        f.expectWarm(f.read, read);
    }
    SECTION("adding a record") {
        REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
        CHECK(f.expectRecomputed(f.walk, walk).status == ProgressStatus::Done);
        f.expectWarm(f.read, read);
    }
    SECTION("updating a record") {
        Record last = f.walkRecords.last();
        last.value.reset();
        last.status = RecordStatus::Failed;
        REQUIRE(f.store->updateRecord(last));
        CHECK(f.expectRecomputed(f.walk, walk).currentStreak == 0);
    }
    SECTION("trashing, restoring and reverting a record") {
        const QString id = f.walkRecords.last().id;
        REQUIRE(f.store->remove(id));
        const GoalProgress trashed = f.expectRecomputed(f.walk, walk);
        REQUIRE(f.store->restore(id));
        const GoalProgress restored = f.expectRecomputed(f.walk, trashed);
        checkSameProgress(restored, walk);
        Record failed = *f.store->record(id);
        failed.value.reset();
        failed.status = RecordStatus::Failed;
        REQUIRE(f.store->updateRecord(failed));
        const GoalProgress updated = f.expectRecomputed(f.walk, restored);
        auto history = f.store->history(id);
        REQUIRE(history);
        REQUIRE(history->size() >= 2);
        REQUIRE(f.store->revert(id, history->first().revId)); // the check-in as first written
        checkSameProgress(f.expectRecomputed(f.walk, updated), walk);
    }
    SECTION("purging a record") {
        REQUIRE(f.store->purge(f.walkRecords.last().id));
        CHECK(f.expectRecomputed(f.walk, walk).currentStreak == 0);
    }
    SECTION("moving a record to another goal changes both goals") {
        Record moved = f.walkRecords.last();
        moved.goalId = f.read.id;
        moved.day = QDate(2026, 2, 20); // Read had 15 pages that day, short of its 20
        moved.value = 15.0;
        REQUIRE(f.store->updateRecord(moved));
        f.expectRecomputed(f.walk, walk);
        f.expectRecomputed(f.read, read);
    }
    SECTION("editing the goal") {
        Goal edited = f.walk;
        edited.freqNum = 3;
        edited.freqDen = 7;
        auto saved = f.store->updateGoal(edited);
        REQUIRE(saved);
        f.expectRecomputed(*saved, walk);
    }
    SECTION("a batch recomputes each goal it touched once") {
        REQUIRE(f.store->batch([&]() -> Status {
            REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
            Record pages = StoreFixture::checkIn(f.read.id, QDate(2026, 3, 1));
            pages.value = 30.0;
            REQUIRE(f.store->addRecord(pages));
            REQUIRE(f.store->remove(f.walkRecords.first().id));
            return {};
        }));
        f.expectRecomputed(f.walk, walk);
        f.expectRecomputed(f.read, read);
        f.expectWarm(f.other, f.cached(f.other));
    }
}

TEST_CASE("a rolled-back write leaves the cached figures as they were", "[core][stats][cache]") {
    CacheFixture f;
    const GoalProgress walk = f.cached(f.walk);

    SECTION("a batch that fails after its writes") {
        const Status st = f.store->batch([&]() -> Status {
            REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
            return fail(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
        });
        REQUIRE_FALSE(st);
        f.expectWarm(f.walk, walk);
    }
    SECTION("figures read inside the failed batch saw its writes but were not kept") {
        const Status st = f.store->batch([&]() -> Status {
            REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
            CHECK(f.cached(f.walk).status == ProgressStatus::Done);
            return fail(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
        });
        REQUIRE_FALSE(st);
        f.expectWarm(f.walk, walk);
        CHECK(f.cached(f.walk).status != ProgressStatus::Done);
    }
    SECTION("a commit hook after the cache's refuses the write: the goal is read again, same figures") {
        bool refuse = true;
        f.store->addCommitHook([&](const ChangeSet&) -> Status {
            if (refuse)
                return fail(ErrorCode::Storage, QStringLiteral("outbox full"));
            return {};
        });
        REQUIRE_FALSE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
        const long long computations = f.cache->computations();
        const GoalProgress after = f.cached(f.walk);
        // Dropped from memory by the hook; the vault's snapshot, whose removal was rolled back
        // with the write, still holds the right figures.
        CHECK(f.cache->computations() == computations);
        checkSameProgress(after, walk);
        checkSameProgress(after, fullPath(*f.store, f.walk, f.context));
        refuse = false;
        REQUIRE(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
        f.expectRecomputed(f.walk, walk);
    }
}

TEST_CASE("a new day or first day of the week recomputes every goal", "[core][stats][cache]") {
    CacheFixture f;
    const GoalProgress walk = f.cached(f.walk);
    CHECK(f.cache->size() == 3);
    f.context = contextOn(QDate(2026, 3, 2));
    f.expectRecomputed(f.walk, walk);
    CHECK(f.cache->size() == 1); // yesterday's figures of the other goals are gone
    const GoalProgress read = f.cached(f.read);
    checkSameProgress(read, fullPath(*f.store, f.read, f.context));

    f.context.weekStart = Qt::Sunday;
    const long long computations = f.cache->computations();
    checkSameProgress(f.cached(f.read), fullPath(*f.store, f.read, f.context));
    CHECK(f.cache->computations() == computations + 1);
}

TEST_CASE("a goal passed with another rule than the cached one is recomputed", "[core][stats][cache]") {
    CacheFixture f;
    const GoalProgress walk = f.cached(f.walk);
    Goal unsaved = f.walk;
    unsaved.freqNum = 2; // an edit not saved yet (a preview in the goal editor)
    unsaved.freqDen = 7;
    const GoalProgress preview = f.expectRecomputed(unsaved, walk);
    f.expectRecomputed(f.walk, preview);
}

TEST_CASE("the cache may be destroyed before its store", "[core][stats][cache]") {
    CacheFixture f;
    f.cache.reset();
    CHECK(f.store->addRecord(StoreFixture::checkIn(f.walk.id, QDate(2026, 3, 1))));
}

TEST_CASE("the Today view gets every goal's figures, equal to the full path", "[core][stats][cache][today]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 42);
    ProgressCache cache(f.vault->database(), *f.store);
    for (const QDate day : {QDate(2025, 6, 30), QDate(2026, 2, 24)}) {
        const ProgressContext context = contextOn(day);
        auto today = cache.today(goals, context);
        REQUIRE(today);
        REQUIRE(today->size() == goals.size());
        for (qsizetype i = 0; i < goals.size(); ++i) {
            INFO(goals[i].title.toStdString());
            checkSameProgress((*today)[i], fullPath(*f.store, goals[i], context));
        }
        const long long computations = cache.computations();
        auto again = cache.today(goals, context);
        REQUIRE(again);
        CHECK(cache.computations() == computations);
        for (qsizetype i = 0; i < goals.size(); ++i)
            checkSameProgress((*again)[i], (*today)[i]);
    }
    CHECK(cache.computations() == 2 * goals.size());
}
