// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
} // namespace

TEST_CASE("goal add stores every option and prints the goal", "[app][cli][goal]") {
    CliRunner cli;
    cli.init();

    const QJsonObject habit = cli.json(args({"goal", "add", "Meditate", "--days", "mon,wed,fri"}));
    CHECK(str(habit.value(QStringLiteral("kind"))) == "check");
    CHECK(habit.value(QStringLiteral("target")).toDouble() == 1.0);
    CHECK(str(habit.value(QStringLiteral("period"))) == "day");
    CHECK(habit.value(QStringLiteral("weekdays")).toInt() == 0b10101);
    CHECK(field(habit, "id").size() == 36);

    const QJsonObject water = cli.json(
        args({"goal", "add", "Water", "--unit", "ml", "--target", "2000", "--category", "Health", "--per", "5/7"}));
    CHECK(str(water.value(QStringLiteral("kind"))) == "amount"); // a unit implies an amount goal
    CHECK(str(water.value(QStringLiteral("unit"))) == "ml");
    CHECK(water.value(QStringLiteral("target")).toDouble() == 2000.0);
    CHECK(str(water.value(QStringLiteral("category"))) == "Health");
    CHECK(water.value(QStringLiteral("freq_num")).toInt() == 5);
    CHECK(water.value(QStringLiteral("freq_den")).toInt() == 7);

    const QJsonObject coffee = cli.json(args({"goal", "add", "Coffee", "--kind", "amount", "--unit", "cups", "--target",
                                              "2", "--at-most", "--period", "week", "--category", "health"}));
    CHECK(str(coffee.value(QStringLiteral("direction"))) == "at_most");
    CHECK(str(coffee.value(QStringLiteral("period"))) == "week");
    CHECK(coffee.value(QStringLiteral("category_id")) == water.value(QStringLiteral("category_id")));

    const QJsonObject books =
        cli.json(args({"goal", "add", "Read 12 books", "--unit", "books", "--target", "12", "--period", "whole",
                       "--start", "2026-01-01", "--deadline", "2026-12-31"}));
    CHECK(str(books.value(QStringLiteral("deadline"))) == "2026-12-31");
    CHECK(str(books.value(QStringLiteral("start_date"))) == "2026-01-01");

    const CliRun human = cli.run(args({"goal", "list"}));
    CHECK(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("Meditate")));
    CHECK(human.out.contains(QStringLiteral("at most 2 cups per week")));
    CHECK(cli.jsonArray(args({"goal", "list"})).size() == 4);
}

TEST_CASE("goal options are validated (exit 4) or misused (exit 1)", "[app][cli][goal]") {
    CliRunner cli;
    cli.init();
    const QList<QStringList> invalid{args({"goal", "add", "X", "--kind", "maybe"}),
                                     args({"goal", "add", "X", "--target", "lots"}),
                                     args({"goal", "add", "X", "--target", "-3"}),
                                     args({"goal", "add", "X", "--period", "fortnight"}),
                                     args({"goal", "add", "X", "--per", "8/7"}),
                                     args({"goal", "add", "X", "--days", "mon,funday"}),
                                     args({"goal", "add", "X", "--deadline", "2026-02-30"}),
                                     args({"goal", "add", "   "}),
                                     args({"goal", "add", "X", "--start", "2026-05-01", "--deadline", "2026-04-01"})};
    for (const QStringList& argv : invalid) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(QLatin1Char('\n')) == 1); // one sentence on one line
    }
    CHECK(cli.run(args({"goal", "add", "X", "--at-most", "--at-least"})).exitCode == 1);
    CHECK(cli.run(args({"goal", "add", "X", "--per", "1/2", "--days", "mon"})).exitCode == 1);
    CHECK(cli.run(args({"goal", "add", "X", "--target"})).exitCode == 1);
    CHECK(cli.jsonArray(args({"goal", "list"})).isEmpty());
}

