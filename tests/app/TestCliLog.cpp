// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
} // namespace

TEST_CASE("log records check-ins and values with date, time, offset, note and tags", "[app][cli][log]") {
    CliRunner cli;
    cli.init();
    const QString meditate = field(cli.json(args({"goal", "add", "Meditate"})), "id");
    cli.json(args({"goal", "add", "Weight", "--unit", "kg", "--aggregate", "last"}));

    const QJsonObject done = cli.json(args({"log", "med"}));
    CHECK(field(done, "goal_id") == meditate);
    CHECK(field(done, "status") == QStringLiteral("done"));
    CHECK(field(done, "day").size() == 10); // today, local time
    CHECK_FALSE(done.value(QStringLiteral("time")).isNull());
    CHECK(done.value(QStringLiteral("utc_offset_minutes")).toInt() == 0); // TZ=UTC in the child

    const QJsonObject value = cli.json(args({"log", "weight", "-2.5", "--date", "2026-03-01", "--time", "07:30",
                                             "--note", "after run", "--tag", "Morning", "--tag", "#gym"}));
    CHECK(value.value(QStringLiteral("value")).toDouble() == -2.5);
    CHECK(field(value, "day") == QStringLiteral("2026-03-01"));
    CHECK(field(value, "time") == QStringLiteral("07:30"));
    CHECK(field(value, "note") == QStringLiteral("after run"));
    CHECK(value.value(QStringLiteral("tags")).toArray() ==
          QJsonArray{QStringLiteral("gym"), QStringLiteral("morning")});
    CHECK(field(value, "goal") == QStringLiteral("Weight"));

    CHECK(field(cli.json(args({"log", "med", "--skip", "--date", "2026-03-02"})), "status") ==
          QStringLiteral("skipped"));
    CHECK(field(cli.json(args({"log", "med", "--fail", "--date", "2026-03-03"})), "status") ==
          QStringLiteral("failed"));
    CHECK(field(cli.json(args({"log", "weight", "--skip"})), "status") == QStringLiteral("skipped"));

    cli.setEnv(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    CHECK(cli.json(args({"log", "med", "--date", "2026-07-01"})).value(QStringLiteral("utc_offset_minutes")).toInt() ==
          120);
    CHECK(cli.json(args({"log", "med", "--date", "2026-01-10"})).value(QStringLiteral("utc_offset_minutes")).toInt() ==
          60);
}

TEST_CASE("log rejects invalid input with exit 4 and misuse with exit 1", "[app][cli][log]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000"}));
    cli.json(args({"goal", "add", "Meditate"}));

    const CliRun noValue = cli.run(args({"log", "water"}));
    CHECK(noValue.exitCode == 4);
    CHECK(noValue.err.contains(QStringLiteral("VALUE")));
    for (const QStringList& argv : {args({"log", "water", "lots"}), args({"log", "water", "5", "--date", "2026-13-01"}),
                                    args({"log", "water", "5", "--date", "01.02.2026"}),
                                    args({"log", "water", "5", "--time", "25:00"}), args({"log", "water", "inf"})}) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.out.isEmpty());
    }
    CHECK(cli.run(args({"log", "med", "--skip", "--fail"})).exitCode == 1);
    CHECK(cli.run(args({"log", "med", "--unknown"})).exitCode == 1);
    CHECK(cli.run(args({"log"})).exitCode == 1);
    CHECK(cli.run(args({"log", "nothing"})).exitCode == 3);
}

TEST_CASE("record edit changes a record and record delete moves it to the trash", "[app][cli][record]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000"}));
    const QString id = field(cli.json(args({"log", "water", "500", "--date", "2026-03-01"})), "id");

    const QJsonObject edited =
        cli.json({QStringLiteral("record"), QStringLiteral("edit"), id.left(8), QStringLiteral("--value"),
                  QStringLiteral("750"), QStringLiteral("--note"), QStringLiteral("big glass"),
                  QStringLiteral("--date"), QStringLiteral("2026-03-02")});
    CHECK(field(edited, "id") == id);
    CHECK(edited.value(QStringLiteral("value")).toDouble() == 750.0);
    CHECK(field(edited, "note") == QStringLiteral("big glass"));
    CHECK(field(edited, "day") == QStringLiteral("2026-03-02"));

    CHECK(
        cli.run({QStringLiteral("record"), QStringLiteral("edit"), id, QStringLiteral("--value"), QStringLiteral("x")})
            .exitCode == 4);
    CHECK(cli.run({QStringLiteral("record"), QStringLiteral("edit"), id, QStringLiteral("--mood"), QStringLiteral("9")})
              .exitCode == 4);
    CHECK(cli.run(args({"record", "edit", "ffffffff", "--value", "1"})).exitCode == 3);
    CHECK(cli.run(args({"record", "edit"})).exitCode == 1);

    const QJsonObject deleted = cli.json({QStringLiteral("record"), QStringLiteral("delete"), id});
    CHECK(deleted.value(QStringLiteral("deleted")).toBool());
    CHECK(cli.jsonArray(args({"trash", "list"})).size() == 1);
    CHECK(
        cli.run({QStringLiteral("record"), QStringLiteral("edit"), id, QStringLiteral("--value"), QStringLiteral("1")})
            .exitCode == 3);
}

