// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Goal.h"
#include "core/domain/Record.h"

namespace selftrack::core {

// What a record of a goal means, decided once for every front-end (CLI log, the Today view, imports).
// - An explicit check-in (the CLI's `log`, Space / Enter in the Today view): a "done" of a check
//   goal carries the value 1 (also with a note); a "done" of an amount goal needs a value;
//   skipped and failed need none.
// - A plain record (ContentStore::addRecord): a bare "done" of a check goal (no value, no note)
//   is a check-in with the value 1; with a note and no value it stays a journal note about the goal.
class CheckInRule {
public:
    enum class Intent { CheckIn, Record };
    // Completes `record` for `goal` as described; InvalidInput when an amount check-in lacks a value.
    static Status apply(const Goal& goal, Record& record, Intent intent);
};

} // namespace selftrack::core
