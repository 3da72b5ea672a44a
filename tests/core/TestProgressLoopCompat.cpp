// SPDX-License-Identifier: GPL-3.0-or-later
// Loop Habit Tracker compatibility: recompute the scores Loop exported for its own test habits and
// compare every habit and every day to 4 decimals; then the cases of Loop's unit tests (uhabits-core
// ScoreListTest, StreakListTest) where SelfTrack used to differ, each with Loop's figure.
#include "TestProgressHelpers.h"

#include "core/progress/DailyTimeline.h"
#include "core/progress/HabitScore.h"
#include "core/progress/ProgressEngine.h"
#include "core/progress/ProgressHistory.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cmath>
#include <map>
#include <vector>

using namespace selftrack::core;
using selftrack::core::testing::amountGoal;
using selftrack::core::testing::contextOn;
using selftrack::core::testing::dailyCheck;
using selftrack::core::testing::EntryBuilder;

namespace {

// Splits one CSV line (RFC 4180 quoting, no embedded newlines in this fixture).
QStringList splitCsvLine(const QString& line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// Rows of a CSV file with a header line, as header -> value maps.
std::vector<std::map<QString, QString>> readCsv(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    const QStringList header = splitCsvLine(lines.first().trimmed());
    std::vector<std::map<QString, QString>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = splitCsvLine(lines[i].trimmed());
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row[header[c]] = fields[c];
        rows.push_back(row);
    }
    return rows;
}

QString exportDir() {
    return QStringLiteral(SELFTRACK_FIXTURES_DIR "/loop-habits/csv-export");
}

struct LoopCheckmarks {
    std::vector<DayEntry> entries; // what the user entered (YES_MANUAL, NO, SKIP)
    std::vector<QDate> autoDays;   // what Loop derived (YES_AUTO)
};

// Maps Loop's checkmark values onto entries. YES_AUTO is derived by Loop, not entered, so it is not
// an entry (the engine must derive it itself); UNKNOWN is no entry.
LoopCheckmarks readCheckmarks(const QString& folder) {
    LoopCheckmarks result;
    for (const auto& row : readCsv(folder + QStringLiteral("/Checkmarks.csv"))) {
        const QDate date = QDate::fromString(row.at(QStringLiteral("Date")), Qt::ISODate);
        REQUIRE(date.isValid());
        const QString value = row.at(QStringLiteral("Value"));
        if (value == QStringLiteral("YES_MANUAL"))
            result.entries.push_back(DayEntry{date, std::nullopt, EntryStatus::Done});
        else if (value == QStringLiteral("NO"))
            result.entries.push_back(DayEntry{date, std::nullopt, EntryStatus::Failed});
        else if (value == QStringLiteral("SKIP"))
            result.entries.push_back(DayEntry{date, std::nullopt, EntryStatus::Skipped});
        else if (value == QStringLiteral("YES_AUTO"))
            result.autoDays.push_back(date);
        else
            REQUIRE(value == QStringLiteral("UNKNOWN"));
    }
    return result;
}

std::map<QDate, double> readScores(const QString& folder) {
    std::map<QDate, double> scores;
    for (const auto& row : readCsv(folder + QStringLiteral("/Scores.csv"))) {
        const QDate date = QDate::fromString(row.at(QStringLiteral("Date")), Qt::ISODate);
        REQUIRE(date.isValid());
        bool ok = false;
        scores[date] = row.at(QStringLiteral("Score")).toDouble(&ok);
        REQUIRE(ok);
    }
    return scores;
}

GoalRule ruleFor(const std::map<QString, QString>& habit) {
    REQUIRE(habit.at(QStringLiteral("Type")) == QStringLiteral("YES_NO"));
    GoalRule rule;
    rule.kind = GoalKind::Check;
    rule.frequency = Frequency::perDays(habit.at(QStringLiteral("FrequencyNumerator")).toInt(),
                                        habit.at(QStringLiteral("FrequencyDenominator")).toInt());
    rule.start = QDate(2015, 1, 1);
    return rule;
}

} // namespace

