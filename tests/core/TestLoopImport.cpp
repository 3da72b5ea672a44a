// SPDX-License-Identifier: GPL-3.0-or-later
// Leaving Loop Habit Tracker in one step: its CSV export (folder or zip) and its .db backups of
// several schema versions import with the expected habits and days, the strength scores SelfTrack
// computes afterwards are the ones Loop exported, and a second import adds nothing.
#include "LoopDbBuilder.h"
#include "StoreFixture.h"

#include "core/port/Importer.h"
#include "core/port/LoopMapper.h"
#include "core/port/VaultSnapshot.h"
#include "core/progress/ProgressContext.h"
#include "core/stats/GoalDetail.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cmath>

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(SELFTRACK_FIXTURES_DIR "/loop-habits/") + QLatin1String(name);
}

ImportReport importLoop(StoreFixture& f, const QString& path, ImportFormat format = ImportFormat::Auto) {
    auto report = Importer::run(*f.store, path, format, false);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->format == QStringLiteral("loop"));
    return *report;
}

Goal goalNamed(StoreFixture& f, const QString& title) {
    auto goals = f.store->goals(true);
    REQUIRE(goals);
    for (const Goal& g : *goals)
        if (g.title == title)
            return g;
    FAIL("no goal " << title.toStdString());
    return {};
}

QList<Record> recordsOf(StoreFixture& f, const Goal& goal) {
    RecordFilter filter;
    filter.goalId = goal.id;
    auto records = f.store->records(filter);
    REQUIRE(records);
    return *records;
}

const Record* on(const QList<Record>& records, QDate day) {
    for (const Record& r : records)
        if (r.day == day)
            return &r;
    return nullptr;
}

// Loop's Scores.csv of one habit: date -> score.
QMap<QDate, double> loopScores(const QString& folder) {
    QFile file(fixture("csv-export/") + folder + QStringLiteral("/Scores.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QMap<QDate, double> scores;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        const QDate day = QDate::fromString(QString::fromLatin1(fields.value(0)), Qt::ISODate);
        if (day.isValid())
            scores.insert(day, fields.value(1).toDouble());
    }
    REQUIRE_FALSE(scores.isEmpty());
    return scores;
}

// The scores the goal page shows for the goal, on the day Loop exported, to 4 decimals.
void checkScores(StoreFixture& f, const QString& title, const QString& folder) {
    const Goal goal = goalNamed(f, title);
    const QMap<QDate, double> expected = loopScores(folder);
    const QDate today = expected.lastKey();
    const ProgressContext context{QDateTime(today, QTime(12, 0), QTimeZone::utc()), QTimeZone::utc(), Qt::Monday};
    auto detail = GoalDetail::load(f.store->database(), goal, context);
    REQUIRE(detail);
    int compared = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        double ours = 0.0;
        for (const DayScore& s : detail->scores())
            if (s.date == it.key())
                ours = s.score;
        INFO(title.toStdString() << " on " << it.key().toString(Qt::ISODate).toStdString());
        CHECK(std::round(ours * 10000.0) / 10000.0 == Approx(it.value()).margin(1e-9));
        ++compared;
    }
    CHECK(compared == expected.size());
}