TEST_CASE("goals are found by id, id prefix or title prefix and ambiguity exits 3", "[app][cli][goal]") {
    CliRunner cli;
    cli.init();
    const QString coffee = field(cli.json(args({"goal", "add", "Coffee"})), "id");
    const QString coding = field(cli.json(args({"goal", "add", "Coding"})), "id");
    cli.json(args({"goal", "add", "Run"}));
    cli.json(args({"goal", "add", "Running club"}));

    CHECK(field(cli.json({QStringLiteral("goal"), QStringLiteral("show"), coffee}), "title") ==
          QStringLiteral("Coffee"));
    CHECK(field(cli.json({QStringLiteral("goal"), QStringLiteral("show"), coding.left(8)}), "id") == coding);
    CHECK(field(cli.json(args({"goal", "show", "cof"})), "id") == coffee);
    CHECK(field(cli.json(args({"goal", "show", "CODING"})), "id") == coding);
    CHECK(field(cli.json(args({"goal", "show", "run"})), "title") == QStringLiteral("Run")); // exact title wins

    const CliRun ambiguous = cli.run(args({"goal", "show", "co"}));
    CHECK(ambiguous.exitCode == 3);
    CHECK(ambiguous.err.contains(QStringLiteral("ambiguous")));
    CHECK(ambiguous.err.contains(QStringLiteral("Coffee")));
    CHECK(ambiguous.err.contains(QStringLiteral("Coding")));
    CHECK(ambiguous.out.isEmpty());

    const CliRun missing = cli.run(args({"goal", "show", "Swim"}));
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("Swim")));
    CHECK(cli.run(args({"log", "co"})).exitCode == 3);
    CHECK(cli.run(args({"goal", "edit", "nothing", "--title", "x"})).exitCode == 3);
}

TEST_CASE("goal edit, archive, unarchive and delete", "[app][cli][goal]") {
    CliRunner cli;
    cli.init();
    const QString id = field(cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000"})), "id");

    const QJsonObject edited =
        cli.json(args({"goal", "edit", "wat", "--title", "Drink water", "--target", "2500", "--deadline", "2030-01-01",
                       "--category", "Health", "--notes", "glasses"}));
    CHECK(field(edited, "id") == id);
    CHECK(field(edited, "title") == QStringLiteral("Drink water"));
    CHECK(edited.value(QStringLiteral("target")).toDouble() == 2500.0);
    CHECK(field(edited, "category") == QStringLiteral("Health"));
    CHECK(field(edited, "unit") == QStringLiteral("ml")); // untouched options stay
    const QJsonObject cleared = cli.json(args({"goal", "edit", "drink", "--deadline", "none", "--category", "none"}));
    CHECK(cleared.value(QStringLiteral("deadline")).isNull());
    CHECK(cleared.value(QStringLiteral("category")).isNull());

    const QJsonObject shown = cli.json(args({"goal", "show", "drink"}));
    CHECK(shown.value(QStringLiteral("stats")).toObject().contains(QStringLiteral("score")));
    CHECK(cli.run(args({"goal", "show", "drink"})).out.contains(QStringLiteral("at least 2500 ml per day")));

    CHECK(cli.json(args({"goal", "archive", "drink"})).value(QStringLiteral("archived")).toBool());
    CHECK(cli.jsonArray(args({"goal", "list"})).isEmpty());
    CHECK(cli.jsonArray(args({"goal", "list", "--archived"})).size() == 1);
    CHECK_FALSE(cli.json(args({"goal", "unarchive", "drink"})).value(QStringLiteral("archived")).toBool());
    CHECK(cli.jsonArray(args({"goal", "list"})).size() == 1);

    const QJsonObject deleted = cli.json(args({"goal", "delete", "drink"}));
    CHECK(deleted.value(QStringLiteral("deleted")).toBool());
    CHECK(field(deleted, "id") == id);
    CHECK(cli.jsonArray(args({"goal", "list", "--archived"})).isEmpty());
    CHECK(cli.run(args({"goal", "show", "drink"})).exitCode == 3);
}
