// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/LineDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace selftrack::core {

// Added: the field was absent or empty (missing, null, "" or []) and now has a value; Removed: the
// reverse; Changed: a value replaced another.
enum class FieldChangeKind { Added, Removed, Changed };

// How one content field differs between an older and a newer version of an item.
struct FieldChange {
    QString field; // the content JSON key, e.g. "title", "tags"
    FieldChangeKind kind = FieldChangeKind::Changed;
    QJsonValue before; // null when the field was missing
    QJsonValue after;
    // Set-like fields (tags, reminders): the elements only in `after` and only in `before`, in
    // their order there. Both empty for a pure reordering.
    QJsonArray added;
    QJsonArray removed;
    // Text fields (notes, note): every line of both texts, kept / added / removed, unless the
    // texts were too large to compare line by line; then `lines` is empty and `linesOmitted` set.
    QList<DiffLine> lines;
    bool linesOmitted = false;

    // {"field", "kind", "before", "after"} plus "added"/"removed" for sets and "lines" (objects
    // {"kind", "text"}) or "lines_omitted": true for texts.
    QJsonObject toJson() const;
    // "added", "removed", "changed"
    static QString toString(FieldChangeKind kind);
};

} // namespace selftrack::core
