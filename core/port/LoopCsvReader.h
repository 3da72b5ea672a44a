// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportPlan.h"

#include <QByteArray>
#include <QMap>

namespace selftrack::core {

// Reads Loop Habit Tracker's "Export as CSV" (the files of its folder or zip, by relative path):
// Habits.csv for the habits, and each habit's "NNN Name/Checkmarks.csv" (Date,Value,Notes) for
// its days; without that folder, the habit's column of the combined Checkmarks.csv (no notes).
class LoopCsvReader {
public:
    static bool looksLike(const QMap<QString, QByteArray>& files);
    static Result<ImportPlan> read(const QMap<QString, QByteArray>& files);
};

} // namespace selftrack::core
