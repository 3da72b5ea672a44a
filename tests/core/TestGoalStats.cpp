// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "TestGoalStatsSupport.h"
#include "core/domain/GoalStats.h"
#include "core/stats/CheckInQuery.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::checkSameProgress;
using selftrack::test::contextOn;
using selftrack::test::fullPath;
using selftrack::test::seedVariedHistory;
using selftrack::test::StoreFixture;

TEST_CASE("goal statistics come from the stored records", "[core][progress][domain]") {
    StoreFixture f;
    ContentStore& store = *f.store;
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
    CHECK(progress->currentStreak == 12); // the skip counts in the streak, as in Loop; today is open
    CHECK(progress->bestStreak == 12);
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
        CHECK(after->currentStreak == 13);
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
    StoreFixture f;
    ContentStore& store = *f.store;
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

TEST_CASE("the fast read gives exactly the figures of the full records", "[core][progress][domain][stats]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 20261202);
    Database& db = f.vault->database();
    // Days inside the history, its last day, after it and before the goals start; both week starts.
    for (const QDate day : {QDate(2025, 1, 1), QDate(2025, 3, 9), QDate(2025, 12, 31), QDate(2026, 2, 24),
                            QDate(2026, 6, 1), QDate(2024, 12, 1)}) {
        for (const Qt::DayOfWeek weekStart : {Qt::Monday, Qt::Sunday}) {
            const ProgressContext context = contextOn(day, weekStart);
            for (const Goal& goal : goals) {
                INFO(goal.title.toStdString() << " on " << day.toString(Qt::ISODate).toStdString());
                auto fast = GoalStats::compute(db, goal, context);
                REQUIRE(fast);
                checkSameProgress(*fast, fullPath(*f.store, goal, context));
            }
        }
    }
}

TEST_CASE("the fast read loads the same entries as the full records, in the same order",
          "[core][progress][domain][stats]") {
    StoreFixture f;
    const QList<Goal> goals = seedVariedHistory(f, 7);
    for (const Goal& goal : goals) {
        RecordFilter filter;
        filter.goalId = goal.id;
        filter.to = QDate(2025, 10, 1);
        auto records = f.store->records(filter);
        REQUIRE(records);
        const QList<DayEntry> expected = GoalStats::entriesFor(*records);
        auto entries = CheckInQuery::load(f.vault->database(), goal.id, QDate(2025, 10, 1));
        REQUIRE(entries);
        REQUIRE(entries->size() == static_cast<std::size_t>(expected.size()));
        CHECK(entries->size() > 200);
        for (std::size_t i = 0; i < entries->size(); ++i) {
            INFO("entry " << i);
            CHECK((*entries)[i].date == expected[static_cast<qsizetype>(i)].date);
            CHECK((*entries)[i].value == expected[static_cast<qsizetype>(i)].value);
            CHECK((*entries)[i].status == expected[static_cast<qsizetype>(i)].status);
        }
    }
}

TEST_CASE("the check-in read is answered from the covering index, without sorting", "[core][stats][vault]") {
    StoreFixture f;
    Database& db = f.vault->database();
    const QByteArray sql = QByteArray("EXPLAIN QUERY PLAN ") + CheckInQuery::sql();
    auto plan = db.prepare(sql.constData());
    REQUIRE(plan);
    plan->bind(1, QStringLiteral("g")).bind(2, QStringLiteral("2026-01-01"));
    QStringList details;
    for (auto row = plan->step(); row && *row; row = plan->step())
        details.append(plan->text(3));
    INFO(details.join(QLatin1Char('\n')).toStdString());
    REQUIRE(details.size() == 1);
    CHECK(details.first().contains(QStringLiteral("USING COVERING INDEX records_goal_checkins")));
    CHECK_FALSE(details.join(QString()).contains(QStringLiteral("TEMP B-TREE")));
}
