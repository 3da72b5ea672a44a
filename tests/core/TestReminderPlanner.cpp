// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reminders/ReminderPlanner.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {

const QTimeZone& berlin() {
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

// Berlin local time on `day`.
QDateTime at(QDate day, int hour, int minute) {
    return QDateTime(day, QTime(hour, minute), berlin());
}

ProgressContext contextAt(const QDateTime& now) {
    ProgressContext context;
    context.now = now.toUTC();
    context.timeZone = berlin();
    return context;
}

Goal goalWith(const QString& id, QList<Reminder> reminders) {
    Goal goal;
    goal.id = id;
    goal.title = QStringLiteral("Goal ") + id;
    goal.startDate = QDate(2026, 1, 1);
    goal.reminders = std::move(reminders);
    return goal;
}

QStringList dueIds(const ReminderPlan& plan) {
    QStringList ids;
    for (const DueReminder& r : plan.due)
        ids.append(r.goalId + QLatin1Char('@') + r.time.toString(QStringLiteral("HH:mm")));
    return ids;
}

const QDate kTuesday(2026, 3, 3);
constexpr int kAllDays = 0x7f;

} // namespace

TEST_CASE("a reminder is due at its time once a day and the next one is announced", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(9, 0), kAllDays}, {QTime(18, 30), kAllDays}})};
    ReminderPlanner planner;

    ReminderPlan plan = planner.update(goals, {}, contextAt(at(kTuesday, 8, 59)));
    CHECK(plan.due.isEmpty());
    REQUIRE(plan.next);
    CHECK(plan.next->at == at(kTuesday, 9, 0));
    CHECK(plan.next->title == QStringLiteral("Goal a"));

    plan = planner.update(goals, {}, contextAt(at(kTuesday, 9, 0)));
    CHECK(dueIds(plan) == QStringList{QStringLiteral("a@09:00")});
    CHECK(plan.due.first().at == at(kTuesday, 9, 0).toUTC());
    REQUIRE(plan.next);
    CHECK(plan.next->at == at(kTuesday, 18, 30));

    // Asked again a few minutes later (a change event re-plans): not again.
    plan = planner.update(goals, {}, contextAt(at(kTuesday, 9, 5)));
    CHECK(plan.due.isEmpty());

    plan = planner.update(goals, {}, contextAt(at(kTuesday, 18, 31)));
    CHECK(dueIds(plan) == QStringList{QStringLiteral("a@18:30")});
    REQUIRE(plan.next);
    CHECK(plan.next->at == at(kTuesday.addDays(1), 9, 0)); // tomorrow's first
}

TEST_CASE("a goal done today gets no reminder today, but tomorrow's is planned", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(9, 0), kAllDays}}),
                            goalWith(QStringLiteral("b"), {{QTime(9, 0), kAllDays}})};
    const ReminderPlan plan =
        ReminderPlanner::plan(goals, {QStringLiteral("a")}, contextAt(at(kTuesday, 9, 1)), {}, {});
    CHECK(dueIds(plan) == QStringList{QStringLiteral("b@09:00")});
    REQUIRE(plan.next);
    CHECK(plan.next->at == at(kTuesday.addDays(1), 9, 0));

    // Before the time: the done goal's reminder of today is not the next one.
    const ReminderPlan before =
        ReminderPlanner::plan(goals, {QStringLiteral("a"), QStringLiteral("b")}, contextAt(at(kTuesday, 8, 0)), {}, {});
    CHECK(before.due.isEmpty());
    REQUIRE(before.next);
    CHECK(before.next->day == kTuesday.addDays(1));
}

TEST_CASE("archived and trashed goals and goals not due today get no reminders", "[core][reminders]") {
    Goal archived = goalWith(QStringLiteral("archived"), {{QTime(9, 0), kAllDays}});
    archived.archived = true;
    Goal trashed = goalWith(QStringLiteral("trashed"), {{QTime(9, 0), kAllDays}});
    trashed.deleted = true;
    Goal notStarted = goalWith(QStringLiteral("later"), {{QTime(9, 0), kAllDays}});
    notStarted.startDate = kTuesday.addDays(2);
    Goal mondays = goalWith(QStringLiteral("mondays"), {{QTime(9, 0), kAllDays}});
    mondays.weekdays = 1; // the goal itself is due on Mondays only
    Goal ended = goalWith(QStringLiteral("ended"), {{QTime(9, 0), kAllDays}});
    ended.deadline = kTuesday.addDays(-1);

    const ReminderPlan plan = ReminderPlanner::plan({archived, trashed, notStarted, mondays, ended}, {},
                                                    contextAt(at(kTuesday, 9, 0)), {}, {});
    CHECK(plan.due.isEmpty());
    // The next one: the goal starting on Thursday, before next Monday's.
    REQUIRE(plan.next);
    CHECK(plan.next->goalId == QStringLiteral("later"));
    CHECK(plan.next->at == at(kTuesday.addDays(2), 9, 0));
}

TEST_CASE("a reminder fires only on the weekdays it selects", "[core][reminders]") {
    // Monday (bit 0) and Friday (bit 4) only.
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(7, 15), (1 << 0) | (1 << 4)}})};
    const ReminderPlan tuesday = ReminderPlanner::plan(goals, {}, contextAt(at(kTuesday, 7, 15)), {}, {});
    CHECK(tuesday.due.isEmpty());
    REQUIRE(tuesday.next);
    CHECK(tuesday.next->at == at(QDate(2026, 3, 6), 7, 15)); // Friday
    const ReminderPlan monday = ReminderPlanner::plan(goals, {}, contextAt(at(QDate(2026, 3, 2), 7, 20)), {}, {});
    CHECK(dueIds(monday) == QStringList{QStringLiteral("a@07:15")});

    // No reminder selects any weekday: nothing is ever next.
    const QList<Goal> never{goalWith(QStringLiteral("b"), {{QTime(7, 15), 0}})};
    CHECK_FALSE(ReminderPlanner::plan(never, {}, contextAt(at(kTuesday, 7, 0)), {}, {}).next);
}