TEST_CASE("habit scores match Loop Habit Tracker's export for every habit and day", "[core][progress][loop]") {
    const auto habits = readCsv(exportDir() + QStringLiteral("/Habits.csv"));
    REQUIRE(habits.size() == 2);
    int comparedDays = 0;
    for (const auto& habit : habits) {
        const QString folder =
            exportDir() + u'/' + habit.at(QStringLiteral("Position")) + u' ' + habit.at(QStringLiteral("Name"));
        INFO("habit " << habit.at(QStringLiteral("Name")).toStdString());
        const GoalRule rule = ruleFor(habit);
        const LoopCheckmarks checkmarks = readCheckmarks(folder);
        const std::map<QDate, double> expected = readScores(folder);
        REQUIRE_FALSE(expected.empty());
        // Loop exported on the newest day of its score list; that day is "today".
        const QDate today = expected.rbegin()->first;

        const DailyTimeline timeline = DailyTimeline::build(rule, checkmarks.entries, today);
        const std::vector<DayScore> scores = scoreSeries(rule, timeline);
        REQUIRE(scores.size() == expected.size());
        for (const DayScore& day : scores) {
            INFO("date " << day.date.toString(Qt::ISODate).toStdString());
            REQUIRE(expected.count(day.date) == 1);
            CHECK(std::round(day.score * 10000.0) / 10000.0 == Approx(expected.at(day.date)).margin(1e-9));
            ++comparedDays;
        }
        for (const QDate& autoDay : checkmarks.autoDays) {
            INFO("auto day " << autoDay.toString(Qt::ISODate).toStdString());
            CHECK(timeline.day(autoDay).state == DayState::Auto);
        }
        int derivedAutoDays = 0;
        for (int i = 0; i < timeline.size(); ++i)
            derivedAutoDays += timeline.at(i).state == DayState::Auto ? 1 : 0;
        CHECK(derivedAutoDays == static_cast<int>(checkmarks.autoDays.size()));
    }
    CHECK(comparedDays == 11);
}

namespace {

const QDate kToday(2026, 3, 11); // a Wednesday

GoalProgress progressOn(const GoalRule& rule, const EntryBuilder& builder, QDate today = kToday) {
    auto result = computeProgress(rule, builder.entries(), contextOn(today));
    REQUIRE(result);
    return *result;
}

} // namespace

TEST_CASE("a skipped day counts in the length of its streak, as in Loop", "[core][progress][streaks][loop]") {
    const GoalRule rule = dailyCheck(kToday.addDays(-60));
    SECTION("five checks with a skip inside: Loop's streak is 6 days") {
        EntryBuilder b(kToday);
        b.doneRange(0, 6).replaceWithSkip(3);
        const GoalProgress p = progressOn(rule, b);
        CHECK(p.currentStreak == 6);
        CHECK(p.bestStreak == 6);
    }
    SECTION("three checks and today skipped: Loop's streak is 4 days") {
        EntryBuilder b(kToday);
        b.doneRange(1, 4).skipped(0);
        const GoalProgress p = progressOn(rule, b);
        CHECK(p.currentStreak == 4);
        CHECK(p.bestStreak == 4);
    }
    SECTION("a skip before the first check of a run counts too") {
        EntryBuilder b(kToday);
        b.failed(5).skipped(4).doneRange(0, 4);
        CHECK(progressOn(rule, b).currentStreak == 5);
    }
    SECTION("skips alone make no streak") {
        EntryBuilder b(kToday);
        b.done(3).failed(2).skipped(1).skipped(0);
        const GoalProgress p = progressOn(rule, b);
        CHECK(p.currentStreak == 0);
        CHECK(p.bestStreak == 1);
    }
    SECTION("unknown days break a streak (StreakListTest.testGetBest_withUnknowns)") {
        EntryBuilder b(kToday);
        b.done(0).failed(5);
        CHECK(progressOn(rule, b).bestStreak == 1);
    }
}

TEST_CASE("the score window of a non-daily habit is calendar days, skipped ones included, as in Loop",
          "[core][progress][score][loop]") {
    // Once per 2 days (window doubled to 4 days): checked, skipped the next day, nothing since.
    GoalRule rule = dailyCheck(kToday.addDays(-60));
    rule.frequency = Frequency::perDays(1, 2);
    EntryBuilder b(kToday);
    b.done(4).skipped(3);
    const auto scores = scoreHistory(rule, b.entries(), contextOn(kToday));
    REQUIRE(scores);
    REQUIRE(scores->size() == 5);
    // Newest first; four days after the check the window has let go of it: Loop's 0.051494.
    const std::vector<double> loop{0.051494, 0.053472, 0.036316, 0.018500, 0.018500};
    for (std::size_t i = 0; i < loop.size(); ++i) {
        INFO("days ago " << i);
        CHECK(scores->at(scores->size() - 1 - i).score == Approx(loop[i]).margin(1e-6));
    }
    CHECK(progressOn(rule, b).score == Approx(0.051494).margin(1e-6));
}