void checkCsvExportImported(StoreFixture& f) {
    const Goal meditate = goalNamed(f, QStringLiteral("Meditate"));
    CHECK(meditate.kind == GoalKind::Check);
    CHECK(meditate.freqNum == 1);
    CHECK(meditate.freqDen == 1);
    CHECK(meditate.color == QStringLiteral("#FF8F00"));
    CHECK(meditate.notes == QStringLiteral("Did you meditate this morning?"));
    CHECK(meditate.position == 1);
    CHECK_FALSE(meditate.archived);
    CHECK(recordsOf(f, meditate).isEmpty());

    const Goal wake = goalNamed(f, QStringLiteral("Wake up early"));
    CHECK(wake.freqNum == 2);
    CHECK(wake.freqDen == 3);
    CHECK(wake.color == QStringLiteral("#00897B"));
    CHECK(wake.startDate == QDate(2015, 1, 16));
    const QList<Record> days = recordsOf(f, wake);
    // Six YES_MANUAL check-ins, one NO with its note, two YES_AUTO days that only carry a note.
    CHECK(days.size() == 9);
    int checkIns = 0;
    for (const Record& r : days)
        checkIns += r.isCheckIn() && r.status == RecordStatus::Done ? 1 : 0;
    CHECK(checkIns == 6);
    const Record* sick = on(days, QDate(2015, 1, 24));
    REQUIRE(sick);
    CHECK(sick->status == RecordStatus::Failed);
    CHECK(sick->note == QStringLiteral("Sick"));
    const Record* forgot = on(days, QDate(2015, 1, 23));
    REQUIRE(forgot);
    CHECK_FALSE(forgot->isCheckIn()); // Loop derived that day; the note stays, as a note
    CHECK(forgot->note == QStringLiteral("Forgot to do it, really"));
    const Record* vacation = on(days, QDate(2015, 1, 19));
    REQUIRE(vacation);
    CHECK(vacation->note == QStringLiteral("\"Vacation\""));
    CHECK(on(days, QDate(2015, 1, 18)) == nullptr); // derived, no note: nothing to import

    checkScores(f, QStringLiteral("Wake up early"), QStringLiteral("002 Wake up early"));
    checkScores(f, QStringLiteral("Meditate"), QStringLiteral("001 Meditate"));
}

} // namespace

TEST_CASE("Loop's CSV export folder imports its habits, days and notes, and Loop's scores come out",
          "[core][port][loop]") {
    StoreFixture f;
    const ImportReport report = importLoop(f, fixture("csv-export"));
    CHECK(report.counts.value(ItemType::Goal).added == 2);
    CHECK(report.counts.value(ItemType::Record).added == 9);
    checkCsvExportImported(f);
}

TEST_CASE("Loop's CSV export as the zip it writes imports the same (read with QuaZip)", "[core][port][loop]") {
    StoreFixture f;
    const ImportReport report = importLoop(f, fixture("csv-export.zip"), ImportFormat::Loop);
    CHECK(report.counts.value(ItemType::Record).added == 9);
    checkCsvExportImported(f);
}

TEST_CASE("a zip whose files sit in one top folder imports the same", "[core][port][loop]") {
    StoreFixture f;
    const ImportReport report = importLoop(f, fixture("csv-export-in-folder.zip"));
    CHECK(report.counts.value(ItemType::Record).added == 9);
    checkCsvExportImported(f);
}

TEST_CASE("importing Loop's export twice, as folder and as zip, adds nothing the second time", "[core][port][loop]") {
    StoreFixture f;
    importLoop(f, fixture("csv-export"));
    auto before = VaultSnapshot::read(*f.store, true);
    REQUIRE(before);
    const ImportReport again = importLoop(f, fixture("csv-export.zip"));
    CHECK(again.total(&ImportReport::Counts::added) == 0);
    CHECK(again.total(&ImportReport::Counts::unchanged) == 11);
    auto after = VaultSnapshot::read(*f.store, true);
    REQUIRE(after);
    CHECK(after->goals == before->goals);
    CHECK(after->records == before->records);
    CHECK(after->revisions.size() == before->revisions.size());
}

