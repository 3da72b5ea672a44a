// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDateTime>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

QStringList cmd(std::initializer_list<const char*> words, const QString& id) {
    return args(words) + QStringList{id};
}

// Adds a milestone with --json and returns its id.
QString addMilestone(const CliRunner& cli, const QStringList& argv) {
    return field(cli.json(args({"milestone", "add"}) + argv), "id");
}
} // namespace

TEST_CASE("milestone add and list keep a goal's milestones in order", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    const QString goal = field(cli.json(args({"goal", "add", "Running", "--unit", "km", "--target", "5"})), "id");
    cli.json(args({"goal", "add", "Reading"}));

    const QJsonObject first = cli.json(args({"milestone", "add", "run", "  First 5 km  ", "--target", "5"}));
    CHECK(field(first, "id").size() == 36);
    CHECK(field(first, "goal_id") == goal);
    CHECK(field(first, "goal") == QStringLiteral("Running"));
    CHECK(field(first, "title") == QStringLiteral("First 5 km")); // trimmed
    CHECK(first.value(QStringLiteral("target")).toDouble() == 5.0);
    CHECK(first.value(QStringLiteral("done_date")).isNull());
    CHECK(first.value(QStringLiteral("position")).toInt() == 0);
    CHECK(field(first, "head_rev").size() == 36);

    const CliRun second = cli.run(args({"milestone", "add", "Running", "Half marathon"}));
    CHECK(second.exitCode == 0);
    CHECK(second.out.startsWith(QStringLiteral("Added milestone \"Half marathon\" (")));
    CHECK(second.out.contains(QStringLiteral("to goal \"Running\": no target, open.")));
    CHECK(second.out.count(QLatin1Char('\n')) == 1);

    const QJsonArray listed = cli.jsonArray(args({"milestone", "list", "running"}));
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject() == first);
    const QJsonObject half = listed.at(1).toObject();
    CHECK(field(half, "title") == QStringLiteral("Half marathon"));
    CHECK(half.value(QStringLiteral("target")).isNull());
    CHECK(half.value(QStringLiteral("position")).toInt() == 1);
    CHECK(second.out.contains(QStringLiteral("(%1)").arg(field(half, "id").left(8))));

    const CliRun text = cli.run(args({"milestone", "list", "running"}));
    CHECK(text.exitCode == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(field(first, "id").left(8)));
    CHECK(lines.at(0).contains(QStringLiteral("First 5 km")));
    CHECK(lines.at(0).contains(QStringLiteral("target 5")));
    CHECK(lines.at(0).endsWith(QStringLiteral("open")));
    CHECK(lines.at(1).contains(QStringLiteral("Half marathon")));

    CHECK(cli.jsonArray(args({"milestone", "list", "reading"})).isEmpty());
    const CliRun empty = cli.run(args({"milestone", "list", "reading"}));
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("Goal \"Reading\" has no milestones yet")));
}

TEST_CASE("milestone done and undone set and clear the reached date", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Running"}));
    const QString id = addMilestone(cli, args({"running", "5 km", "--target", "5"}));

    const QJsonObject done = cli.json(cmd({"milestone", "done", "--date", "2026-03-01"}, id.left(8)));
    CHECK(field(done, "id") == id);
    CHECK(field(done, "done_date") == QStringLiteral("2026-03-01"));
    CHECK(done.value(QStringLiteral("target")).toDouble() == 5.0);
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 2);

    // The same date again changes nothing and writes no revision.
    cli.json(cmd({"milestone", "done", "--date", "2026-03-01"}, id));
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 2);

    const CliRun undone = cli.run(cmd({"milestone", "undone"}, id.left(6)));
    CHECK(undone.exitCode == 0);
    CHECK(undone.out == QStringLiteral("Milestone \"5 km\" (%1) is open again.\n").arg(id.left(8)));
    CHECK(cli.jsonArray(args({"milestone", "list", "running"}))
              .at(0)
              .toObject()
              .value(QStringLiteral("done_date"))
              .isNull());

    const QDate before = QDateTime::currentDateTimeUtc().date(); // the child runs with TZ=UTC
    const CliRun today = cli.run(cmd({"milestone", "done"}, id));
    const QDate after = QDateTime::currentDateTimeUtc().date();
    CHECK(today.exitCode == 0);
    const QString doneDate = field(cli.jsonArray(args({"milestone", "list", "running"})).at(0).toObject(), "done_date");
    CHECK((doneDate == before.toString(Qt::ISODate) || doneDate == after.toString(Qt::ISODate)));
    CHECK(today.out == QStringLiteral("Reached milestone \"5 km\" (%1) on %2.\n").arg(id.left(8), doneDate));
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 4);
}

