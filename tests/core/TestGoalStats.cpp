// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/domain/GoalStats.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::cheapKdf;
using selftrack::test::pass;

TEST_CASE("goal statistics come from the stored records", "[core][progress][domain]") {
    QTemporaryDir tmp;
    auto vault = Vault::create(tmp.filePath(QStringLiteral("v")), pass("pw"), cheapKdf());
    REQUIRE(vault);
    ContentStore store((*vault)->database(), (*vault)->deviceId());
    Goal goal;
    goal.title = QStringLiteral("Walk");
    goal.startDate = QDate(2026, 1, 1);
    auto saved = store.addGoal(goal);
    REQUIRE(saved);
    // Done on 1..10 January, skipped on the 11th, done on the 12th; a trashed record does not count.
    for (int day = 1; day <= 12; ++day) {
        Record r;
        r.goalId = saved->id;
        r.day = QDate(2026, 1, day);
        r.status = day == 11 ? RecordStatus::Skipped : RecordStatus::Done;
        if (day != 11)
            r.value = 1.0;
        REQUIRE(store.addRecord(r));
    }
    Record note; // a journal note about the goal is not a check-in
    note.goalId = saved->id;
    note.day = QDate(2026, 1, 13);
    note.note = QStringLiteral("felt lazy today");
    REQUIRE(store.addRecord(note));
    Record trashed;
    trashed.goalId = saved->id;
    trashed.day = QDate(2026, 1, 13);
    trashed.value = 1.0;
    auto t = store.addRecord(trashed);
    REQUIRE(t);
    REQUIRE(store.remove(t->id));

    ProgressContext context;
    context.now = QDateTime(QDate(2026, 1, 13), QTime(20, 0), QTimeZone::utc());
    auto progress = GoalStats::compute(store, *saved, context);
    REQUIRE(progress);
    CHECK(progress->today == QDate(2026, 1, 13));
    CHECK(progress->currentStreak == 11); // the skip neither breaks nor extends; today is open
    CHECK(progress->bestStreak == 11);
    CHECK(progress->score > 0.3);
    CHECK(progress->status != ProgressStatus::Done);

    SECTION("logging today completes the day") {
        Record today;
        today.goalId = saved->id;
        today.day = QDate(2026, 1, 13);
        today.value = 1.0;
        REQUIRE(store.addRecord(today));
        auto after = GoalStats::compute(store, *saved, context);
        REQUIRE(after);
        CHECK(after->status == ProgressStatus::Done);
        CHECK(after->currentStreak == 12);
        CHECK(after->score > progress->score);
    }
}

TEST_CASE("the domain goal maps onto the progress rule", "[core][progress][domain]") {
    Goal g;
    g.kind = GoalKind::Amount;
    g.target = 70;
    g.direction = Direction::AtMost;
    g.aggregation = Aggregation::Last;
    g.period = Period::Week;
    g.freqNum = 2;
    g.freqDen = 3;
    g.weekdays = 0b0000101;
    g.startDate = QDate(2026, 2, 1);
    g.deadline = QDate(2026, 6, 1);
    const GoalRule rule = GoalStats::ruleFor(g);
    CHECK(rule.kind == GoalKind::Amount);
    CHECK(rule.target == 70);
    CHECK(rule.direction == Direction::AtMost);
    CHECK(rule.aggregation == Aggregation::Last);
    CHECK(rule.period == PeriodKind::Week);
    CHECK(rule.frequency.numerator == 2);
    CHECK(rule.frequency.denominator == 3);
    CHECK(rule.frequency.isDue(Qt::Monday));
    CHECK_FALSE(rule.frequency.isDue(Qt::Tuesday));
    CHECK(rule.frequency.isDue(Qt::Wednesday));
    CHECK(rule.deadline == QDate(2026, 6, 1));
}

TEST_CASE("a bare done record of a check goal counts as a check-in, a note does not", "[core][progress][domain]") {
    QTemporaryDir tmp;
    auto vault = Vault::create(tmp.filePath(QStringLiteral("v")), pass("pw"), cheapKdf());
    REQUIRE(vault);
    ContentStore store((*vault)->database(), (*vault)->deviceId());
    Goal goal;
    goal.title = QStringLiteral("Stretch");
    goal.startDate = QDate(2026, 1, 1);
    auto saved = store.addGoal(goal);
    REQUIRE(saved);
    Record bare;
    bare.goalId = saved->id;
    bare.day = QDate(2026, 1, 2);
    auto checkIn = store.addRecord(bare);
    REQUIRE(checkIn);
    CHECK(checkIn->value == 1.0);
    CHECK(checkIn->isCheckIn());
    Record note = bare;
    note.id.clear();
    note.note = QStringLiteral("hamstrings tight");
    auto journal = store.addRecord(note);
    REQUIRE(journal);
    CHECK_FALSE(journal->value.has_value());
    CHECK_FALSE(journal->isCheckIn());
}
