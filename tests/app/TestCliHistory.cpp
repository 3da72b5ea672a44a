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
    for (const QJsonValue& e : trash)
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