TEST_CASE("a numerical habit of Loop's CSV export brings its unit, target and values (stored times 1000)",
          "[core][port][loop]") {
    StoreFixture f;
    const QDir dir(f.tmp.filePath(QStringLiteral("export")));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("001 Water"))));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile out(dir.filePath(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    };
    write(QStringLiteral("Habits.csv"),
          "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,"
          "Target Value,Archived?\n001,Water,NUMERICAL,How many glasses?,,1,1,#039be5,glasses,AT_MOST,8.0,true\n");
    write(QStringLiteral("001 Water/Checkmarks.csv"),
          "Date,Value,Notes\n2024-01-03,SKIP,\n2024-01-02,2500,after the run\n2024-01-01,NO,\n2023-12-31,UNKNOWN,\n");
    importLoop(f, dir.path());
    const Goal water = goalNamed(f, QStringLiteral("Water"));
    CHECK(water.kind == GoalKind::Amount);
    CHECK(water.unit == QStringLiteral("glasses"));
    CHECK(water.target == 8.0);
    CHECK(water.direction == Direction::AtMost);
    CHECK(water.archived);
    CHECK(water.color == QStringLiteral("#039BE5"));
    CHECK(water.startDate == QDate(2024, 1, 1));
    const QList<Record> days = recordsOf(f, water);
    REQUIRE(days.size() == 3);
    CHECK(days[0].value == 0.0); // Loop writes a stored 0 as NO
    CHECK(days[1].value == 2.5);
    CHECK(days[1].note == QStringLiteral("after the run"));
    CHECK(days[2].status == RecordStatus::Skipped);
}

TEST_CASE("Loop's .db backup of schema 22 opens as plain SQLite through SQLCipher and imports habits, reminders "
          "and check-ins",
          "[core][port][loop]") {
    StoreFixture f;
    const QString copy = f.tmp.filePath(QStringLiteral("backup.db"));
    REQUIRE(QFile::copy(fixture("loop-backup-v22.db"), copy));
    QFile original(copy);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();

    const ImportReport report = importLoop(f, copy);
    CHECK(report.counts.value(ItemType::Goal).added == 2);
    CHECK(report.counts.value(ItemType::Record).added == 1);
    const Goal workOut = goalNamed(f, QStringLiteral("Work out"));
    CHECK(workOut.notes == QStringLiteral("Did you work out?"));
    CHECK(workOut.color == QStringLiteral("#00897B")); // palette index 8
    REQUIRE(workOut.reminders.size() == 1);
    CHECK(workOut.reminders.first().time == QTime(18, 0));
    // Loop's 113 = Saturday + Wednesday + Thursday + Friday.
    CHECK(workOut.reminders.first().weekdays == 0b0111100);
    const QList<Record> records = recordsOf(f, workOut);
    REQUIRE(records.size() == 1);
    CHECK(records.first().day == QDate(2020, 1, 1));
    CHECK(records.first().value == 1.0);
    CHECK(goalNamed(f, QStringLiteral("Test")).reminders.isEmpty());
    // The user's file is read from a private copy: not a byte changed.
    QFile after(copy);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-journal")));
}

TEST_CASE("Loop's .db backup of schema 25 brings numerical habits, at-most targets, units, archived habits, skips "
          "and notes",
          "[core][port][loop]") {
    StoreFixture f;
    const QString path = f.tmp.filePath(QStringLiteral("loop-v25.db"));
    selftrack::test::writeSqlite(path, selftrack::test::kLoopV25);
    importLoop(f, path);
    const Goal coffee = goalNamed(f, QStringLiteral("Coffee"));
    CHECK(coffee.kind == GoalKind::Amount);
    CHECK(coffee.direction == Direction::AtMost);
    CHECK(coffee.target == 3.0);
    CHECK(coffee.unit == QStringLiteral("cups"));
    CHECK(coffee.period == Period::Week);
    CHECK(coffee.color == QStringLiteral("#1976D2"));
    CHECK(coffee.notes == QStringLiteral("How much coffee?\n\nTwo cups at most"));
    const QList<Record> cups = recordsOf(f, coffee);
    REQUIRE(cups.size() == 3);
    CHECK(cups[0].value == 2.5);
    CHECK(cups[0].note == QStringLiteral("afternoon"));
    CHECK(cups[1].value == 4.0);
    CHECK(cups[2].status == RecordStatus::Skipped);
    CHECK_FALSE(cups[2].value.has_value());

    const Goal floss = goalNamed(f, QStringLiteral("Floss"));
    CHECK(floss.archived);
    REQUIRE(floss.reminders.size() == 1);
    CHECK(floss.reminders.first().time == QTime(21, 30));
    CHECK(floss.reminders.first().weekdays == 0x7f);
    const QList<Record> days = recordsOf(f, floss);
    REQUIRE(days.size() == 3);
    CHECK(days[0].status == RecordStatus::Done);
    CHECK(days[1].status == RecordStatus::Skipped); // skipped stays skipped
    CHECK(days[1].note == QStringLiteral("travelling"));
    CHECK(days[2].status == RecordStatus::Failed);
}

