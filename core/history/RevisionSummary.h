// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/Revision.h"

#include <QString>

#include <optional>

namespace selftrack::core {

// What a summary may know about the goal a record belongs to (a record's content holds only the
// goal id): its kind and unit make "Checked in on 2026-02-01" and "Logged 5 min on 2026-02-01".
struct SummaryContext {
    std::optional<GoalKind> goalKind;
    QString unit;
};

// The one-line, English, deterministic description of what a revision did, from the revision and
// its parent: `Created goal "Run 5k"`, `Changed target, deadline`, `Renamed to "Run 10k"; changed
// target`, `Moved to the trash`, `Restored from the trash`, `Logged 5 min on 2026-02-01`,
// `Edited the note; changed tags`. A new title or name is always quoted, so a list of summaries
// shows what the item was called at each revision.
// Bookkeeping fields (timestamps) never count as a change; a revision that changed nothing else
// is "No changes".
class RevisionSummary {
public:
    // `parent` null: `revision` is the item's first revision.
    static QString describe(const Revision& revision, const Revision* parent, const SummaryContext& context = {});
};

} // namespace selftrack::core
