// SPDX-License-Identifier: GPL-3.0-or-later
// `export` and `import` as a user runs them: formats, round trip between two vaults, dry run,
// progress on stderr, clear errors that change nothing.
#include "CliRunner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace {

QString fixture(const char* name) {
    return QStringLiteral(SELFTRACK_FIXTURES_DIR "/") + QLatin1String(name);
}

int added(const QJsonObject& report, const char* type) {
    return report.value(QLatin1String(type)).toObject().value(QStringLiteral("added")).toInt();
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void fill(const CliRunner& cli) {
    cli.json(args({"goal", "add", "Run", "--unit", "km", "--target", "20", "--period", "week"}));
    cli.json(args({"goal", "add", "Floss", "--category", "Health"}));
    cli.json(args({"log", "run", "5.5", "--date", "2026-01-05", "--note", "windy, \"cold\""}));
    cli.json(args({"log", "floss", "--date", "2026-01-05"}));
    cli.json(args({"journal", "add", "First entry\n\nwith two paragraphs", "--tag", "start", "--date", "2026-01-06"}));
    cli.json(args({"journal", "add", "February", "--date", "2026-02-01"}));
}

} // namespace

TEST_CASE("export json with history and import into another vault gives the same goals and records, once",
          "[app][cli][port]") {
    CliRunner source;
    source.init();
    fill(source);
    const QString file = source.path(QStringLiteral("export.json"));
    const CliRun exported = source.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--out"), file, QStringLiteral("--history")});
    INFO(str(exported.err));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Exported 2 goals")));
    CHECK(exported.err.contains(QStringLiteral("export: exporting")));
    CHECK(readAll(file).contains("\"revisions\""));

    CliRunner target;
    target.init();
    const QJsonObject dry = target.json({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    CHECK(dry.value(QStringLiteral("dry_run")).toBool());
    CHECK(added(dry, "goals") == 2);
    CHECK(target.jsonArray(args({"goal", "list"})).isEmpty());

    const CliRun imported = target.run({QStringLiteral("import"), file});
    INFO(str(imported.err));
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported from a SelfTrack export")));
    CHECK(imported.err.contains(QStringLiteral("import: writing")));
    CHECK(target.jsonArray(args({"goal", "list"})) == source.jsonArray(args({"goal", "list"})));
    CHECK(target.jsonArray(args({"journal", "list"})) == source.jsonArray(args({"journal", "list"})));
    CHECK(target.json(args({"stats", "run", "--date", "2026-01-05"})) ==
          source.json(args({"stats", "run", "--date", "2026-01-05"})));

    const QJsonObject again =
        target.json({QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("selftrack-json")});
    CHECK(added(again, "goals") == 0);
    CHECK(added(again, "records") == 0);
    CHECK(again.value(QStringLiteral("records")).toObject().value(QStringLiteral("unchanged")).toInt() == 4);
    CHECK(target.jsonArray(args({"goal", "list"})).size() == 2);
}

TEST_CASE("export csv and markdown write the files a spreadsheet and a notes app read", "[app][cli][port]") {
    CliRunner cli;
    cli.init();
    fill(cli);
    const QString csv = cli.path(QStringLiteral("csv"));
    REQUIRE(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), csv})
                .exitCode == 0);
    const QByteArray records = readAll(csv + QStringLiteral("/records.csv"));
    CHECK(
        records.startsWith("\xEF\xBB\xBFgoal_id,goal,day,time,utc_offset_minutes,value,status,note,tags,mood,id\r\n"));
    CHECK(records.contains(",Run,2026-01-05,"));
    CHECK(records.contains("\"windy, \"\"cold\"\"\""));
    CHECK(QDir(csv + QStringLiteral("/goals")).entryList(QDir::Files).size() == 2);

    const QString md = cli.path(QStringLiteral("md"));
    REQUIRE(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"),
                     QStringLiteral("--out"), md})
                .exitCode == 0);
    CHECK(QDir(md).entryList(QDir::Files) == QStringList{QStringLiteral("2026-01.md"), QStringLiteral("2026-02.md")});
    const QString january = QString::fromUtf8(readAll(md + QStringLiteral("/2026-01.md")));
    CHECK(january.contains(QStringLiteral("---\ndate: 2026-01-06")));
    CHECK(january.contains(QStringLiteral("tags: [\"start\"]\n")));
    CHECK(january.contains(QStringLiteral("First entry\n\nwith two paragraphs\n")));
    CHECK(january.contains(QStringLiteral("goal: \"Run\"\n")));
}

TEST_CASE("import of Loop's zip shows Loop's score afterwards", "[app][cli][port][loop]") {
    CliRunner cli;
    cli.init();
    const QString zip = fixture("loop-habits/csv-export.zip");
    const CliRun dry = cli.run({QStringLiteral("import"), zip, QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Would import from Loop Habit Tracker")));
    CHECK(dry.out.contains(QStringLiteral("9 new")));
    const QJsonObject report = cli.json({QStringLiteral("import"), zip});
    CHECK(added(report, "goals") == 2);
    const QJsonObject stats = cli.json(args({"stats", "wake up", "--date", "2015-01-25"}));
    CHECK(stats.value(QStringLiteral("score")).toDouble() == Approx(0.2557).margin(0.00005));
}

TEST_CASE("import and export refuse what they cannot do with a clear error and change nothing",
          "[app][cli][port][errors]") {
    CliRunner cli;
    cli.init();
    fill(cli);
    const QJsonArray before = cli.jsonArray(args({"goal", "list"}));
    const QString junk = cli.path(QStringLiteral("junk.txt"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();

    const CliRun foreign = cli.run({QStringLiteral("import"), junk});
    CHECK(foreign.exitCode == 4);
    CHECK(foreign.err.contains(QStringLiteral("not in a format SelfTrack imports")));
    CHECK(foreign.out.isEmpty());
    const CliRun asLoop = cli.run({QStringLiteral("import"), junk, QStringLiteral("--format"), QStringLiteral("loop")});
    CHECK(asLoop.exitCode == 4);
    CHECK(cli.run({QStringLiteral("import"), cli.path(QStringLiteral("missing.json"))}).exitCode == 3);
    CHECK(cli.run({QStringLiteral("import"), junk, QStringLiteral("--format"), QStringLiteral("excel")}).exitCode == 1);
    CHECK(cli.run(args({"import"})).exitCode == 1);
    CHECK(cli.jsonArray(args({"goal", "list"})) == before);

    CHECK(cli.run(args({"export", "--format", "json"})).exitCode == 1);
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                   cli.path(QStringLiteral("x"))})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   cli.path(QStringLiteral("x")), QStringLiteral("--history")})
              .exitCode == 1);
    const CliRun intoFile = cli.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), junk});
    CHECK(intoFile.exitCode == 4);
    CHECK(intoFile.err.contains(QStringLiteral("is a file")));
    CHECK(cli.run(args({"import", "--help"})).out.contains(QStringLiteral("--dry-run")));
}
