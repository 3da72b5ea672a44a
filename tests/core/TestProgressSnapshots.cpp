// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "TestGoalStatsSupport.h"
#include "core/domain/ProgressSnapshots.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/Schema.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::checkSameProgress;
using selftrack::test::contextOn;
using selftrack::test::fullPath;
using selftrack::test::seedVariedHistory;
using selftrack::test::StoreFixture;

namespace {
long long snapshotRows(StoreFixture& f) {
    return f.vault->database().queryInt("SELECT count(*) FROM progress_snapshots;").value();
}

long long stateRows(StoreFixture& f) {
    return f.vault->database().queryInt("SELECT count(*) FROM progress_states;").value();
}

// A new ContentStore and ProgressCache on the same vault, as after the next unlock.
struct Reopened {
    ContentStore store;
    ProgressCache cache;
    explicit Reopened(StoreFixture& f)
        : store(f.vault->database(), f.vault->deviceId()), cache(f.vault->database(), store) {}
};
} // namespace

TEST_CASE("the next unlock reads today's figures from the vault instead of recomputing them",
          "[core][stats][snapshots]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 7);
    const ProgressContext context = contextOn(QDate(2026, 2, 24));
    {
        ProgressCache first(f.vault->database(), *f.store);
        REQUIRE(first.today(goals, context));
        CHECK(first.computations() == goals.size());
    }
    CHECK(snapshotRows(f) == goals.size());
    CHECK(stateRows(f) == goals.size());

    Reopened next(f);
    auto today = next.cache.today(goals, context);
    REQUIRE(today);
    CHECK(next.cache.computations() == 0);
    for (qsizetype i = 0; i < goals.size(); ++i) {
        INFO(goals[i].title.toStdString());
        checkSameProgress((*today)[i], fullPath(*f.store, goals[i], context));
    }

    SECTION("a write through any store drops the snapshot of its goal in the same transaction") {
        // A store without a cache (the CLI, say) writes a check-in of the first goal.
        REQUIRE(f.store->addRecord(StoreFixture::checkIn(goals[0].id, QDate(2026, 2, 24))));
        CHECK(snapshotRows(f) == goals.size() - 1);
        CHECK(stateRows(f) == goals.size() - 1);
        Reopened later(f);
        auto after = later.cache.today(goals, context);
        REQUIRE(after);
        CHECK(later.cache.computations() == 1);
        checkSameProgress(after->first(), fullPath(*f.store, goals[0], context));
    }
    SECTION("a rolled-back write keeps the snapshot, still right") {
        CHECK_FALSE(f.store->batch([&]() -> Status {
            if (auto r = f.store->addRecord(StoreFixture::checkIn(goals[0].id, QDate(2026, 2, 24))); !r)
                return std::unexpected(r.error());
            return fail(ErrorCode::InvalidInput, QStringLiteral("stop"));
        }));
        CHECK(snapshotRows(f) == goals.size());
        CHECK(stateRows(f) == goals.size());
    }
    SECTION("another day, week start, time zone or rule is recomputed") {
        Reopened later(f);
        REQUIRE(later.cache.today(goals, contextOn(QDate(2026, 2, 25))));
        CHECK(later.cache.computations() == goals.size());
        CHECK(later.cache.resumptions() == goals.size()); // from each snapshot's engine state
        ProgressContext monday = context;
        monday.weekStart = Qt::Sunday;
        Reopened sunday(f);
        REQUIRE(sunday.cache.today(goals, monday));
        CHECK(sunday.cache.computations() == goals.size());
        CHECK(sunday.cache.resumptions() == 0);
        ProgressContext zone = context;
        zone.timeZone = QTimeZone("Pacific/Auckland");
        REQUIRE(zone.timeZone.isValid());
        Reopened auckland(f);
        REQUIRE(auckland.cache.progress(goals[0], zone));
        CHECK(auckland.cache.computations() == 1);
        Goal edited = goals[1];
        edited.target += 1; // an unsaved edit: another rule
        Reopened rule(f);
        REQUIRE(rule.cache.progress(edited, contextOn(QDate(2026, 2, 25))));
        CHECK(rule.cache.computations() == 1);
    }
    SECTION("a damaged snapshot is recomputed, not trusted") {
        REQUIRE(f.vault->database().exec("UPDATE progress_snapshots SET figures = x'00000001ff';"));
        Reopened later(f);
        auto again = later.cache.today(goals, context);
        REQUIRE(again);
        CHECK(later.cache.computations() == goals.size());
        checkSameProgress(again->first(), fullPath(*f.store, goals[0], context));
    }
    SECTION("purging a goal removes its snapshot") {
        REQUIRE(f.store->purge(goals[2].id));
        CHECK(snapshotRows(f) == goals.size() - 1);
        CHECK(stateRows(f) == goals.size() - 1);
        CHECK(f.vault->database()
                  .queryInt("SELECT count(*) FROM progress_snapshots WHERE goal_id NOT IN (SELECT id FROM goals);")
                  .value() == 0);
    }
}

