// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QJsonObject>
#include <QString>

namespace selftrack::core {

// The one-line text that names an item in lists such as the trash and in history summaries, from
// its type and content JSON alone: a goal's or milestone's title, a category's name; a record's
// first line of text, else its value, else its status, followed by its day:
// "Ran by the river (2026-02-01)", "5 (2026-02-01)", "skipped (2026-02-01)".
class ItemLabel {
public:
    // Longer labels are cut and end in "...", this long in total.
    static constexpr qsizetype kMaxChars = 80;

    static QString of(ItemType type, const QJsonObject& content);
    // `text` cut to at most `maxChars` characters (ending in "..." when cut), never inside a
    // surrogate pair.
    static QString shorten(const QString& text, qsizetype maxChars);
    // The first line of Markdown `text` that has any text, without a heading's leading '#'s.
    static QString firstLine(const QString& text);
};

} // namespace selftrack::core
