// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/events/ItemChange.h"

namespace selftrack::core {

QSet<QString> ChangeSet::goalsAffected() const {
    QSet<QString> goals;
    for (const ItemChange& c : changes) {
        if (c.type == ItemType::Goal)
            goals.insert(c.id);
        if (!c.goalId.isEmpty())
            goals.insert(c.goalId);
        if (!c.previousGoalId.isEmpty())
            goals.insert(c.previousGoalId);
    }
    return goals;
}

QList<ItemChange> ChangeSet::ofType(ItemType type) const {
    QList<ItemChange> out;
    for (const ItemChange& c : changes)
        if (c.type == type)
            out.append(c);
    return out;
}

} // namespace selftrack::core