TEST_CASE("an at-most goal scores 0 before its first entry and 1 when it has none, as in Loop",
          "[core][progress][score][loop]") {
    // NumericalAtMostScoreListTest.test_getValue: 1 twenty days ago, then 5 a day, at most 2.
    const GoalRule rule = amountGoal(2, Direction::AtMost, Aggregation::Sum, PeriodKind::Day, kToday.addDays(-100));
    EntryBuilder b(kToday);
    b.value(20, 1.0).valueRange(0, 20, 5.0);
    CHECK(progressOn(rule, b).score == Approx(0.344253).margin(1e-6));
    CHECK(progressOn(rule, b, kToday.addDays(-20)).score == Approx(1.0).margin(1e-6));
    for (int daysAgo : {21, 22}) {
        INFO("days ago " << daysAgo);
        CHECK(progressOn(rule, b, kToday.addDays(-daysAgo)).score == 0.0);
        const auto history = scoreHistory(rule, b.entries(), contextOn(kToday.addDays(-daysAgo)));
        REQUIRE(history);
        CHECK(history->empty());
    }
    // NumericalAtMostScoreListTest.test_recompute: a habit without entries starts full.
    CHECK(progressOn(rule, EntryBuilder(kToday)).score == Approx(1.0).margin(1e-6));
}

TEST_CASE("entries dated before the goal's start count nowhere", "[core][progress][start]") {
    EntryBuilder b(kToday);
    b.doneRange(0, 10);
    SECTION("a start moved later cuts score and streaks at the start") {
        const GoalProgress p = progressOn(dailyCheck(kToday.addDays(-3)), b);
        CHECK(p.currentStreak == 4);
        CHECK(p.bestStreak == 4);
        CHECK(p.score == Approx(0.192067).margin(1e-6)); // four daily checks
        CHECK(*p.completion30 == Approx(1.0));
        CHECK(progressOn(dailyCheck(kToday.addDays(-9)), b).currentStreak == 10);
        const auto history = scoreHistory(dailyCheck(kToday.addDays(-3)), b.entries(), contextOn(kToday));
        REQUIRE(history);
        REQUIRE(history->size() == 4);
        CHECK(history->front().date == kToday.addDays(-3));
    }
    SECTION("before the start nothing counts, whatever was checked") {
        const GoalProgress p = progressOn(dailyCheck(kToday.addDays(1)), b);
        CHECK(p.status == ProgressStatus::NotStarted);
        CHECK(p.currentStreak == 0);
        CHECK(p.bestStreak == 0);
        CHECK(p.score == 0.0);
        CHECK(p.periodValue == 0.0);
        const GoalRule limit = amountGoal(2, Direction::AtMost, Aggregation::Sum, PeriodKind::Day, kToday.addDays(1));
        CHECK(progressOn(limit, EntryBuilder(kToday)).score == 0.0); // not full before it starts
    }
    SECTION("a period that began before the start holds only the days from the start") {
        // Weekly sum goal starting on Wednesday 11 March: Monday's 50 is before the start.
        const GoalRule rule = amountGoal(10, Direction::AtLeast, Aggregation::Sum, PeriodKind::Week, kToday);
        EntryBuilder values(kToday);
        values.value(2, 50.0).value(0, 4.0);
        const GoalProgress p = progressOn(rule, values);
        CHECK(p.periodValue == Approx(4.0));
        CHECK(p.status == ProgressStatus::OnTrack); // not Done: 4 of 10
    }
    SECTION("automatic days of a non-daily habit do not reach before the start") {
        // Once per 3 days, checked on the start and two days later: sliding the older interval
        // back would cover the day before the start.
        GoalRule rule = dailyCheck(kToday.addDays(-4));
        rule.frequency = Frequency::perDays(1, 3);
        EntryBuilder checks(kToday);
        checks.done(4).done(2);
        const DailyTimeline timeline = DailyTimeline::build(rule, checks.entries(), kToday);
        CHECK(timeline.first() == kToday.addDays(-4));
        CHECK(timeline.day(kToday.addDays(-5)).state == DayState::Unknown);
        GoalRule unbounded = rule;
        unbounded.start = QDate();
        CHECK(DailyTimeline::build(unbounded, checks.entries(), kToday).day(kToday.addDays(-5)).state ==
              DayState::Auto);
    }
}