TEST_CASE("stats reports period value, status, streaks, completion and score on a given date", "[app][cli][stats]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Meditate", "--start", "2026-03-01"}));
    cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000", "--start", "2026-03-01"}));
    for (const char* day : {"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"})
        cli.json(args({"log", "meditate", "--date", day}));
    cli.json(args({"log", "water", "1500", "--date", "2026-03-06"}));
    cli.json(args({"journal", "add", "a note, not a check-in", "--goal", "meditate", "--date", "2026-03-04"}));

    const QJsonObject med = cli.json(args({"stats", "med", "--date", "2026-03-06"}));
    CHECK(field(med, "date") == QStringLiteral("2026-03-06"));
    CHECK(field(med, "status") == QStringLiteral("done"));
    CHECK(med.value(QStringLiteral("fraction")).toDouble() == 1.0);
    CHECK(med.value(QStringLiteral("current_streak")).toInt() == 2);
    CHECK(med.value(QStringLiteral("best_streak")).toInt() == 3);
    CHECK(med.value(QStringLiteral("score")).toDouble() > 0.0);
    CHECK(med.value(QStringLiteral("score")).toDouble() < 1.0);
    CHECK(med.value(QStringLiteral("completion_30")).toDouble() == Approx(5.0 / 6.0));

    const QJsonObject water = cli.json(args({"stats", "water", "--date", "2026-03-06"}));
    CHECK(water.value(QStringLiteral("period_value")).toDouble() == 1500.0);
    CHECK(water.value(QStringLiteral("fraction")).toDouble() == Approx(0.75));
    CHECK(field(water, "unit") == QStringLiteral("ml"));

    const QJsonArray all = cli.jsonArray(args({"stats", "--date", "2026-03-06"}));
    CHECK(all.size() == 2);
    const CliRun human = cli.run(args({"stats", "--date", "2026-03-06"}));
    CHECK(human.out.contains(QStringLiteral("1500/2000 ml")));
    CHECK(cli.run(args({"stats", "--date", "tomorrowish"})).exitCode == 4);
    CHECK(cli.run(args({"stats", "nothing"})).exitCode == 3);
}

TEST_CASE("log and journal agree on what a done with a note means (the core's check-in rule)", "[app][cli][log]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Meditate"}));
    // An explicit check-in with a note counts: value 1.
    const QJsonObject logged = cli.json(args({"log", "med", "--note", "calm today"}));
    CHECK(logged.value(QStringLiteral("value")).toDouble() == 1.0);
    CHECK(field(logged, "note") == QStringLiteral("calm today"));
}

TEST_CASE("SELFTRACK_CLOCK pins now for default days and revision times", "[app][cli][log][clock]") {
    CliRunner cli;
    cli.init();
    cli.setEnv(QStringLiteral("SELFTRACK_CLOCK"), QStringLiteral("2031-07-04T08:15:00Z"));
    cli.json(args({"goal", "add", "Meditate"}));
    const QJsonObject logged = cli.json(args({"log", "med"}));
    CHECK(field(logged, "day") == QStringLiteral("2031-07-04"));
    CHECK(field(logged, "time") == QStringLiteral("08:15"));
    CHECK(field(logged, "created_at").startsWith(QStringLiteral("2031-07-04T08:15:00")));
    cli.setEnv(QStringLiteral("SELFTRACK_CLOCK"), QStringLiteral("yesterday"));
    const CliRun bad = cli.run(args({"goal", "list"}));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("SELFTRACK_CLOCK")));
}

TEST_CASE("a check-in before a goal's start moves the start back, and stats agree", "[app][cli][log][start]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Meditate", "--start", "2026-03-05"}));
    const CliRun early = cli.run(args({"log", "med", "--date", "2026-03-02"}));
    REQUIRE(early.exitCode == 0);
    CHECK(early.out.contains(QStringLiteral("now starts on 2026-03-02 (it started on 2026-03-05)")));
    cli.json(args({"log", "med", "--date", "2026-03-03"}));
    const CliRun later = cli.run(args({"log", "med", "--date", "2026-03-04"}));
    CHECK_FALSE(later.out.contains(QStringLiteral("now starts")));

    const QJsonObject stats = cli.json(args({"stats", "med", "--date", "2026-03-04"}));
    CHECK(field(stats, "status") == QStringLiteral("done")); // not "not started"
    CHECK(stats.value(QStringLiteral("current_streak")).toInt() == 3);
    const QJsonObject goal = cli.json(args({"goal", "show", "med"}));
    CHECK(field(goal, "start_date") == QStringLiteral("2026-03-02"));
}