TEST_CASE("milestone edit changes only the options given", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Running"}));
    const QString id = addMilestone(cli, args({"running", "5 km", "--target", "5"}));
    cli.json(cmd({"milestone", "done", "--date", "2026-03-01"}, id));

    const QJsonObject renamed = cli.json(cmd({"milestone", "edit", "--title", "Five km"}, id.left(8)));
    CHECK(field(renamed, "title") == QStringLiteral("Five km"));
    CHECK(renamed.value(QStringLiteral("target")).toDouble() == 5.0);
    CHECK(field(renamed, "done_date") == QStringLiteral("2026-03-01"));

    const QJsonObject retargeted = cli.json(cmd({"milestone", "edit", "--target", "-2.5"}, id));
    CHECK(retargeted.value(QStringLiteral("target")).toDouble() == -2.5);
    CHECK(field(retargeted, "title") == QStringLiteral("Five km"));

    const CliRun cleared = cli.run(cmd({"milestone", "edit", "--no-target"}, id));
    CHECK(cleared.exitCode == 0);
    CHECK(cleared.out ==
          QStringLiteral("Updated milestone \"Five km\" (%1): no target, reached 2026-03-01.\n").arg(id.left(8)));
    const QJsonObject stored = cli.jsonArray(args({"milestone", "list", "running"})).at(0).toObject();
    CHECK(stored.value(QStringLiteral("target")).isNull());
    CHECK(field(stored, "title") == QStringLiteral("Five km"));
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 5);
}

TEST_CASE("bad milestone input exits 1, 3 or 4 and changes nothing", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Running"}));
    cli.json(args({"goal", "add", "Rowing"}));
    const QString id = addMilestone(cli, args({"running", "5 km", "--target", "5"}));
    const QJsonArray before = cli.jsonArray(args({"milestone", "list", "running"}));
    const QString longTitle(501, QLatin1Char('x'));

    const QList<std::pair<QStringList, int>> failures{
        {args({"milestone", "add", "running", "   "}), 4},
        {args({"milestone", "add", "running", "10 km", "--target", "ten"}), 4},
        {args({"milestone", "add", "running"}) + QStringList{longTitle}, 4},
        {cmd({"milestone", "done", "--date", "2026-02-30"}, id), 4},
        {cmd({"milestone", "done", "--date", "soon"}, id), 4},
        {cmd({"milestone", "edit", "--target", "1e400"}, id), 4},
        {cmd({"milestone", "edit", "--title", " "}, id), 4},
        {args({"milestone", "add", "running", "10 km", "--target"}), 1},
        {args({"milestone", "add", "running"}), 1},
        {args({"milestone", "list"}), 1},
        {cmd({"milestone", "edit"}, id), 1},
        {cmd({"milestone", "edit", "--target", "3", "--no-target"}, id), 1},
        {cmd({"milestone", "done", "--bogus"}, id), 1},
        {cmd({"milestone", "undone", "extra"}, id), 1},
        {args({"milestone"}), 1},
        {args({"milestone", "reach"}), 1},
        {args({"milestone", "add", "swimming", "1 km"}), 3},
        {args({"milestone", "add", "r", "1 km"}), 3}, // Running or Rowing
        {args({"milestone", "list", "swimming"}), 3},
        {args({"milestone", "done", "ffffffff"}), 3},
        {args({"milestone", "edit", "ffffffff", "--title", "x"}), 3},
        {args({"milestone", "delete", "ffffffff"}), 3},
    };
    for (const auto& [argv, code] : failures) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).left(80).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(QLatin1Char('\n')) == 1); // one sentence on one line
    }
    CHECK(cli.jsonArray(args({"milestone", "list", "running"})) == before);
    CHECK(cli.jsonArray(args({"milestone", "list", "rowing"})).isEmpty());
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 1);

    // A milestone id does not name a goal.
    CHECK(cli.run(args({"milestone", "list"}) + QStringList{id}).exitCode == 3);

    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QStringLiteral("wrong"));
    CHECK(cli.run(args({"milestone", "add", "running", "10 km"})).exitCode == 2);
    CHECK(cli.run(cmd({"milestone", "done", "--date", "2026-02-30"}, id)).exitCode == 4); // checked before unlocking
    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QString::fromLatin1(CliRunner::kPassphrase));
    CHECK(cli.jsonArray(args({"milestone", "list", "running"})) == before);
}

