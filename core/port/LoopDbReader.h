// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportPlan.h"

#include <QByteArray>

namespace selftrack::core {

// Reads Loop Habit Tracker's full backup (a plain SQLite database, schema versions 8 to 25):
// Habits and Repetitions, with whichever columns the file's version has (numerical habits,
// targets and units from 17-18, notes from 25). The bytes are copied to a private temporary file
// and opened read-only through SQLCipher without a key (plain SQLite), so the user's file is
// never touched.
class LoopDbReader {
public:
    static constexpr int kOldestVersion = 8;
    static constexpr int kNewestVersion = 25;

    static bool looksLike(const QByteArray& bytes) { return bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)); }
    static Result<ImportPlan> read(const QByteArray& bytes);
};

} // namespace selftrack::core
