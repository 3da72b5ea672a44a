// SPDX-License-Identifier: GPL-3.0-or-later
// HabitBull's CSV export (columns HabitName, HabitDescription, HabitCategory, CalendarDate, Value,
// CommentText): yes/no and counted habits, categories and comments.
#include "StoreFixture.h"

#include "core/port/Importer.h"

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {

QString fixture() {
    return QStringLiteral(SELFTRACK_FIXTURES_DIR "/habitbull/habitbull-export.csv");
}

QList<Record> recordsOf(StoreFixture& f, const QString& goalId) {
    RecordFilter filter;
    filter.goalId = goalId;
    auto records = f.store->records(filter);
    REQUIRE(records);
    return *records;
}

} // namespace

TEST_CASE("HabitBull's CSV export imports yes/no and counted habits with categories and comments",
          "[core][port][habitbull]") {
    StoreFixture f;
    auto report = Importer::run(*f.store, fixture(), ImportFormat::Auto, false);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->format == QStringLiteral("habitbull"));
    CHECK(report->counts.value(ItemType::Category).added == 2);
    CHECK(report->counts.value(ItemType::Goal).added == 2);
    CHECK(report->counts.value(ItemType::Record).added == 6);

    auto goals = f.store->goals(true);
    REQUIRE(goals);
    REQUIRE(goals->size() == 2);
    auto categories = f.store->categories();
    REQUIRE(categories);
    QMap<QString, QString> categoryNames;
    for (const Category& c : *categories)
        categoryNames.insert(c.id, c.name);
    const Goal& read = goals->at(0);
    CHECK(read.title == QStringLiteral("Read"));
    CHECK(read.kind == GoalKind::Check);
    CHECK(read.notes == QStringLiteral("Read 20 pages"));
    CHECK(categoryNames.value(read.categoryId) == QStringLiteral("Mind"));
    CHECK(read.startDate == QDate(2024, 3, 1));
    const QList<Record> reads = recordsOf(f, read.id);
    REQUIRE(reads.size() == 3);
    CHECK(reads[0].isCheckIn());
    CHECK(reads[1].note == QStringLiteral("Finished \"Dune\""));
    CHECK(reads[2].day == QDate(2024, 3, 4)); // a 0 with a comment: the comment, not a check-in
    CHECK_FALSE(reads[2].isCheckIn());
    CHECK(reads[2].note == QStringLiteral("Too tired"));

    const Goal& pushUps = goals->at(1);
    CHECK(pushUps.kind == GoalKind::Amount);
    CHECK(categoryNames.value(pushUps.categoryId) == QStringLiteral("Health"));
    const QList<Record> sets = recordsOf(f, pushUps.id);
    REQUIRE(sets.size() == 3);
    CHECK(sets[0].value == 25.0);
    CHECK(sets[1].value == 30.0);
    CHECK(sets[1].note == QStringLiteral("Felt good,\r\nstrong"));
    CHECK(sets[2].value == 0.0);

    auto again = Importer::run(*f.store, fixture(), ImportFormat::HabitBull, false);
    REQUIRE(again);
    CHECK(again->total(&ImportReport::Counts::added) == 0);
    CHECK(again->total(&ImportReport::Counts::unchanged) == 10);
}

TEST_CASE("a HabitBull file with a row that cannot be read is refused and changes nothing",
          "[core][port][habitbull][errors]") {
    StoreFixture f;
    const QString path = f.tmp.filePath(QStringLiteral("hb.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText\n"
              "Read,,,2024-03-01,1,\nRead,,,yesterday,1,\n");
    out.close();
    auto report = Importer::run(*f.store, path, ImportFormat::Auto, false);
    REQUIRE_FALSE(report);
    CHECK(report.error().message.contains(QStringLiteral("row 3")));
    auto goals = f.store->goals(true);
    REQUIRE(goals);
    CHECK(goals->isEmpty());
}