TEST_CASE("a missed reminder fires once if at most 30 minutes late, else it is skipped", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(9, 0), kAllDays}, {QTime(9, 20), kAllDays}})};
    ReminderPlanner planner;
    planner.update(goals, {}, contextAt(at(kTuesday, 8, 0)));
    // The computer slept from 08:00 to 09:40: 09:00 is 40 minutes late (skipped), 09:20 is 20.
    ReminderPlan plan = planner.update(goals, {}, contextAt(at(kTuesday, 9, 40)));
    CHECK(dueIds(plan) == QStringList{QStringLiteral("a@09:20")});
    CHECK_FALSE(planner.hasFired(DueReminder{QStringLiteral("a"), {}, kTuesday, QTime(9, 0), {}}.key()));
    plan = planner.update(goals, {}, contextAt(at(kTuesday, 9, 41)));
    CHECK(plan.due.isEmpty());

    // The first plan of a session (no earlier update) looks back the same 30 minutes: at 09:31 the
    // 09:00 reminder is 31 minutes late.
    ReminderPlanner fresh;
    CHECK(dueIds(fresh.update(goals, {}, contextAt(at(kTuesday, 9, 31)))) == QStringList{QStringLiteral("a@09:20")});
    ReminderPlanner late;
    CHECK(late.update(goals, {}, contextAt(at(kTuesday, 9, 51))).due.isEmpty());
}

TEST_CASE("reminders that were already past when they were added or switched on do not fire", "[core][reminders]") {
    QList<Goal> goals{goalWith(QStringLiteral("a"), {})};
    ReminderPlanner planner;
    planner.update(goals, {}, contextAt(at(kTuesday, 9, 10)));
    // At 09:11 the user adds a reminder for 09:00: it was past when added.
    goals.first().reminders = {{QTime(9, 0), kAllDays}};
    CHECK(planner.update(goals, {}, contextAt(at(kTuesday, 9, 11))).due.isEmpty());

    // Switched off at 10:00 and on again at 10:20: the 10:10 reminder stays skipped.
    goals.first().reminders = {{QTime(10, 10), kAllDays}};
    planner.skipUntil(at(kTuesday, 10, 20));
    CHECK(planner.update(goals, {}, contextAt(at(kTuesday, 10, 21))).due.isEmpty());
}

TEST_CASE("a clock going back does not fire a reminder twice the same day", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(9, 0), kAllDays}})};
    ReminderPlanner planner;
    CHECK(planner.update(goals, {}, contextAt(at(kTuesday, 9, 1))).due.size() == 1);
    planner.update(goals, {}, contextAt(at(kTuesday, 8, 30))); // set back an hour
    ReminderPlan plan = planner.update(goals, {}, contextAt(at(kTuesday, 9, 2)));
    CHECK(plan.due.isEmpty());
    REQUIRE(plan.next);
    CHECK(plan.next->day == kTuesday.addDays(1));
    // Tomorrow it fires again.
    CHECK(planner.update(goals, {}, contextAt(at(kTuesday.addDays(1), 9, 0))).due.size() == 1);
}

TEST_CASE("reminders across daylight saving changes fire once", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(2, 30), kAllDays}})};
    // Spring forward in Berlin on 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:30 does not exist
    // and is due at 03:30 CEST (01:30 UTC).
    const QDate spring(2026, 3, 29);
    ReminderPlanner planner;
    ReminderPlan plan = planner.update(goals, {}, contextAt(QDateTime(spring, QTime(0, 50), Qt::UTC)));
    REQUIRE(plan.next);
    CHECK(plan.next->at == QDateTime(spring, QTime(1, 30), Qt::UTC));
    CHECK(planner.update(goals, {}, contextAt(QDateTime(spring, QTime(1, 29), Qt::UTC))).due.isEmpty());
    CHECK(planner.update(goals, {}, contextAt(QDateTime(spring, QTime(1, 30), Qt::UTC))).due.size() == 1);

    // Fall back on 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice; it fires once.
    const QDate autumn(2026, 10, 25);
    ReminderPlanner twice;
    int fired = 0;
    for (QDateTime now(autumn, QTime(0, 0), Qt::UTC); now < QDateTime(autumn, QTime(3, 0), Qt::UTC);
         now = now.addSecs(5 * 60))
        fired += static_cast<int>(twice.update(goals, {}, contextAt(now)).due.size());
    CHECK(fired == 1);
}

TEST_CASE("the next reminder is the earliest over every goal", "[core][reminders]") {
    const QList<Goal> goals{goalWith(QStringLiteral("a"), {{QTime(20, 0), kAllDays}}),
                            goalWith(QStringLiteral("b"), {{QTime(12, 0), kAllDays}, {QTime(7, 0), kAllDays}}),
                            goalWith(QStringLiteral("c"), {{QTime(12, 0), kAllDays}})};
    const ReminderPlan plan = ReminderPlanner::plan(goals, {}, contextAt(at(kTuesday, 10, 0)), {}, {});
    REQUIRE(plan.next);
    CHECK(plan.next->at == at(kTuesday, 12, 0));
    CHECK(plan.next->goalId == QStringLiteral("b"));
    // Several due at once come in time order.
    const ReminderPlan both = ReminderPlanner::plan(goals, {}, contextAt(at(kTuesday, 12, 0)), at(kTuesday, 6, 59), {});
    CHECK(dueIds(both) == QStringList{QStringLiteral("b@12:00"), QStringLiteral("c@12:00")});
}
