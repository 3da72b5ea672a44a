// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QList>
#include <QSet>
#include <QString>

namespace selftrack::core {

enum class ChangeKind { Created, Changed, Trashed, Restored, Purged };

// One item that a committed write created, changed, moved to or out of the trash, or purged.
struct ItemChange {
    ItemType type = ItemType::Goal;
    QString id;
    ChangeKind kind = ChangeKind::Changed;
    // The goal a record or milestone belongs to after the change (before it, for a purge); empty
    // for goals, categories and journal entries. A record moved to another goal is reported once,
    // with the new goal in `goalId` and the old one in `previousGoalId`.
    QString goalId;
    QString previousGoalId;

    bool operator==(const ItemChange&) const = default;
};

// Everything one committed transaction changed, in the order it happened. An item appears once
// per write (a batch that edits an item twice reports two entries).
struct ChangeSet {
    QList<ItemChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    // Goals whose figures may differ now: changed goals and the goals of changed records and
    // milestones (old and new goal of a moved record).
    QSet<QString> goalsAffected() const;
    // Only the changes of one item type.
    QList<ItemChange> ofType(ItemType type) const;
};

} // namespace selftrack::core
