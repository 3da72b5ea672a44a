// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
} // namespace

TEST_CASE("journal add, list with filters and full-text search", "[app][cli][journal]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Running"}));

    const QJsonObject first = cli.json(args(
        {"journal", "add", "Slept badly, **tired** all day", "--date", "2026-02-01", "--tag", "sleep", "--mood", "2"}));
    CHECK(first.value(QStringLiteral("goal_id")).isNull());
    CHECK(first.value(QStringLiteral("mood")).toInt() == 2);
    CHECK(first.value(QStringLiteral("value")).isNull());
    const QJsonObject second = cli.json(args({"journal", "add", "Great interval session", "--goal", "run", "--date",
                                              "2026-02-03", "--tag", "sport", "--mood", "5"}));
    CHECK(field(second, "goal") == QStringLiteral("Running"));
    cli.json(args({"journal", "add", "Quiet sunday", "--date", "2026-02-08"}));

    CHECK(cli.jsonArray(args({"journal", "list"})).size() == 3);
    const QJsonArray february = cli.jsonArray(args({"journal", "list", "--from", "2026-02-02", "--to", "2026-02-07"}));
    REQUIRE(february.size() == 1);
    CHECK(field(february.at(0).toObject(), "id") == field(second, "id"));
    CHECK(cli.jsonArray(args({"journal", "list", "--tag", "sleep"})).size() == 1);
    CHECK(cli.jsonArray(args({"journal", "list", "--goal", "running"})).size() == 1);

    const QJsonArray found = cli.jsonArray(args({"journal", "search", "interval"}));
    REQUIRE(found.size() == 1);
    CHECK(field(found.at(0).toObject(), "id") == field(second, "id"));
    CHECK(cli.jsonArray(args({"journal", "search", "tire*"})).size() == 1);
    CHECK(cli.jsonArray(args({"journal", "search", "nothingmatches"})).isEmpty());
    CHECK(cli.run(args({"journal", "search", "interval"})).out.contains(QStringLiteral("Great interval session")));

    const QList<QStringList> invalid{args({"journal", "add", "x", "--mood", "9"}),
                                     args({"journal", "add", "x", "--mood", "happy"}),
                                     args({"journal", "add", "x", "--date", "2026-02-31"}),
                                     args({"journal", "add", "   "}), args({"journal", "list", "--from", "feb"})};
    for (const QStringList& argv : invalid) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 4);
    }
    CHECK(cli.run(args({"journal", "add", "x", "--goal", "swim"})).exitCode == 3);
    CHECK(cli.run(args({"journal"})).exitCode == 1);
    CHECK(cli.jsonArray(args({"journal", "list"})).size() == 3);
}
