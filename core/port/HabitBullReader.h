// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportPlan.h"

#include <QByteArray>

namespace selftrack::core {

// Reads HabitBull's CSV export: one row per habit and day with the columns HabitName,
// HabitDescription, HabitCategory, CalendarDate (YYYY-MM-DD, a time after it is ignored), Value
// and CommentText (docs/export-format.md). A habit whose values are all 0 or 1 becomes a yes/no
// goal (1 = done; 0 = not done, imported only when it has a comment); any other value makes it an
// amount goal with the values as they are. Categories become SelfTrack categories.
class HabitBullReader {
public:
    static bool looksLike(const QByteArray& bytes);
    static Result<ImportPlan> read(const QByteArray& bytes);
};

} // namespace selftrack::core
