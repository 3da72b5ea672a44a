// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and Markdown exports: which records go where, how they read back, progress reports.
#include "PortTestVault.h"
#include "StoreFixture.h"

#include "core/port/CsvExporter.h"
#include "core/port/CsvReader.h"
#include "core/port/JsonExporter.h"
#include "core/port/MarkdownExporter.h"
#include "core/port/VaultSnapshot.h"

#include <QDir>
#include <QFile>

using namespace selftrack::core;
using selftrack::test::fill;
using selftrack::test::StoreFixture;

namespace {

VaultSnapshot snapshotOf(StoreFixture& f) {
    auto snapshot = VaultSnapshot::read(*f.store, false);
    REQUIRE(snapshot);
    return *snapshot;
}

CsvTable table(const QByteArray& bytes) {
    auto parsed = CsvReader::parse(bytes);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("the CSV export has every live record once in records.csv and again in its goal's file",
          "[core][port][export]") {
    StoreFixture f;
    fill(f);
    const QMap<QString, QByteArray> files = CsvExporter::files(snapshotOf(f));
    // Three live goals (the fourth is in the trash) and the two lists.
    CHECK(files.size() == 5);
    CHECK(files.contains(QStringLiteral("records.csv")));
    CHECK(files.contains(QStringLiteral("goals.csv")));
    const CsvTable records = table(files.value(QStringLiteral("records.csv")));
    // Seven records: one in the trash, one of the goal in the trash.
    CHECK(records.rows.size() == 5);
    const qsizetype note = records.column(u"note");
    const qsizetype goal = records.column(u"goal");
    const qsizetype value = records.column(u"value");
    bool foundRun = false;
    for (const QStringList& row : records.rows) {
        CHECK(row.size() == records.header.size());
        if (row[goal] == QStringLiteral("Run outside")) {
            foundRun = true;
            CHECK(row[note] == QStringLiteral("Cold, \"windy\""));
            CHECK(row[value] == QStringLiteral("6"));
            CHECK(row[records.column(u"time")] == QStringLiteral("06:45"));
            CHECK(row[records.column(u"tags")] == QStringLiteral("morning, outdoor"));
            CHECK(row[records.column(u"mood")] == QStringLiteral("4"));
        }
    }
    CHECK(foundRun);
    int perGoalRows = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (it.key().startsWith(QStringLiteral("goals/")))
            perGoalRows += static_cast<int>(table(it.value()).rows.size());
    CHECK(perGoalRows == 4); // every live record that has a goal
    QString runId;
    for (const Goal& g : snapshotOf(f).goals)
        if (g.title == QStringLiteral("Run outside"))
            runId = g.id;
    CHECK(files.contains(QStringLiteral("goals/Run-outside-%1.csv").arg(runId.left(8))));
    const CsvTable goals = table(files.value(QStringLiteral("goals.csv")));
    CHECK(goals.rows.size() == 3);
    CHECK(CsvExporter::safeName(QStringLiteral("  Lire / écrire: 20 p. ")) == QStringLiteral("Lire-écrire-20-p"));
    CHECK(CsvExporter::safeName(QStringLiteral("///")) == QStringLiteral("goal"));
}

TEST_CASE("the Markdown export holds the journal by month with front matter, oldest first", "[core][port][export]") {
    StoreFixture f;
    fill(f);
    Record late = StoreFixture::entry(QStringLiteral("Later that day"), QDate(2026, 2, 14));
    late.time = QTime(21, 5);
    late.mood = 2;
    REQUIRE(f.store->addRecord(late));
    const QMap<QString, QByteArray> files = MarkdownExporter::files(snapshotOf(f));
    REQUIRE(files.keys() == QStringList{QStringLiteral("2026-02.md")});
    const QString february = QString::fromUtf8(files.first());
    // The check-in with a note, the failed day with a note, the two entries of the 14th (timed
    // before untimed); not the entry in the trash.
    CHECK(february.count(QStringLiteral("---\ndate: ")) == 4);
    CHECK_FALSE(february.contains(QStringLiteral("to the trash")));
    CHECK(february.indexOf(QStringLiteral("date: 2026-02-03T06:45\ntags: [\"morning\", \"outdoor\"]\nmood: 4\n"
                                          "goal: \"Run outside\"\n---\n\nCold, \"windy\"\n")) >= 0);
    CHECK(february.indexOf(QStringLiteral("date: 2026-02-14T21:05\ntags: []\nmood: 2\n---\n\nLater that day\n")) <
          february.indexOf(QStringLiteral("date: 2026-02-14\ntags: [\"travel\"]\n---\n\n# Day one")));
    CHECK(february.indexOf(QStringLiteral("goal: \"Read\"\n---\n\nToo tired\n")) > 0);
}

TEST_CASE("exports go into a folder, refuse a file there, and report progress up to the total",
          "[core][port][export]") {
    StoreFixture f;
    fill(f);
    QList<PortProgress> steps;
    const QString folder = f.tmp.filePath(QStringLiteral("out/csv"));
    REQUIRE(CsvExporter::write(*f.store, folder, [&](const PortProgress& p) { steps.append(p); }));
    CHECK(QFile::exists(folder + QStringLiteral("/records.csv")));
    CHECK(QDir(folder + QStringLiteral("/goals")).entryList(QDir::Files).size() == 3);
    REQUIRE_FALSE(steps.isEmpty());
    CHECK(steps.last().done == steps.last().total);
    REQUIRE(MarkdownExporter::write(*f.store, f.tmp.filePath(QStringLiteral("out/md"))));
    const QString file = f.tmp.filePath(QStringLiteral("out/csv/records.csv"));
    auto refused = MarkdownExporter::write(*f.store, file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("is a file")));

    steps.clear();
    REQUIRE(JsonExporter::write(*f.store, f.tmp.filePath(QStringLiteral("out/all.json")), true,
                                [&](const PortProgress& p) { steps.append(p); }));
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].done > steps[i - 1].done);
    CHECK(steps.last().done == steps.last().total);
}