TEST_CASE("Loop's .db backup of schema 9 (checks without values) imports every repetition as a check-in",
          "[core][port][loop]") {
    StoreFixture f;
    const QString path = f.tmp.filePath(QStringLiteral("loop-v9.db"));
    selftrack::test::writeSqlite(path, selftrack::test::kLoopV9);
    importLoop(f, path);
    const Goal write = goalNamed(f, QStringLiteral("Write"));
    CHECK(write.freqNum == 3);
    CHECK(write.freqDen == 7);
    CHECK(write.color == QStringLiteral("#FF8F00"));
    CHECK(write.reminders.first().time == QTime(8, 0));
    const QList<Record> days = recordsOf(f, write);
    REQUIRE(days.size() == 2);
    CHECK(days[1].day == QDate(2016, 1, 3));
    CHECK(days[1].value == 1.0);
}

TEST_CASE("damaged or foreign Loop files are refused with a clear error and change nothing",
          "[core][port][loop][errors]") {
    StoreFixture f;
    REQUIRE(f.store->addGoal(StoreFixture::goal(QStringLiteral("Mine"))));
    auto count = [&] {
        auto n = f.store->database().queryInt("SELECT count(*) FROM revisions");
        REQUIRE(n);
        return *n;
    };
    const qint64 revisions = count();
    auto refused = [&](const QString& path, ImportFormat format = ImportFormat::Auto) {
        auto report = Importer::run(*f.store, path, format, false);
        REQUIRE_FALSE(report);
        CHECK(count() == revisions);
        return report.error().message;
    };
    auto write = [&](const char* name, const QByteArray& bytes) {
        QString path = f.tmp.filePath(QLatin1String(name));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    };
    auto read = [](const QString& path) {
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll();
    };

    const QByteArray db = read(fixture("loop-backup-v22.db"));
    CHECK(refused(write("truncated.db", db.left(3000))).contains(QStringLiteral("Loop's backup")));
    QByteArray scrambled = db;
    for (qsizetype i = 100; i < scrambled.size(); i += 7)
        scrambled[i] = static_cast<char>(scrambled[i] ^ 0x5a);
    CHECK(refused(write("scrambled.db", scrambled)).contains(QStringLiteral("Loop's backup")));
    const QString other = f.tmp.filePath(QStringLiteral("other.db"));
    selftrack::test::writeSqlite(other, "CREATE TABLE notes(id integer, text text);");
    CHECK(refused(other).contains(QStringLiteral("not a Loop Habit Tracker backup")));

    const QByteArray zip = read(fixture("csv-export.zip"));
    CHECK(refused(write("cut.zip", zip.left(zip.size() / 2))).contains(QStringLiteral("zip")));
    CHECK(refused(write("noise.bin", QByteArray(4096, '\x07'))).contains(QStringLiteral("not in a format")));
    CHECK(refused(f.tmp.filePath(QStringLiteral("missing.zip"))).contains(QStringLiteral("no file or folder")));
    CHECK(refused(write("habits.json", "{\"format\": \"selftrack-export\""), ImportFormat::Loop)
              .contains(QStringLiteral("cannot be read as Loop")));
    // A Habits.csv whose checkmarks cannot be read: the habit before it is not kept either.
    QDir(f.tmp.path()).mkpath(QStringLiteral("bad-export/002 Broken"));
    write("bad-export/Habits.csv", "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n001,Fine,YES_NO,1,1\n"
                                   "002,Broken,YES_NO,1,1\n");
    write("bad-export/002 Broken/Checkmarks.csv", "Date,Value,Notes\n2024-01-01,MAYBE,\n");
    CHECK(refused(f.tmp.filePath(QStringLiteral("bad-export"))).contains(QStringLiteral("Broken")));
}
