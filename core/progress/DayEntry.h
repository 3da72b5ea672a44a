// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <optional>

namespace selftrack::core {

enum class EntryStatus { Done, Skipped, Failed };

// One check-in or data point on a local calendar day (the Record's local day, so travel does not
// move it). Several entries may share a day: amounts add up, `Last` takes the latest in input
// order (callers pass entries sorted by local time), and for check goals Done wins over Skipped,
// Skipped over Failed. Entries with an invalid date, after "today" or before the goal's start are
// ignored.
struct DayEntry {
    QDate date;
    std::optional<double> value;
    EntryStatus status = EntryStatus::Done;
};

} // namespace selftrack::core
