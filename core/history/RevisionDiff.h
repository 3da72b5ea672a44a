// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/Revision.h"
#include "core/history/FieldChange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace selftrack::core {

struct DiffOptions {
    bool includeBookkeeping = false;                   // id, created_at, updated_at
    bool lineDiffs = true;                             // false: text fields change as a whole (summaries need no lines)
    qsizetype maxLineCost = LineDiff::kDefaultMaxCost; // see LineDiff
};

// The field-level difference between two versions of one item: which content fields were added,
// removed or changed, with the old and new values. Fields come in ItemFields::order(), unknown
// keys after them alphabetically. Missing and null are the same (no value); so are "" and [] for
// Added / Removed. The history view, the CLI's `history --diff` and the sync merge (which diffs
// base against local and base against remote) all use it. A plain value, cheap to copy.
class RevisionDiff {
public:
    // The pseudo field the Revision overload adds when the deleted flag (trash) changed; content
    // JSON never has this key.
    static constexpr const char* kDeletedField = "deleted";

    RevisionDiff() = default;

    // Content JSON of `type`, as Goal::toJson() and its siblings write it. An empty `older` is
    // "before the item existed": every field with a value is Added.
    static RevisionDiff between(ItemType type, const QJsonObject& older, const QJsonObject& newer,
                                const DiffOptions& options = {});
    // Two revisions of one item; `older` may be null (newer is the first revision). A changed
    // deleted flag comes first, as a Changed field "deleted" with bool values.
    static RevisionDiff between(const Revision* older, const Revision& newer, const DiffOptions& options = {});

    ItemType itemType() const { return m_type; }
    const QList<FieldChange>& changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // The change of `key`, or null when that field did not change.
    const FieldChange* change(const QString& key) const;
    QStringList fields() const;
    QJsonArray toJson() const;

private:
    ItemType m_type = ItemType::Goal;
    QList<FieldChange> m_changes;
};

} // namespace selftrack::core