TEST_CASE("milestones of a goal in the trash cannot change until it is restored", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    const QString goal = field(cli.json(args({"goal", "add", "Running"})), "id");
    const QString id = addMilestone(cli, args({"running", "5 km"}));
    cli.json(args({"goal", "delete", "running"}));

    for (const QStringList& argv : {cmd({"milestone", "done"}, id), cmd({"milestone", "undone"}, id),
                                    cmd({"milestone", "edit", "--title", "x"}, id)}) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(QStringLiteral("in the trash")));
        CHECK(r.out.isEmpty());
    }
    CHECK(cli.run(args({"milestone", "add", "running", "10 km"})).exitCode == 3);
    CHECK(cli.run(args({"milestone", "list", "running"})).exitCode == 3);
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 1);

    cli.json(cmd({"trash", "restore"}, goal));
    CHECK(field(cli.json(cmd({"milestone", "done", "--date", "2026-04-01"}, id)), "done_date") ==
          QStringLiteral("2026-04-01"));
}

TEST_CASE("a deleted milestone goes to the trash, comes back and keeps its history", "[app][cli][milestone]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Running"}));
    const QString id = addMilestone(cli, args({"running", "5 km", "--target", "5"}));
    const QString other = addMilestone(cli, args({"running", "10 km"}));

    const CliRun deleted = cli.run(cmd({"milestone", "delete"}, id.left(8)));
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.out == QStringLiteral("Moved milestone \"5 km\" to the trash (restore with 'selftrack-cli trash "
                                        "restore %1').\n")
                             .arg(id.left(8)));
    const QJsonArray remaining = cli.jsonArray(args({"milestone", "list", "running"}));
    REQUIRE(remaining.size() == 1);
    CHECK(field(remaining.at(0).toObject(), "id") == other);
    const QJsonArray trash = cli.jsonArray(args({"trash", "list"}));
    REQUIRE(trash.size() == 1);
    CHECK(field(trash.at(0).toObject(), "id") == id);
    CHECK(field(trash.at(0).toObject(), "type") == QStringLiteral("milestone"));
    CHECK(field(trash.at(0).toObject(), "summary") == QStringLiteral("5 km"));

    const CliRun trashed = cli.run(cmd({"milestone", "done"}, id));
    CHECK(trashed.exitCode == 3);
    CHECK(trashed.err.contains(QStringLiteral("in the trash")));
    CHECK(cli.run(cmd({"milestone", "delete"}, id)).exitCode == 3);

    const QJsonObject restored = cli.json(cmd({"trash", "restore"}, id.left(8)));
    CHECK(restored.value(QStringLiteral("restored")).toBool());
    CHECK(cli.jsonArray(args({"milestone", "list", "running"})).size() == 2);

    cli.json(cmd({"milestone", "edit", "--title", "Five km", "--target", "6"}, id));
    const QJsonArray history = cli.jsonArray(cmd({"history"}, id.left(8)));
    REQUIRE(history.size() == 4); // add, delete, restore, edit
    CHECK(field(history.at(0).toObject(), "item_type") == QStringLiteral("milestone"));
    CHECK(history.at(1).toObject().value(QStringLiteral("deleted")).toBool());
    const CliRun text = cli.run(cmd({"history"}, id.left(8)));
    CHECK(text.out.contains(QStringLiteral("Five km")));

    const QString firstRev = field(history.at(0).toObject(), "rev_id");
    const QJsonObject reverted = cli.json(cmd({"revert"}, id.left(8)) + QStringList{firstRev.left(8)});
    CHECK(field(reverted, "type") == QStringLiteral("milestone"));
    CHECK(field(reverted, "reverted_to") == firstRev);
    const QJsonObject back = cli.jsonArray(args({"milestone", "list", "running"})).at(0).toObject();
    CHECK(field(back, "id") == id);
    CHECK(field(back, "title") == QStringLiteral("5 km"));
    CHECK(back.value(QStringLiteral("target")).toDouble() == 5.0);
    CHECK(cli.jsonArray(cmd({"history"}, id)).size() == 5);

    cli.json(cmd({"milestone", "delete"}, id));
    const QJsonObject purged = cli.json(cmd({"trash", "purge"}, id.left(8)));
    CHECK(field(purged, "type") == QStringLiteral("milestone"));
    CHECK(cli.run(cmd({"history"}, id)).exitCode == 3);
    CHECK(cli.jsonArray(args({"trash", "list"})).isEmpty());
    CHECK(cli.jsonArray(args({"milestone", "list", "running"})).size() == 1);
}

