// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
} // namespace

TEST_CASE("history lists revisions and revert makes an old one the head", "[app][cli][history]") {
    CliRunner cli;
    cli.init();
    const QString id = field(cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000"})), "id");
    cli.json(args({"goal", "edit", "water", "--title", "Drink water", "--target", "2500"}));

    const QJsonArray history = cli.jsonArray(args({"history", "drink"}));
    REQUIRE(history.size() == 2);
    const QJsonObject firstRev = history.at(0).toObject();
    CHECK(field(firstRev, "item_id") == id);
    CHECK(field(firstRev, "item_type") == QStringLiteral("goal"));
    CHECK(firstRev.value(QStringLiteral("parent_rev")).isNull());
    CHECK(field(firstRev.value(QStringLiteral("content")).toObject(), "title") == QStringLiteral("Water"));
    CHECK(field(history.at(1).toObject(), "parent_rev") == field(firstRev, "rev_id"));

    const QJsonObject reverted = cli.json({QStringLiteral("revert"), id, field(firstRev, "rev_id").left(8)});
    CHECK(field(reverted, "reverted_to") == field(firstRev, "rev_id"));
    CHECK(field(reverted.value(QStringLiteral("content")).toObject(), "title") == QStringLiteral("Water"));
    CHECK(cli.jsonArray({QStringLiteral("history"), id.left(6)}).size() == 3);
    CHECK(field(cli.json(args({"goal", "show", "water"})), "title") == QStringLiteral("Water"));
    CHECK(cli.json(args({"goal", "show", "water"})).value(QStringLiteral("target")).toDouble() == 2000.0);

    CHECK(cli.run({QStringLiteral("revert"), id, QStringLiteral("00000000-0000")}).exitCode == 3);
    CHECK(cli.run(args({"history", "no-such-item"})).exitCode == 3);
    CHECK(cli.run(args({"revert", "water"})).exitCode == 1);
}

TEST_CASE("trash lists, restores and purges items", "[app][cli][trash]") {
    CliRunner cli;
    cli.init();
    const QString goal = field(cli.json(args({"goal", "add", "Coding"})), "id");
    const QString record = field(cli.json(args({"log", "coding", "--date", "2026-01-05"})), "id");
    const QString note = field(cli.json(args({"journal", "add", "private thought"})), "id");
    CHECK(cli.jsonArray(args({"trash", "list"})).isEmpty());
    CHECK(cli.run(args({"trash", "list"})).out.contains(QStringLiteral("empty")));

    cli.json(args({"goal", "delete", "coding"}));
    cli.json({QStringLiteral("record"), QStringLiteral("delete"), note});
    const QJsonArray trash = cli.jsonArray(args({"trash", "list"}));
    REQUIRE(trash.size() == 2);
    QStringList types;
    for (const auto& e : trash)
        types.append(field(e.toObject(), "type"));
    types.sort();
    CHECK(types == QStringList{QStringLiteral("goal"), QStringLiteral("record")});

    const QJsonObject restored = cli.json({QStringLiteral("trash"), QStringLiteral("restore"), goal.left(8)});
    CHECK(restored.value(QStringLiteral("restored")).toBool());
    CHECK(cli.jsonArray(args({"goal", "list"})).size() == 1);
    CHECK(cli.run({QStringLiteral("trash"), QStringLiteral("restore"), goal}).exitCode == 3); // no longer in the trash

    const QJsonObject purged = cli.json({QStringLiteral("trash"), QStringLiteral("purge"), note});
    CHECK(purged.value(QStringLiteral("purged")).toInt() == 1);
    CHECK(cli.run({QStringLiteral("history"), note}).exitCode == 3);
    CHECK(cli.jsonArray(args({"journal", "search", "private"})).isEmpty());

    cli.json(args({"goal", "delete", "coding"}));
    CHECK(cli.json(args({"trash", "purge", "--all"})).value(QStringLiteral("purged")).toInt() == 1);
    CHECK(cli.jsonArray(args({"trash", "list"})).isEmpty());
    CHECK(cli.run({QStringLiteral("history"), record}).exitCode == 3); // the goal took its records along
    CHECK(cli.run(args({"trash", "purge"})).exitCode == 1);
    CHECK(cli.run(args({"trash", "purge", "abc", "--all"})).exitCode == 1);
    CHECK(cli.run(args({"trash", "restore", "ffffffff"})).exitCode == 3);
}

namespace {
// The change objects of one history entry, by field.
QJsonObject changeOf(const QJsonObject& revision, const char* fieldName) {
    for (const auto& c : revision.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("field")).toString() == QLatin1String(fieldName))
            return c.toObject();
    return {};
}

QStringList strings(const QJsonValue& array) {
    QStringList out;
    for (const auto& v : array.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

TEST_CASE("history summarises what each revision did", "[app][cli][history]") {
    CliRunner cli;
    cli.init();
    const QString id = field(cli.json(args({"goal", "add", "Water", "--unit", "ml", "--target", "2000"})), "id");
    cli.json(args({"goal", "edit", "water", "--title", "Drink water", "--target", "2500"}));
    cli.json(args({"goal", "archive", "drink"}));
    cli.json({QStringLiteral("goal"), QStringLiteral("delete"), id});
    cli.json({QStringLiteral("trash"), QStringLiteral("restore"), id});

    const QJsonArray history = cli.jsonArray({QStringLiteral("history"), id});
    QStringList summaries;
    for (const auto& r : history) {
        summaries.append(field(r.toObject(), "summary"));
        CHECK_FALSE(r.toObject().contains(QStringLiteral("changes"))); // only with --diff
    }
    CHECK(summaries == QStringList{QStringLiteral("Created goal \"Water\""),
                                   QStringLiteral("Renamed to \"Drink water\"; changed target"),
                                   QStringLiteral("Archived"), QStringLiteral("Moved to the trash"),
                                   QStringLiteral("Restored from the trash")});
    const CliRun text = cli.run({QStringLiteral("history"), id});
    REQUIRE(text.exitCode == 0);
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(1).endsWith(QStringLiteral("goal           Renamed to \"Drink water\"; changed target")));
    CHECK(lines.at(3).endsWith(QStringLiteral("goal  deleted  Moved to the trash")));

    // Records say what was logged, in the goal's unit.
    const QString record = field(cli.json(args({"log", "drink", "250", "--date", "2026-02-01"})), "id");
    CHECK(field(cli.jsonArray({QStringLiteral("history"), record}).at(0).toObject(), "summary") ==
          QStringLiteral("Logged 250 ml on 2026-02-01"));
    cli.json(args({"goal", "add", "Meditate"}));
    const QString check = field(cli.json(args({"log", "meditate", "--date", "2026-02-01"})), "id");
    CHECK(field(cli.jsonArray({QStringLiteral("history"), check}).at(0).toObject(), "summary") ==
          QStringLiteral("Checked in on 2026-02-01"));
}

TEST_CASE("history --diff prints each revision's field changes", "[app][cli][history]") {
    CliRunner cli;
    cli.init();
    const QString id = field(cli.json(args({"goal", "add", "Run", "--target", "3", "--period", "week"})), "id");
    cli.json({QStringLiteral("goal"), QStringLiteral("edit"), id, QStringLiteral("--title"), QStringLiteral("Run 5k"),
              QStringLiteral("--notes"), QStringLiteral("plan\nweek 1\nweek 2")});
    cli.json({QStringLiteral("goal"), QStringLiteral("edit"), id, QStringLiteral("--notes"),
              QStringLiteral("plan\nweek 1 done\nweek 2"), QStringLiteral("--deadline"), QStringLiteral("2099-06-30")});
    cli.json({QStringLiteral("goal"), QStringLiteral("delete"), id});

    const CliRun run = cli.run({QStringLiteral("history"), id, QStringLiteral("--diff")});
    REQUIRE(run.exitCode == 0);
    const QString& out = run.out;
    CHECK(out.contains(QStringLiteral("Created goal \"Run\"\n  title: added \"Run\"\n")));
    CHECK(out.contains(QStringLiteral("  target: added 3\n")));
    CHECK(out.contains(QStringLiteral("Renamed to \"Run 5k\"; added notes\n  title: \"Run\" -> \"Run 5k\"\n  notes:\n"
                                      "    + plan\n    + week 1\n    + week 2\n")));
    CHECK(out.contains(QStringLiteral("Edited the notes; changed deadline\n  notes:\n      plan\n    - week 1\n"
                                      "    + week 1 done\n      week 2\n  deadline: added \"2099-06-30\"\n")));
    CHECK(out.contains(QStringLiteral("Moved to the trash\n  deleted: false -> true\n")));
    CHECK_FALSE(out.contains(QStringLiteral("updated_at"))); // bookkeeping is not a change

    const QJsonArray json = cli.jsonArray({QStringLiteral("history"), id, QStringLiteral("--diff")});
    REQUIRE(json.size() == 4);
    const QJsonObject title = changeOf(json.at(1).toObject(), "title");
    CHECK(field(title, "kind") == QStringLiteral("changed"));
    CHECK(field(title, "before") == QStringLiteral("Run"));
    CHECK(field(title, "after") == QStringLiteral("Run 5k"));
    const QJsonArray lines = changeOf(json.at(2).toObject(), "notes").value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 4);
    CHECK(field(lines.at(1).toObject(), "kind") == QStringLiteral("removed"));
    CHECK(field(lines.at(2).toObject(), "text") == QStringLiteral("week 1 done"));
    const QJsonObject deadline = changeOf(json.at(2).toObject(), "deadline");
    CHECK(field(deadline, "kind") == QStringLiteral("added"));
    CHECK(deadline.value(QStringLiteral("before")).isNull());
    const QJsonObject deleted = changeOf(json.at(3).toObject(), "deleted");
    CHECK(deleted.value(QStringLiteral("after")).toBool());
    CHECK(json.at(3).toObject().value(QStringLiteral("changes")).toArray().size() == 1);
}

TEST_CASE("history --diff shows tags as sets and record notes as lines", "[app][cli][history]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Run", "--unit", "min"}));
    const QString id = field(cli.json(args({"log", "run", "25", "--date", "2026-02-01", "--tag", "work", "--tag",
                                            "morning", "--note", "easy"})),
                             "id");
    cli.json({QStringLiteral("record"), QStringLiteral("edit"), id, QStringLiteral("--tag"), QStringLiteral("travel"),
              QStringLiteral("--tag"), QStringLiteral("morning"), QStringLiteral("--value"), QStringLiteral("30"),
              QStringLiteral("--note"), QStringLiteral("easy\nthen hard")});
    const CliRun run = cli.run({QStringLiteral("history"), id, QStringLiteral("--diff")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Logged 25 min on 2026-02-01\n")));
    CHECK(run.out.contains(QStringLiteral("  tags: +morning +work\n")));
    CHECK(run.out.contains(QStringLiteral("Edited the note; changed value, tags\n  value: 25 -> 30\n  note:\n"
                                          "      easy\n    + then hard\n  tags: +travel -work\n")));

    const QJsonArray json = cli.jsonArray({QStringLiteral("history"), id, QStringLiteral("--diff")});
    REQUIRE(json.size() == 2);
    const QJsonObject tags = changeOf(json.at(1).toObject(), "tags");
    CHECK(strings(tags.value(QStringLiteral("added"))) == QStringList{QStringLiteral("travel")});
    CHECK(strings(tags.value(QStringLiteral("removed"))) == QStringList{QStringLiteral("work")});
    CHECK(strings(tags.value(QStringLiteral("after"))) ==
          QStringList{QStringLiteral("morning"), QStringLiteral("travel")});

    CHECK(cli.run({QStringLiteral("history"), id, QStringLiteral("--diff"), QStringLiteral("extra")}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("history"), QStringLiteral("--help")}).out.contains(QStringLiteral("--diff")));
}

TEST_CASE("history of a milestone and of a revert", "[app][cli][history]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Run"}));
    const QString m = field(cli.json(args({"milestone", "add", "run", "5 km", "--target", "5"})), "id");
    cli.json({QStringLiteral("milestone"), QStringLiteral("done"), m, QStringLiteral("--date"),
              QStringLiteral("2026-03-01")});
    const QJsonArray history = cli.jsonArray({QStringLiteral("history"), m, QStringLiteral("--diff")});
    REQUIRE(history.size() == 2);
    CHECK(field(history.at(0).toObject(), "summary") == QStringLiteral("Created milestone \"5 km\""));
    CHECK(field(history.at(1).toObject(), "summary") == QStringLiteral("Marked reached on 2026-03-01"));

    cli.json({QStringLiteral("revert"), m, field(history.at(0).toObject(), "rev_id")});
    const QJsonArray after = cli.jsonArray({QStringLiteral("history"), m, QStringLiteral("--diff")});
    REQUIRE(after.size() == 3);
    CHECK(field(after.at(2).toObject(), "summary") == QStringLiteral("Marked not reached"));
    CHECK(field(changeOf(after.at(2).toObject(), "done_date"), "kind") == QStringLiteral("removed"));
}
