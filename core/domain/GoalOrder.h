// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/ContentStore.h"
#include "core/domain/Goal.h"

#include <QList>
#include <QString>

#include <optional>

namespace selftrack::core {

// The user's order of the goal list (Goal::position) and the category a goal is filed under, as
// the sidebar's drag and drop changes them.
class GoalOrder {
public:
    struct Moved {
        Goal before; // as it was
        Goal after;  // as written
    };
    // Moves goal `id` to just before `beforeId` (empty: to the end) in the list of every goal
    // outside the trash, archived ones included (ordered by position, then title), and files it
    // under `categoryId` when given (empty string: no category). Then renumbers the positions
    // 0, 1, 2 ... and writes each goal whose position or category changed, in one batch (one
    // revision each, one change event). Returns the goals written (nothing when nothing moved).
    static Result<QList<Moved>> move(ContentStore& store, const QString& id, const QString& beforeId,
                                     std::optional<QString> categoryId = std::nullopt);
};

} // namespace selftrack::core
