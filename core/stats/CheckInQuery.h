// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/DayEntry.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QString>

#include <vector>

namespace selftrack::core {

// The progress engine's input for one goal, read straight from the records_goal_checkins index:
// day, value and status of the goal's check-ins (Record::isCheckIn) outside the trash up to `to`,
// ordered by day, time and creation (ties by insertion), the order GoalStats::entriesFor gives.
// Nothing else of a record is read (no note, no tags), through one cached statement.
class CheckInQuery {
public:
    static Result<std::vector<DayEntry>> load(Database& db, const QString& goalId, QDate to);
    // The same for the check-ins dated after `after` up to `to` (a goal resumed from a snapshot).
    static Result<std::vector<DayEntry>> loadAfter(Database& db, const QString& goalId, QDate after, QDate to);
    // The statements' SQL, for tests that check they are answered from the covering index.
    static const char* sql();
    static const char* sqlAfter();
};

} // namespace selftrack::core
