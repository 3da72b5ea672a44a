// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QString>
#include <QStringList>

namespace selftrack::core {

// How a content field compares: as one value, as a set of elements (order and duplicates do not
// matter to the user: tags, reminders), or as a text worth a line diff (notes, journal text).
enum class FieldShape { Value, Set, Text };

// What history knows about the fields of each item type's content JSON (Goal::toJson() and its
// siblings): their meaningful order, their shape and their name in a sentence.
class ItemFields {
public:
    // The known keys of `type` in display order: the item's own fields in declaration order, the
    // bookkeeping keys (id first, timestamps last) included.
    static QStringList order(ItemType type);
    static FieldShape shape(ItemType type, const QString& key);
    // id, created_at, updated_at: written by the store, never a change the user made.
    static bool isBookkeeping(const QString& key);
    // "title", "start date", "frequency" (freq_num and freq_den); unknown keys with '_' as ' '.
    static QString displayName(ItemType type, const QString& key);
};

} // namespace selftrack::core
