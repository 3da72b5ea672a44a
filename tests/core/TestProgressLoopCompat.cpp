// SPDX-License-Identifier: GPL-3.0-or-later
// Loop Habit Tracker compatibility: recompute the scores Loop exported for its own test habits and
// compare every habit and every day to 4 decimals.
#include "core/progress/DailyTimeline.h"
#include "core/progress/HabitScore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cmath>
#include <map>
#include <vector>

using namespace selftrack::core;

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
