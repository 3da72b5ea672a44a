// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreFixture.h"

namespace selftrack::test {

// A vault with something of every kind: categories, goals with every field set, milestones,
// check-ins, values, skipped and failed days, journal entries with tags, mood and times, edits
// (history), trashed items and an item whose goal is in the trash.
inline void fill(StoreFixture& f) {
    using namespace core;
    ContentStore& s = *f.store;
    auto health = s.addCategory(Category{{}, QStringLiteral("Health"), QStringLiteral("#00897B"), 0, {}, false});
    REQUIRE(health);
    REQUIRE(s.addCategory(Category{{}, QStringLiteral("Work"), QString(), 1, {}, false}));
    Goal run = StoreFixture::goal(QStringLiteral("Run"));
    run.notes = QStringLiteral("Easy **pace**\nsecond line");
    run.kind = GoalKind::Amount;
    run.unit = QStringLiteral("km");
    run.target = 12.5;
    run.period = Period::Week;
    run.deadline = QDate(2026, 12, 31);
    run.categoryId = health->id;
    run.color = QStringLiteral("#FF8F00");
    run.icon = QStringLiteral("run");
    run.reminders = {Reminder{QTime(7, 30), 0x1f}, Reminder{QTime(18, 0), 0x60}};
    run.position = 3;
    auto goal = s.addGoal(run);
    REQUIRE(goal);
    Goal weight = StoreFixture::goal(QStringLiteral("Weight"));
    weight.kind = GoalKind::Amount;
    weight.direction = Direction::AtMost;
    weight.aggregation = Aggregation::Last;
    weight.target = 80;
    weight.archived = true;
    REQUIRE(s.addGoal(weight));
    Goal read = StoreFixture::goal(QStringLiteral("Read"));
    read.freqNum = 2;
    read.freqDen = 3;
    auto readGoal = s.addGoal(read);
    REQUIRE(readGoal);
    Goal gym = StoreFixture::goal(QStringLiteral("Gym"));
    gym.weekdays = 0x15;
    auto gymGoal = s.addGoal(gym);
    REQUIRE(gymGoal);

    REQUIRE(
        s.addMilestone(Milestone{{}, goal->id, QStringLiteral("First 5 km"), 5.0, QDate(2026, 2, 1), 0, {}, false}));
    REQUIRE(s.addMilestone(
        Milestone{{}, goal->id, QStringLiteral("Half marathon"), std::nullopt, std::nullopt, 1, {}, false}));

    Record value;
    value.goalId = goal->id;
    value.day = QDate(2026, 2, 3);
    value.time = QTime(6, 45);
    value.utcOffsetMinutes = 60;
    value.value = 5.25;
    value.note = QStringLiteral("Cold, \"windy\"");
    value.tags = {QStringLiteral("outdoor"), QStringLiteral("morning")};
    value.mood = 4;
    auto logged = s.checkIn(value);
    REQUIRE(logged);
    REQUIRE(s.checkIn(StoreFixture::checkIn(readGoal->id, QDate(2026, 2, 1))));
    Record skipped = StoreFixture::checkIn(readGoal->id, QDate(2026, 2, 2));
    skipped.value.reset();
    skipped.status = RecordStatus::Skipped;
    REQUIRE(s.checkIn(skipped));
    Record failed = skipped;
    failed.day = QDate(2026, 2, 4);
    failed.status = RecordStatus::Failed;
    failed.note = QStringLiteral("Too tired");
    REQUIRE(s.checkIn(failed));
    REQUIRE(s.addRecord(StoreFixture::entry(QStringLiteral("# Day one\n\nUnicode: café ☕"), QDate(2026, 2, 14),
                                            {QStringLiteral("travel")})));
    auto trashedEntry = s.addRecord(StoreFixture::entry(QStringLiteral("to the trash")));
    REQUIRE(trashedEntry);
    REQUIRE(s.remove(trashedEntry->id));
    REQUIRE(s.checkIn(StoreFixture::checkIn(gymGoal->id, QDate(2026, 2, 5))));
    REQUIRE(s.remove(gymGoal->id)); // a goal in the trash, with its record

    // History: an edit of the goal and of the check-in.
    Goal edited = *goal;
    edited.title = QStringLiteral("Run outside");
    REQUIRE(s.updateGoal(edited));
    Record editedValue = *logged;
    editedValue.value = 6.0;
    REQUIRE(s.updateRecord(editedValue));
}

} // namespace selftrack::test
