// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/ContentStore.h"
#include "core/domain/Goal.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace selftrack::core {

// A goal's check-ins on one day, as the calendar's "clear the day" and the Today view's toggle
// change them. A check-in is a record of the goal with a value or a skipped / failed status
// (Record::isCheckIn); a note about the goal is never touched.
class DayCheckIns {
public:
    // One record this class wrote: its revision before (empty when created) and after.
    struct Edit {
        QString recordId;
        QString beforeRev;
        QString afterRev;
    };
    // Moves every check-in of `goalId` on `day` to the trash, in one batch (one change event).
    // Returns the records moved (empty when there were none).
    static Result<QList<Edit>> clear(ContentStore& store, const QString& goalId, QDate day);
    // The Today view's Space on a check goal: when the goal has a "done" check-in on `checkIn.day`,
    // clears the day (as clear()); otherwise checks in with `checkIn` (ContentStore::checkIn).
    // InvalidInput for a goal that is not a check goal (an amount needs its value).
    static Result<QList<Edit>> toggle(ContentStore& store, const Record& checkIn);
};

} // namespace selftrack::core
