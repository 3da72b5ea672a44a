// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace selftrack::app {

// A goal's rule and entries in plain form, handed from the domain side (GoalStats) to the
// progress engine side (ProgressAdapter). It exists because core/domain and core/progress both
// declare GoalKind, Direction and Aggregation, so no translation unit can include both.
struct ProgressInput {
    enum class Status { Done, Skipped, Failed };
    struct Entry {
        QDate day;
        std::optional<double> value;
        Status status = Status::Done;
    };

    bool amount = false;
    bool atMost = false;
    QString aggregation; // "sum", "average", "last"
    QString period;      // "day", "week", "month", "year", "whole"
    double target = 1.0;
    int freqNum = 1;
    int freqDen = 1;
    int weekdays = 0; // bit 0 = Monday
    QDate start;
    std::optional<QDate> deadline;
    QList<Entry> entries; // sorted by day and time
};

} // namespace selftrack::app