TEST_CASE("snapshot figures survive encoding exactly, and foreign bytes decode to nothing",
          "[core][stats][snapshots]") {
    GoalProgress p;
    p.today = QDate(2026, 3, 1);
    p.period = DateRange{QDate(2026, 2, 23), QDate(2026, 3, 1)};
    p.periodValue = 3.25;
    p.hasValue = true;
    p.fraction = 0.8125;
    p.expectedFraction = 6.0 / 7.0;
    p.status = ProgressStatus::Behind;
    p.streakUnit = PeriodKind::Week;
    p.currentStreak = 4;
    p.bestStreak = 19;
    p.completion30 = 0.5;
    p.completion365 = 1.0 / 3.0;
    p.score = 0.123456789;
    p.forecast = QDate(2026, 5, 17);
    p.slopePerDay = -0.25;
    p.forecastOnTime = false;
    auto back = ProgressSnapshots::decode(ProgressSnapshots::encode(p));
    REQUIRE(back);
    checkSameProgress(*back, p);
    CHECK(back->expectedFraction == p.expectedFraction);
    CHECK_FALSE(back->completion90);

    QByteArray bytes = ProgressSnapshots::encode(p);
    CHECK_FALSE(ProgressSnapshots::decode(bytes.left(bytes.size() - 1)));
    CHECK_FALSE(ProgressSnapshots::decode(bytes + '\0'));
    CHECK_FALSE(ProgressSnapshots::decode(QByteArray()));
    CHECK_FALSE(ProgressSnapshots::decode(QByteArray("{\"json\": true}")));
}

TEST_CASE("storing snapshots leaves the connection's durability setting as it was", "[core][stats][snapshots]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 3);
    Database& db = f.vault->database();
    const auto before = db.queryInt("PRAGMA synchronous;").value();
    ProgressCache cache(db, *f.store);
    REQUIRE(cache.today(goals, contextOn(QDate(2026, 2, 24))));
    CHECK(db.queryInt("SELECT count(*) FROM progress_snapshots;").value() == goals.size());
    CHECK(db.queryInt("PRAGMA synchronous;").value() == before);
    CHECK(before == 2); // FULL, as the vault opens
}