TEST_CASE("goal show lists the goal's milestones", "[app][cli][milestone][goal]") {
    CliRunner cli;
    cli.init();
    const QString goal = field(cli.json(args({"goal", "add", "Running", "--unit", "km", "--target", "5"})), "id");
    const QJsonObject plain = cli.json(args({"goal", "show", "running"}));
    CHECK(plain.value(QStringLiteral("milestones")).toArray().isEmpty());
    CHECK_FALSE(cli.run(args({"goal", "show", "running"})).out.contains(QStringLiteral("Milestones:")));

    const QString id = addMilestone(cli, args({"running", "5 km", "--target", "5"}));
    addMilestone(cli, args({"running", "Half marathon"}));
    cli.json(cmd({"milestone", "done", "--date", "2026-03-01"}, id));

    const QJsonObject shown = cli.json(args({"goal", "show", "running"}));
    const QJsonArray milestones = shown.value(QStringLiteral("milestones")).toArray();
    REQUIRE(milestones.size() == 2);
    CHECK(field(milestones.at(0).toObject(), "id") == id);
    CHECK(field(milestones.at(0).toObject(), "done_date") == QStringLiteral("2026-03-01"));
    CHECK(field(milestones.at(1).toObject(), "title") == QStringLiteral("Half marathon"));
    CHECK(field(milestones.at(1).toObject(), "goal_id") == goal);
    // The goal's own fields stay as they were: the listed goal plus "stats" and "milestones".
    QJsonObject goalFields = shown;
    goalFields.remove(QStringLiteral("milestones"));
    goalFields.remove(QStringLiteral("stats"));
    CHECK(goalFields == cli.jsonArray(args({"goal", "list"})).at(0).toObject());
    CHECK(shown.keys().size() == goalFields.keys().size() + 2);
    CHECK(shown.value(QStringLiteral("stats")).toObject().contains(QStringLiteral("score")));

    const CliRun text = cli.run(args({"goal", "show", "running"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("at least 5 km per day")));
    const qsizetype header = text.out.indexOf(QStringLiteral("\nMilestones:\n"));
    REQUIRE(header >= 0);
    const QString list = text.out.mid(header);
    CHECK(list.contains(id.left(8)));
    CHECK(list.contains(QStringLiteral("reached 2026-03-01")));
    CHECK(list.contains(QStringLiteral("Half marathon")));
}

TEST_CASE("purging a goal purges its milestones, trashed ones included", "[app][cli][milestone][trash]") {
    CliRunner cli;
    cli.init();
    const QString goal = field(cli.json(args({"goal", "add", "Running"})), "id");
    cli.json(args({"goal", "add", "Reading"}));
    const QString kept = addMilestone(cli, args({"running", "5 km"}));
    const QString trashed = addMilestone(cli, args({"running", "10 km"}));
    const QString other = addMilestone(cli, args({"reading", "10 books"}));
    cli.json(cmd({"milestone", "delete"}, trashed));
    cli.json(args({"goal", "delete", "running"}));
    CHECK(cli.jsonArray(args({"trash", "list"})).size() == 2);

    cli.json(cmd({"trash", "purge"}, goal));
    CHECK(cli.run(cmd({"history"}, kept)).exitCode == 3);
    CHECK(cli.run(cmd({"history"}, trashed)).exitCode == 3);
    CHECK(cli.jsonArray(args({"trash", "list"})).isEmpty());
    CHECK(cli.run(cmd({"milestone", "done"}, kept)).exitCode == 3);
    const QJsonArray reading = cli.jsonArray(args({"milestone", "list", "reading"}));
    REQUIRE(reading.size() == 1);
    CHECK(field(reading.at(0).toObject(), "id") == other);
}

TEST_CASE("milestone help needs no vault", "[app][cli][milestone]") {
    CliRunner cli;
    CHECK(cli.runRaw(args({"--help"})).out.contains(QStringLiteral("milestone add|list|done|undone|edit|delete")));
    const CliRun group = cli.run(args({"milestone", "--help"}));
    CHECK(group.exitCode == 0);
    CHECK(group.out.startsWith(QStringLiteral("Usage: selftrack-cli milestone COMMAND")));
    for (const char* sub : {"add", "list", "done", "undone", "edit", "delete"}) {
        const CliRun r = cli.run(args({"milestone", sub, "--help"}));
        INFO(sub);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: selftrack-cli milestone %1").arg(QLatin1String(sub))));
        CHECK(r.err.isEmpty());
    }
    CHECK(cli.runRaw(args({"help", "milestone", "edit"})).out.contains(QStringLiteral("--no-target")));
}
