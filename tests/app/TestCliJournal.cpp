// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

namespace {
QString field(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// The hits of a `journal search --json` page (an object with "hits" and "next").
QJsonArray hits(const CliRunner& cli, const QStringList& argv) {
    return cli.json(argv).value(QStringLiteral("hits")).toArray();
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

    const QJsonArray found = hits(cli, args({"journal", "search", "interval"}));
    REQUIRE(found.size() == 1);
    CHECK(field(found.at(0).toObject(), "id") == field(second, "id"));
    CHECK(hits(cli, args({"journal", "search", "tire*"})).size() == 1);
    CHECK(hits(cli, args({"journal", "search", "nothingmatches"})).isEmpty());
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

TEST_CASE("journal search pages with --limit and --after until no cursor is left", "[app][cli][journal]") {
    CliRunner cli;
    cli.init();
    QStringList added;
    for (int i = 0; i < 7; ++i) {
        const QString day = QStringLiteral("2026-03-0%1").arg(1 + i % 3); // days shared by several entries
        added.append(
            field(cli.json({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("hike number %1").arg(i),
                            QStringLiteral("--date"), day, QStringLiteral("--time"), QStringLiteral("08:00")}),
                  "id"));
    }
    cli.json(args({"journal", "add", "a quiet day", "--date", "2026-03-05"}));

    QStringList seen;
    QString after;
    int pages = 0;
    do {
        QStringList argv = args({"journal", "search", "hike", "--limit", "3"});
        if (!after.isEmpty())
            argv << QStringLiteral("--after") << after;
        const QJsonObject page = cli.json(argv);
        const QJsonArray pageHits = page.value(QStringLiteral("hits")).toArray();
        CHECK(pageHits.size() <= 3);
        for (const auto& hit : pageHits)
            seen.append(field(hit.toObject(), "id"));
        after = page.value(QStringLiteral("next")).toString();
        CHECK(page.value(QStringLiteral("next")).isNull() == after.isEmpty());
        REQUIRE(++pages <= 3);
    } while (!after.isEmpty());
    CHECK(pages == 3);
    REQUIRE(seen.size() == 7);
    QStringList sortedSeen = seen;
    QStringList sortedAdded = added;
    sortedSeen.sort();
    sortedAdded.sort();
    CHECK(sortedSeen == sortedAdded);

    // Newest day first; the text form ends with how to get the next page.
    const QJsonArray firstPage = hits(cli, args({"journal", "search", "hike", "--limit", "3"}));
    CHECK(field(firstPage.at(0).toObject(), "day") == QStringLiteral("2026-03-03"));
    const CliRun text = cli.run(args({"journal", "search", "hike", "--limit", "3"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Next page: --after ")));
    CHECK_FALSE(cli.run(args({"journal", "search", "hike"})).out.contains(QStringLiteral("Next page")));

    for (const QStringList& argv :
         {args({"journal", "search", "hike", "--limit", "0"}), args({"journal", "search", "hike", "--limit", "ten"}),
          args({"journal", "search", "hike", "--limit", "1001"}),
          args({"journal", "search", "hike", "--after", "not-a-cursor"})}) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 4);
    }
}