TEST_CASE("a later day resumes every goal from its kept state, equal to the full path, on every later day",
          "[core][stats][snapshots][resume]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 11);
    {
        ProgressCache first(f.vault->database(), *f.store);
        REQUIRE(first.today(goals, contextOn(QDate(2026, 2, 24))));
    }
    const int gap = GENERATE(1, 6, 45, 400);
    const ProgressContext later = contextOn(QDate(2026, 2, 24).addDays(gap));
    {
        Reopened next(f);
        auto today = next.cache.today(goals, later);
        REQUIRE(today);
        CHECK(next.cache.resumptions() == goals.size());
        for (qsizetype i = 0; i < goals.size(); ++i) {
            INFO(goals[i].title.toStdString() << ", " << gap << " days later");
            checkSameProgress((*today)[i], fullPath(*f.store, goals[i], later));
        }
    }
    // The next unlock that day reads the figures of the goals whose state was renewed then (about
    // one in seven, every one after a week) and resumes the others again, from the same state;
    // so does every later day, until a write or a renewal replaces the state.
    for (const int days : {0, 1, 9}) {
        const ProgressContext context = contextOn(later.today().addDays(days));
        Reopened again(f);
        auto figures = again.cache.today(goals, context);
        REQUIRE(figures);
        CHECK(again.cache.computations() == again.cache.resumptions());
        if (days > 0)
            CHECK(again.cache.resumptions() == goals.size());
        for (qsizetype i = 0; i < goals.size(); ++i)
            checkSameProgress((*figures)[i], fullPath(*f.store, goals[i], context));
    }
    CHECK(stateRows(f) == goals.size());
}

TEST_CASE("a write dated before a snapshot's day makes its goal recompute from every check-in",
          "[core][stats][snapshots][resume]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 5);
    {
        ProgressCache first(f.vault->database(), *f.store);
        REQUIRE(first.today(goals, contextOn(QDate(2026, 2, 24))));
    }
    // A check-in dated long before the snapshot's day, written by a store without a cache.
    REQUIRE(f.store->addRecord(StoreFixture::checkIn(goals[0].id, QDate(2025, 3, 3))));
    const ProgressContext later = contextOn(QDate(2026, 3, 2));
    Reopened next(f);
    auto today = next.cache.today(goals, later);
    REQUIRE(today);
    CHECK(next.cache.computations() == goals.size());
    CHECK(next.cache.resumptions() == goals.size() - 1);
    checkSameProgress(today->first(), fullPath(*f.store, goals[0], later));
}

TEST_CASE("a damaged engine state is recomputed, not trusted", "[core][stats][snapshots][resume]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 8);
    {
        ProgressCache first(f.vault->database(), *f.store);
        REQUIRE(first.today(goals, contextOn(QDate(2026, 2, 24))));
    }
    REQUIRE(f.vault->database().exec("UPDATE progress_states SET state = x'01ff';"));
    const ProgressContext later = contextOn(QDate(2026, 2, 27));
    Reopened next(f);
    auto today = next.cache.today(goals, later);
    REQUIRE(today);
    CHECK(next.cache.computations() == goals.size());
    CHECK(next.cache.resumptions() == 0);
    for (qsizetype i = 0; i < goals.size(); ++i)
        checkSameProgress((*today)[i], fullPath(*f.store, goals[i], later));
}

TEST_CASE("migrating a version 5 vault replaces its day-only snapshots and keeps the content",
          "[core][vault][migration][snapshots]") {
    QTemporaryDir tmp;
    auto opened = Database::open(tmp.filePath(QStringLiteral("m.db")), SecureBuffer(), {}, true);
    REQUIRE(opened);
    Database& db = **opened;
    REQUIRE(Schema::migrate(db, 0, 5));
    REQUIRE(db.exec("INSERT INTO settings(key, value) VALUES('week_start', 'sunday');"));
    REQUIRE(db.exec("INSERT INTO progress_snapshots(goal_id, key, figures) VALUES('g', x'01', x'02');"));

    REQUIRE(Schema::migrate(db, 5, Schema::kCurrentVersion));
    CHECK(db.queryInt("PRAGMA user_version;").value() == Schema::kCurrentVersion);
    CHECK(db.queryInt("SELECT count(*) FROM progress_snapshots;").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM settings WHERE value = 'sunday';").value() == 1);
    // The new columns take a snapshot with its engine state.
    REQUIRE(db.exec("INSERT INTO progress_snapshots(goal_id, key, day, figures) VALUES('g', x'01', 2461000, x'02');"));
    REQUIRE(db.exec("INSERT INTO progress_states(goal_id, key, state) VALUES('g', x'01', x'03');"));
}
